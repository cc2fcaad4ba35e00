package dev.lambdalint.linter.engine;

import dev.lambdalint.linter.parse.Span;
import dev.lambdalint.rules.Severity;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * A finding as the user sees it: the rule, the severity in force, and the place in the file (with the
 * stack and construct path for CDK output).
 *
 * @param span where the judged node is written, start to end: computed once, by the engine, for every format
 *     (SARIF and GitHub annotations highlight the range; the others print its start)
 * @param suppressionReason why the finding is suppressed, when it is
 * @param parameter the template parameter the judged value came from, and where it is declared
 * @param evidence the figures from production an evidence rule's finding rests on; empty otherwise
 */
public record ReportedFinding(
        String ruleId,
        String ruleName,
        Severity severity,
        String message,
        String file,
        Span span,
        String pointer,
        String resource,
        Optional<String> stack,
        Optional<String> constructPath,
        String fix,
        Optional<String> suppressionReason,
        Optional<ParameterSource> parameter,
        Map<String, Object> evidence) {

    /** Where a judged value came from: a parameter, with the value given for the run or its Default. */
    public record ParameterSource(String name, int line, int column) {}

    public ReportedFinding(String ruleId, String ruleName, Severity severity, String message, String file, int line,
                           int column, String pointer, String resource, Optional<String> stack,
                           Optional<String> constructPath, String fix, Optional<String> suppressionReason) {
        this(ruleId, ruleName, severity, message, file, new Span(line, column, line, 0), pointer, resource, stack,
                constructPath, fix, suppressionReason, Optional.empty(), Map.of());
    }

    public int line() {
        return span.startLine();
    }

    public int column() {
        return span.startColumn();
    }

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
