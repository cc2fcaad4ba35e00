package dev.lambdalint.linter.report.text;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.engine.Summary;
import dev.lambdalint.linter.report.Reporter;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal format: one {@code file:line:column: severity ID name: message} line per finding, with
 * the fix and, for CDK output, the construct path beneath, then a summary line. In colour when asked
 * (the command line asks on a terminal, unless NO_COLOR is set); the text is the same either way.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean showSuppressed;
    private final boolean color;

    public TextReporter(boolean showSuppressed) {
        this(showSuppressed, false);
    }

    public TextReporter(boolean showSuppressed, boolean color) {
        this.showSuppressed = showSuppressed;
        this.color = color;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (ReportedError e : result.errors()) {
            String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
            out.write(paint(BOLD, e.file() + where + ":") + " " + paint(RED, "error") + " LL001 template-invalid: "
                    + e.message() + "\n");
        }
        List<ReportedFinding> shown = result.findings().stream().filter(f -> showSuppressed || !f.suppressed()).toList();
        for (SameFindings.Group group : SameFindings.of(shown)) {
            ReportedFinding f = group.first();
            String label = f.suppressed() ? paint(DIM, "suppressed") : paint(colorOf(f.severity()), f.severity().label());
            out.write(String.format("%s %s %s %s: %s%n",
                    paint(BOLD, f.file() + ":" + f.line() + ":" + f.column() + ":"), label,
                    f.ruleId(), f.ruleName(), f.message()));
            if (group.resources().size() > 1) {
                out.write("    functions: " + group.functions() + " (" + group.resources().size() + " in all)\n");
            }
            if (f.constructPath().isPresent()) {
                out.write("    construct: " + f.constructPath().get() + "\n");
            }
            if (f.suppressed()) {
                out.write(paint(DIM, "    reason: " + f.suppressionReason().get()) + "\n");
            } else {
                out.write(paint(DIM, "    fix: " + f.fix()) + "\n");
            }
        }
        out.write(paint(BOLD, summaryLine(result.summary())) + "\n");
        if (result.evidence().isPresent()) {
            out.write(result.evidence().get().line() + "\n");
        }
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String colorOf(Severity severity) {
        if (severity == Severity.ERROR) {
            return RED;
        }
        return severity == Severity.WARNING ? YELLOW : CYAN;
    }

    public static String summaryLine(Summary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("Linted ").append(plural(s.templates(), "template")).append(", ")
                .append(plural(s.functions(), "function"));
        if (s.cdkInternalSkipped() > 0) {
            sb.append(" (").append(s.cdkInternalSkipped()).append(" added by the CDK itself, not judged; --include-cdk-internal judges them)");
        }
        if (s.deploymentHandlers() > 0) {
            sb.append(" (").append(s.deploymentHandlers())
                    .append(" only custom-resource or macro handlers: LL301, LL306, LL603 do not apply)");
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
        List<String> hidden = new ArrayList<>();
        if (s.suppressed() > 0) {
            hidden.add(s.suppressed() + " suppressed");
        }
        if (s.baselined() > 0) {
            hidden.add(s.baselined() + " in the baseline");
        }
        if (!hidden.isEmpty()) {
            sb.append(" (").append(String.join(", ", hidden)).append(')');
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
