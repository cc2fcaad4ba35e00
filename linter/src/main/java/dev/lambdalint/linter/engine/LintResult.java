package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Severity;
import java.util.List;

/** Everything one run found, sorted, ready for any reporter. */
public record LintResult(
        List<ReportedFinding> findings,
        List<ReportedError> errors,
        Summary summary,
        List<LintedTemplate> templates) {

    /** Findings that are not suppressed. */
    public List<ReportedFinding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** True when an active finding is at {@code threshold} or worse. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }
}
