package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.LambdaLimits;

@RuleInfo(
        id = "LL504",
        name = "sqs-visibility-below-recommended",
        severity = Severity.WARNING,
        summary = "An SQS queue's visibility timeout is below 6 times the function timeout plus the batching window",
        rationale = """
                While Lambda works on a batch, its messages are invisible for the queue's visibility timeout; \
                when that runs out before the function (and Lambda's retries after throttling) are done, the \
                messages become visible again and are processed twice. AWS recommends a visibility timeout of \
                six times the function timeout plus MaximumBatchingWindowInSeconds. A queue that does not set \
                VisibilityTimeout has 30 seconds, a function that does not set Timeout has 3. A visibility \
                timeout below the function timeout is LL503's error, not also this warning.""",
        fix = "Set the queue's VisibilityTimeout to at least 6 x function Timeout + MaximumBatchingWindowInSeconds.",
        example = """
                OrdersQueue:
                  Type: AWS::SQS::Queue
                  Properties:
                    VisibilityTimeout: 185   # 6 x Timeout 30 + batching window 5""",
        tags = {"timeouts", "sqs", "event-sources"})
public final class SqsVisibilityBelowRecommended implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        for (FunctionView fn : template.functions()) {
            for (QueueVisibility.Check check : QueueVisibility.of(template, fn, limits)) {
                long timeout = check.timeout().seconds();
                long recommended = limits.sqsVisibilityTimeoutFactor() * timeout + check.batchingWindow();
                // Below the function timeout it is LL503's error: one fault, one finding.
                if (check.visibility() >= timeout && check.visibility() < recommended) {
                    out.report(this, fn, check.pointer(), String.format(
                            "Function %s reads SQS queue %s with %s, below the recommended %d s (%d x %s + batching window %d s): messages still being processed can be delivered again",
                            fn.logicalId(), check.queue().logicalId(), check.describeVisibility(), recommended,
                            limits.sqsVisibilityTimeoutFactor(), check.timeout().describe(), check.batchingWindow()));
                }
            }
        }
    }
}
