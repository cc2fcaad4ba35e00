package dev.lambdalint.rules;

import dev.lambdalint.rules.policy.Policy;
import java.time.LocalDate;

/**
 * What a rule may know besides the template: the thresholds, and the date that counts as today (fixed
 * with {@code --date} so that CI runs are reproducible).
 */
public record LintContext(Policy policy, LocalDate today) {}
