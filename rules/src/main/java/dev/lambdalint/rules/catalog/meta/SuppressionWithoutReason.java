package dev.lambdalint.rules.catalog.meta;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;

@RuleInfo(
        id = "LL002",
        name = "suppression-without-reason",
        severity = Severity.ERROR,
        summary = "A suppression without a reason, or naming an unknown rule",
        rationale = """
                A suppression is a decision someone made about a risk; without the reason, the next reader \
                cannot tell a considered exception from a silenced warning. A suppression without a reason \
                does not take effect, and one naming an unknown rule (a typo, a rule id from another tool) \
                silences nothing.""",
        fix = "Give every suppression a rule id or name from `lambdalint rules` and a non-empty reason.",
        example = """
                Metadata:
                  lambdalint:
                    suppress:
                      - rule: LL301
                        reason: Batch job; bounded by SQS MaximumConcurrency""",
        tags = {"suppression"})
public final class SuppressionWithoutReason implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (Suppression s : template.suppressions()) {
            if (!s.at().isMapping()) {
                // `- LL301` or `suppress: LL301`: the rule may be named, but there is no room for a reason.
                out.add(this, template.template(), s.at().pointer(), s.resource(), String.format(
                        "Suppression on %s is %s, not a mapping: write `- rule: <id or name>` with `reason: <why>`",
                        s.resource(), s.at().text().map(t -> "'" + t + "'").orElse("not a rule and reason")));
            } else if (s.rule().isEmpty()) {
                out.add(this, template.template(), s.at().pointer(), s.resource(), String.format(
                        "Suppression on %s names no rule: write `rule: <id or name>`", s.resource()));
            } else if (Catalog.find(s.rule().get()).isEmpty()) {
                out.add(this, template.template(), s.at().pointer(), s.resource(), String.format(
                        "Suppression on %s names unknown rule '%s'; see `lambdalint rules`", s.resource(), s.rule().get()));
            } else if (s.reason().isEmpty()) {
                out.add(this, template.template(), s.at().pointer(), s.resource(), String.format(
                        "Suppression of %s on %s has no reason, so it does not apply: say why in `reason`",
                        s.rule().get(), s.resource()));
            }
        }
    }
}
