package dev.lambdalint.rules;

import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.time.LocalDate;

/**
 * What a rule may know besides the template: the thresholds, the date that counts as today (fixed
 * with {@code --date} so that CI runs are reproducible), and the runtime lifecycle table.
 */
public record LintContext(Policy policy, LocalDate today, RuntimeTable runtimes) {

    public LintContext(Policy policy, LocalDate today) {
        this(policy, today, RuntimeTable.bundled());
    }
}
