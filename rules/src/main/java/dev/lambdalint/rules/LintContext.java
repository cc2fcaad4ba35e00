package dev.lambdalint.rules;

import dev.lambdalint.rules.evidence.EvidenceMatch;
import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.time.LocalDate;

/**
 * What a rule may know besides the template: the thresholds, the date that counts as today (fixed
 * with {@code --date} so that CI runs are reproducible), the runtime lifecycle table, and what
 * production showed of each function when evidence was given ({@link EvidenceMatch#NONE} otherwise).
 */
public record LintContext(Policy policy, LocalDate today, RuntimeTable runtimes, EvidenceMatch evidence) {

    public LintContext(Policy policy, LocalDate today, RuntimeTable runtimes) {
        this(policy, today, runtimes, EvidenceMatch.NONE);
    }

    public LintContext(Policy policy, LocalDate today) {
        this(policy, today, RuntimeTable.bundled());
    }

    /** The same context with the evidence of a run. */
    public LintContext withEvidence(EvidenceMatch value) {
        return new LintContext(policy, today, runtimes, value);
    }
}
