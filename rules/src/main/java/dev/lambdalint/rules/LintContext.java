package dev.lambdalint.rules;

import dev.lambdalint.rules.evidence.EvidenceMatch;
import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.runtime.RuntimeTable;
import dev.lambdalint.rules.schema.PropertySchemas;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a rule may know besides the template: the thresholds, the date that counts as today (fixed
 * with {@code --date} so that CI runs are reproducible), the runtime lifecycle table, what
 * production showed of each function when evidence was given ({@link EvidenceMatch#NONE} otherwise),
 * the validator of the resource schemas (none unless the caller brings one: the rules module does
 * not hold the schema library), and the rules of the run by id or name, for the rules that judge what
 * a template says of other rules (LL002's suppressions naming an unknown rule). The lookup comes
 * through the context, not from {@link Catalog}, because the catalogue lists those rules: a rule that
 * read it would depend on its own registry.
 *
 * @param rules the rule with an id ({@code LL101}) or name; knows none unless the caller brings the
 *     catalogue ({@link #withRules}), as the engine does
 */
public record LintContext(Policy policy, LocalDate today, RuntimeTable runtimes, EvidenceMatch evidence,
                          PropertySchemas schemas, Function<String, Optional<Rule>> rules) {

    public LintContext(Policy policy, LocalDate today, RuntimeTable runtimes) {
        this(policy, today, runtimes, EvidenceMatch.NONE, PropertySchemas.NONE, idOrName -> Optional.empty());
    }

    public LintContext(Policy policy, LocalDate today) {
        this(policy, today, RuntimeTable.bundled());
    }

    /** The same context with the evidence of a run. */
    public LintContext withEvidence(EvidenceMatch value) {
        return new LintContext(policy, today, runtimes, value, schemas, rules);
    }

    /** The same context, validating resource properties with {@code validator}. */
    public LintContext withSchemas(PropertySchemas validator) {
        return new LintContext(policy, today, runtimes, evidence, validator, rules);
    }

    /** The same context, knowing the rules that {@code lookup} finds by id or name (the engine passes {@code Catalog::find}). */
    public LintContext withRules(Function<String, Optional<Rule>> lookup) {
        return new LintContext(policy, today, runtimes, evidence, schemas, lookup);
    }

    /** True when {@code idOrName} names a rule of this run's catalogue. */
    public boolean knowsRule(String idOrName) {
        return rules.apply(idOrName).isPresent();
    }
}
