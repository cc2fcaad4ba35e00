package dev.lambdalint.rules.catalog.meta;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@RuleInfo(
        id = "LL002",
        name = "suppression-without-reason",
        severity = Severity.ERROR,
        summary = "A suppression without a reason, naming an unknown rule, or written so that it is ignored",
        rationale = """
                A suppression is a decision someone made about a risk; without the reason, the next reader \
                cannot tell a considered exception from a silenced warning. A suppression without a reason \
                does not take effect, and one naming an unknown rule (a typo, a rule id from another tool) \
                silences nothing. Neither does a comment that was meant as a suppression but is not written \
                as one (`# lambdalint supress LL301 -- ...`: the colon left out, the verb misspelt), nor a \
                Metadata entry that lists several rules: each would otherwise be ignored without a word.""",
        fix = "Give every suppression a rule id or name from `lambdalint rules` and a non-empty reason (inline: "
                + "`# lambdalint: suppress <id or name> -- <reason>`; in Metadata: one rule per entry).",
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
            String message = s.inline() ? inlineProblem(s, context) : metadataProblem(s, context);
            if (message != null) {
                out.report(this, s.resource(), s.at().pointer(), message);
            }
        }
    }

    private static String metadataProblem(Suppression s, LintContext context) {
        if (!s.at().isMapping()) {
            // `- LL301` or `suppress: LL301`: the rule may be named, but there is no room for a reason.
            return String.format("Suppression on %s is %s, not a mapping: write `- rule: <id or name>` with `reason: <why>`",
                    s.resource(), s.at().text().map(t -> "'" + t + "'").orElse("not a rule and reason"));
        }
        if (s.rule().isEmpty()) {
            Optional<Value> listed = s.at().get("rule").filter(Value::isList);
            if (listed.isPresent()) {
                List<String> names = listed.get().items().stream().map(v -> v.text().orElse("?")).toList();
                return String.format("Suppression on %s lists %s in one entry: write one rule per entry (%s), each with its reason",
                        s.resource(), String.join(", ", names),
                        names.stream().map(n -> "`- rule: " + n + "`").collect(Collectors.joining(" and ")));
            }
            return String.format("Suppression on %s names no rule: write `rule: <id or name>`", s.resource());
        }
        if (!context.knowsRule(s.rule().get())) {
            return String.format("Suppression on %s names unknown rule '%s'; see `lambdalint rules`",
                    s.resource(), s.rule().get());
        }
        if (s.reason().isEmpty()) {
            return String.format("Suppression of %s on %s has no reason, so it does not apply: say why in `reason`",
                    s.rule().get(), s.resource());
        }
        return null;
    }

    private static String inlineProblem(Suppression s, LintContext context) {
        if (s.nearMiss().isPresent()) {
            return String.format("This comment looks like a suppression but is not written as one, so it is ignored: write `%s`",
                    s.nearMiss().get());
        }
        if (s.rule().isEmpty()) {
            return "Inline suppression names no rule: write `# lambdalint: suppress <id or name> -- <reason>`";
        }
        if (!context.knowsRule(s.rule().get())) {
            return String.format(
                    "Inline suppression names unknown rule '%s'; see `lambdalint rules` (the reason goes after ` -- `)",
                    s.rule().get());
        }
        if (s.reason().isEmpty()) {
            return String.format(
                    "Inline suppression of %s has no reason, so it does not apply: write `# lambdalint: suppress %s -- <reason>`",
                    s.rule().get(), s.rule().get());
        }
        return null;
    }
}
