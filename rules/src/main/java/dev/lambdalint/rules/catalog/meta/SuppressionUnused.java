package dev.lambdalint.rules.catalog.meta;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.SuppressionRule;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;

@RuleInfo(
        id = "LL003",
        name = "suppression-unused",
        severity = Severity.WARNING,
        summary = "A suppression that suppressed nothing in a run that linted its file",
        rationale = """
                A suppression records that someone accepted a finding. When the finding goes away (the \
                setting was fixed, the resource renamed, the comment moved to another line), the \
                suppression stays and silently waits: the next time the same fault comes back it is \
                silenced without anyone deciding so again. Only suppressions of rules that ran are \
                judged, and only in files the run linted.""",
        fix = "Remove the suppression, or move it to the resource or property whose finding it is meant for.",
        example = """
                Metadata:
                  lambdalint:
                    suppress:
                      - rule: LL301      # the function has had ReservedConcurrentExecutions for a year
                        reason: Batch job; bounded by SQS MaximumConcurrency""",
        tags = {"suppression"})
public final class SuppressionUnused implements SuppressionRule {

    @Override
    public void check(TemplateModel template, List<Suppression> unused, LintContext context, Findings out) {
        for (Suppression s : unused) {
            String rule = s.rule().orElseThrow();
            String message = s.inline()
                    ? String.format("Inline suppression of %s silenced nothing: no %s finding was left for it where it applies"
                            + " (fixed, or silenced by an earlier suppression); remove the comment, or move it to the line of the finding",
                            rule, rule)
                    : String.format("Suppression of %s on %s silenced nothing: no %s finding on %s was left for it"
                            + " (fixed, or silenced by an earlier suppression); remove the entry", rule, s.resource(), rule, s.resource());
            out.report(this, s.resource(), s.at().pointer(), message);
        }
    }
}
