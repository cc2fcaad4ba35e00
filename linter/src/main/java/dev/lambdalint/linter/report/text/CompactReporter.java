package dev.lambdalint.linter.report.text;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.report.Reporter;
import java.io.IOException;
import java.io.Writer;

/**
 * The text format's terse sibling: one {@code file:line:column: severity ID message} line per finding,
 * in file order, with no fix beneath, for a terminal and for editors' problem matchers (the same shape
 * as a compiler's {@code file:line:col: error ...}); then the summary line.
 */
public final class CompactReporter implements Reporter {
    private final boolean showSuppressed;

    public CompactReporter(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (ReportedError e : result.errors()) {
            String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse(":1:1");
            out.write(e.file() + where + ": error LL001 " + e.message() + "\n");
        }
        for (SameFindings.Group group : SameFindings.of(
                result.findings().stream().filter(f -> showSuppressed || !f.suppressed()).toList())) {
            ReportedFinding f = group.first();
            out.write(f.file() + ":" + f.line() + ":" + f.column() + ": "
                    + (f.suppressed() ? "suppressed" : f.severity().label()) + " " + f.ruleId() + " " + f.message()
                    + (group.resources().size() > 1 ? " (functions " + group.functions() + ")" : "")
                    + (f.suppressed() ? " (suppressed: " + f.suppressionReason().get() + ")" : "")
                    + "\n");
        }
        out.write(TextReporter.summaryLine(result.summary()) + "\n");
    }
}
