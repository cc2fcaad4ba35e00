package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;

@RuleInfo(
        id = "LL503",
        name = "sqs-visibility-below-timeout",
        severity = Severity.ERROR,
        summary = "An SQS queue's visibility timeout is shorter than the timeout of the function that reads it",
        rationale = """
                Lambda refuses to create an event source mapping when the queue's visibility timeout is shorter \
                than the function timeout ("Queue visibility timeout: 30 seconds is less than Function timeout: \
                60 seconds"), so the deployment fails; an equal value is accepted. A queue that does not set \
                VisibilityTimeout has 30 seconds, a function that does not set Timeout has 3. Only queues \
                defined in the same template can be judged. The finding points at the queue's \
                VisibilityTimeout, or at the queue when it keeps the default.""",
        fix = "Raise the queue's VisibilityTimeout to at least the function Timeout (AWS recommends 6 times the Timeout plus the batching window), or lower the function Timeout.",
        example = """
                OrdersQueue:
                  Type: AWS::SQS::Queue
                  Properties:
                    VisibilityTimeout: 180   # function Timeout: 30""",
        tags = {"timeouts", "sqs", "event-sources"})
public final class SqsVisibilityBelowTimeout implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (QueueVisibility.Check check : QueueVisibility.of(template, fn, context.policy().limits())) {
                if (check.visibility() < check.timeout().seconds()) {
                    out.report(this, fn, check.pointer(), String.format(
                            "Function %s has %s, longer than %s of its SQS queue %s: creating the event source mapping fails",
                            fn.logicalId(), check.timeout().describe(), check.describeVisibility(), check.queue().logicalId()));
                }
            }
        }
    }
}
