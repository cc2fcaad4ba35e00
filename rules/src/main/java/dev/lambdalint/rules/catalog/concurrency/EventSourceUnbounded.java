package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.EventSourceKind;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;

@RuleInfo(
        id = "LL306",
        name = "event-source-unbounded",
        severity = Severity.WARNING,
        summary = "A bulk event source feeds a function that has no concurrency bound",
        rationale = """
                S3, SQS, Kinesis, DynamoDB streams and SNS deliver events in bursts: a bulk upload of \
                100,000 objects, a backlog of messages. Lambda scales the function up by 1,000 execution \
                environments every 10 seconds until it has the account's whole pool, throttling every other \
                function and often overwhelming the database behind it. Reserved concurrency bounds the \
                function; for SQS, ScalingConfig.MaximumConcurrency bounds one queue. Custom-resource and macro \
                handlers invoked by nothing else are not flagged.""",
        fix = "Set ReservedConcurrentExecutions on the function, or for an SQS source ScalingConfig.MaximumConcurrency (2 to 1000).",
        example = """
                Events:
                  Orders:
                    Type: SQS
                    Properties:
                      Queue: !GetAtt OrdersQueue.Arn
                      ScalingConfig:
                        MaximumConcurrency: 20""",
        tags = {"concurrency", "reliability", "event-sources"})
public final class EventSourceUnbounded implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            // CloudFormation runs a custom-resource or macro handler a few times per deployment.
            if (template.isDeploymentHandler(fn.logicalId())) {
                continue;
            }
            // Unreserved when the property is missing, or AWS::NoValue in an Fn::If branch.
            boolean written = !fn.lacks("ReservedConcurrentExecutions");
            boolean partly = written && !template.noValueBranches(fn.reservedConcurrency()).isEmpty();
            if (written && !partly) {
                continue;
            }
            for (EventSource source : fn.eventSources()) {
                if (!source.kind().bulk()) {
                    continue;
                }
                if (source.kind() == EventSourceKind.SQS && source.maximumConcurrency().isPresent()) {
                    continue;
                }
                String bound = source.kind() == EventSourceKind.SQS
                        ? "neither reserved concurrency nor ScalingConfig.MaximumConcurrency"
                        : "no reserved concurrency";
                if (partly) {
                    bound += " where ReservedConcurrentExecutions is AWS::NoValue";
                }
                out.report(this, fn, source.declaration().pointer(), String.format(
                        "Function %s is fed by %s with %s: a burst can scale it to the account's whole pool",
                        fn.logicalId(), source.describe(), bound));
            }
        }
    }
}
