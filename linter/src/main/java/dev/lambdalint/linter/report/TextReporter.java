package dev.lambdalint.linter.report;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.engine.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal format: one {@code file:line:column: severity ID name: message} line per finding, with
 * the fix and, for CDK output, the construct path beneath, then a summary line.
 */
public final class TextReporter implements Reporter {
    private final boolean showSuppressed;

    public TextReporter(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (ReportedError e : result.errors()) {
            String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
            out.write(e.file() + where + ": error LL001 template-invalid: " + e.message() + "\n");
        }
        for (ReportedFinding f : result.findings()) {
            if (f.suppressed() && !showSuppressed) {
                continue;
            }
            out.write(String.format("%s:%d:%d: %s %s %s: %s%n",
                    f.file(), f.line(), f.column(), f.suppressed() ? "suppressed" : f.severity().label(),
                    f.ruleId(), f.ruleName(), f.message()));
            if (f.constructPath().isPresent()) {
                out.write("    construct: " + f.constructPath().get() + "\n");
            }
            if (f.suppressed()) {
                out.write("    reason: " + f.suppressionReason().get() + "\n");
            } else {
                out.write("    fix: " + f.fix() + "\n");
            }
        }
        out.write(summaryLine(result.summary()) + "\n");
    }

    static String summaryLine(Summary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("Linted ").append(plural(s.templates(), "template")).append(", ")
                .append(plural(s.functions(), "function"));
        if (s.cdkInternalSkipped() > 0) {
            sb.append(" (").append(s.cdkInternalSkipped()).append(" added by the CDK itself, not judged; --include-cdk-internal judges them)");
        }
        sb.append(": ");
        List<String> counts = new ArrayList<>();
        if (s.errors() > 0) {
            counts.add(plural(s.errors(), "error"));
        }
        if (s.warnings() > 0) {
            counts.add(plural(s.warnings(), "warning"));
        }
        if (s.infos() > 0) {
            counts.add(s.infos() + " info");
        }
        sb.append(counts.isEmpty() ? "no findings" : String.join(", ", counts));
        if (s.suppressed() > 0) {
            sb.append(" (").append(s.suppressed()).append(" suppressed)");
        }
        if (s.inputErrors() > 0) {
            sb.append("; ").append(plural(s.inputErrors(), "input error"));
        }
        return sb.append('.').toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
