package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Severity;
import dev.lambdalint.linter.evidence.EvidenceSummary;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run found, sorted, ready for any reporter.
 *
 * @param evidence what {@code --evidence} held and how it matched, when it was given
 */
public record LintResult(
        List<ReportedFinding> findings,
        List<ReportedError> errors,
        Summary summary,
        List<LintedTemplate> templates,
        Optional<EvidenceSummary> evidence) {

    public LintResult(List<ReportedFinding> findings, List<ReportedError> errors, Summary summary,
            List<LintedTemplate> templates) {
        this(findings, errors, summary, templates, Optional.empty());
    }

    /** Findings that are not suppressed. */
    public List<ReportedFinding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** True when an active finding is at {@code threshold} or worse. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }
}
