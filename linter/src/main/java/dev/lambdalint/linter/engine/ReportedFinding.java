package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Severity;
import java.util.Comparator;
import java.util.Optional;

/**
 * A finding as the user sees it: the rule, the severity in force, and the place in the file (with the
 * stack and construct path for CDK output).
 *
 * @param suppressionReason why the finding is suppressed, when it is
 */
public record ReportedFinding(
        String ruleId,
        String ruleName,
        Severity severity,
        String message,
        String file,
        int line,
        int column,
        String pointer,
        String resource,
        Optional<String> stack,
        Optional<String> constructPath,
        String fix,
        Optional<String> suppressionReason) {

    /** The order of every report: file, line, column, rule, then message for ties. */
    public static final Comparator<ReportedFinding> ORDER = Comparator
            .comparing(ReportedFinding::file)
            .thenComparingInt(ReportedFinding::line)
            .thenComparingInt(ReportedFinding::column)
            .thenComparing(ReportedFinding::ruleId)
            .thenComparing(ReportedFinding::message);

    public boolean suppressed() {
        return suppressionReason.isPresent();
    }
}
