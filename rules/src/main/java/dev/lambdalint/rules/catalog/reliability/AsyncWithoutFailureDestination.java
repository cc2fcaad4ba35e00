package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL701",
        name = "async-without-failure-destination",
        severity = Severity.WARNING,
        summary = "A function invoked asynchronously has no dead-letter queue and no OnFailure destination",
        rationale = """
                S3, SNS, EventBridge rules and schedules (and CloudWatch Logs subscriptions and IoT rules) \
                invoke a function asynchronously: Lambda queues the event, and when the function fails it \
                retries twice and then drops the event, unless the function has a dead-letter queue (SAM \
                DeadLetterQueue, DeadLetterConfig.TargetArn) or an OnFailure destination (SAM \
                EventInvokeConfig, AWS::Lambda::EventInvokeConfig). A DeadLetterConfig on an EventBridge rule \
                target, or a RedrivePolicy on an SNS subscription, is not enough: it keeps the events the \
                service could not deliver to Lambda, not the ones the function failed on.""",
        fix = "Add an OnFailure destination (SAM EventInvokeConfig.DestinationConfig.OnFailure, or an AWS::Lambda::EventInvokeConfig) or a dead-letter queue, and alarm on it.",
        example = """
                Properties:
                  EventInvokeConfig:
                    DestinationConfig:
                      OnFailure:
                        Type: SQS
                        Destination: !GetAtt FailedEventsQueue.Arn""",
        tags = {"reliability", "event-sources"})
public final class AsyncWithoutFailureDestination implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            List<EventSource> async = fn.eventSources().stream().filter(s -> s.kind().asynchronous()).toList();
            if (async.isEmpty() || hasDeadLetterQueue(fn) || hasOnFailureDestination(template, fn)) {
                continue;
            }
            String more = async.size() > 1 ? " (and " + (async.size() - 1) + " more)" : "";
            out.report(this, fn, fn.pointer(), String.format(
                    "Function %s is invoked asynchronously by %s%s but has no dead-letter queue and no OnFailure destination: events that still fail after two retries are lost",
                    fn.logicalId(), describe(fn, async.get(0)), more));
        }
    }

    /** {@code S3 event Uploads} for a SAM event, {@code schedule NightlyRule} for the resource that declares it. */
    private static String describe(FunctionView fn, EventSource source) {
        String kind = switch (source.kind()) {
            case EVENTBRIDGE -> "EventBridge";
            case SCHEDULE -> "schedule";
            case CLOUDWATCH_LOGS -> "CloudWatch Logs";
            case IOT -> "IoT rule";
            default -> source.kind().name();
        };
        if (source.declaredBy().equals(fn.logicalId())) {
            List<String> segments = Pointers.segments(source.declaration().pointer());
            return kind + " event " + segments.get(segments.size() - 1);
        }
        return kind + " " + source.declaredBy();
    }

    private static boolean hasDeadLetterQueue(FunctionView fn) {
        // SAM DeadLetterQueue {Type, TargetArn}; CloudFormation DeadLetterConfig {TargetArn}.
        return sets(fn.property("DeadLetterQueue"), "TargetArn") || sets(fn.property("DeadLetterConfig"), "TargetArn");
    }

    private static boolean hasOnFailureDestination(TemplateModel template, FunctionView fn) {
        // SAM creates the queue or topic itself when OnFailure has a Type but no Destination.
        Optional<Value> samOnFailure = fn.property("EventInvokeConfig")
                .flatMap(c -> c.get("DestinationConfig"))
                .flatMap(d -> d.get("OnFailure"));
        if (present(samOnFailure)) {
            return true;
        }
        for (Resource config : template.eventInvokeConfigsOf(fn.logicalId())) {
            Optional<Value> onFailure = config.property("DestinationConfig").flatMap(d -> d.get("OnFailure"));
            if (sets(onFailure, "Destination")) {
                return true;
            }
        }
        return false;
    }

    /** The property is there and names its target, or is an intrinsic that may (not judged: counts as set). */
    private static boolean sets(Optional<Value> value, String field) {
        if (!present(value)) {
            return false;
        }
        return value.get().isIntrinsic() || present(value.get().get(field));
    }

    private static boolean present(Optional<Value> value) {
        return value.isPresent() && !value.get().node().isNull() && !Intrinsics.isNoValue(value.get().node());
    }
}
