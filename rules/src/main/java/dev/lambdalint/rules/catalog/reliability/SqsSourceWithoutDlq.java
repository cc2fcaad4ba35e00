package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.Optional;

@RuleInfo(
        id = "LL707",
        name = "sqs-source-without-dlq",
        severity = Severity.WARNING,
        summary = "An SQS source reads a queue that has no dead-letter queue",
        rationale = """
                When the function fails on a message, Lambda leaves it in the queue and it comes back after \
                the visibility timeout, again and again, until the queue's retention period (4 days by \
                default, up to 14) deletes it. A message that always fails is retried for days, costs an \
                invocation each time, holds up the batch it arrives in, and is then lost without a trace. A \
                RedrivePolicy moves it to a dead-letter queue after maxReceiveCount attempts. Only queues \
                defined in the same template are judged.""",
        fix = "Give the queue a RedrivePolicy with a deadLetterTargetArn and a maxReceiveCount (for example 5), and alarm on the dead-letter queue's depth.",
        example = """
                OrdersQueue:
                  Type: AWS::SQS::Queue
                  Properties:
                    VisibilityTimeout: 180
                    RedrivePolicy:
                      deadLetterTargetArn: !GetAtt OrdersDeadLetters.Arn
                      maxReceiveCount: 5""",
        tags = {"reliability", "event-sources", "sqs"})
public final class SqsSourceWithoutDlq implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (EventSource source : fn.eventSources()) {
                Optional<Resource> queue = template.sqsQueueOf(source);
                if (queue.isEmpty()) {
                    continue;
                }
                Optional<Value> redrive = queue.get().property("RedrivePolicy");
                boolean missing = redrive.isEmpty() || Intrinsics.isNoValue(redrive.get().node());
                // !If [HasDlq, {...}, !Ref AWS::NoValue]: the branch without one.
                boolean partly = !missing && !template.noValueBranches(redrive).isEmpty();
                if (missing || partly) {
                    out.report(this, fn, source.declaration().pointer(), String.format(
                            "Function %s reads queue %s, which has no RedrivePolicy%s: a message that always fails is retried until the queue's retention deletes it",
                            fn.logicalId(), queue.get().logicalId(), partly ? " where it is AWS::NoValue" : ""));
                }
            }
        }
    }
}
