package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.InvokedQualifier;
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
                S3, SNS, EventBridge rules and schedules (and CloudWatch Logs subscriptions, IoT rules, AWS \
                Config custom rules and other functions' OnSuccess/OnFailure destinations) invoke a function \
                asynchronously: Lambda queues the event, and when the function fails it \
                retries twice and then drops the event, unless the function has a dead-letter queue (SAM \
                DeadLetterQueue, DeadLetterConfig.TargetArn) or an OnFailure destination (SAM \
                EventInvokeConfig, AWS::Lambda::EventInvokeConfig). A DeadLetterConfig on an EventBridge rule \
                target, or a RedrivePolicy on an SNS subscription, is not enough: it keeps the events the \
                service could not deliver to Lambda, not the ones the function failed on. An \
                AWS::Lambda::EventInvokeConfig applies only to its Qualifier: a config on an alias does not cover \
                a source that invokes the unqualified function ($LATEST).""",
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
            if (async.isEmpty() || hasDeadLetterQueue(fn) || hasSamOnFailure(fn)) {
                continue;
            }
            List<Resource> configs = template.eventInvokeConfigsOf(fn.logicalId()).stream()
                    .filter(c -> sets(c.property("DestinationConfig").flatMap(d -> d.get("OnFailure")), "Destination"))
                    .toList();
            List<EventSource> uncovered = async.stream().filter(s -> !covered(template, fn, s, configs)).toList();
            if (uncovered.isEmpty()) {
                continue;
            }
            String more = uncovered.size() > 1 ? " (and " + (uncovered.size() - 1) + " more)" : "";
            String which = configs.isEmpty()
                    ? "has no dead-letter queue and no OnFailure destination"
                    : "has no dead-letter queue, and its OnFailure destination covers only qualifier "
                            + String.join(", ", qualifiers(configs)) + ", not the "
                            + InvokedQualifier.of(template, fn, uncovered.get(0)).orElse("?") + " this source invokes";
            out.report(this, fn, fn.pointer(), String.format(
                    "Function %s is invoked asynchronously by %s%s but %s: events that still fail after two retries are lost",
                    fn.logicalId(), describe(fn, uncovered.get(0)), more, which));
        }
    }

    /**
     * An {@code AWS::Lambda::EventInvokeConfig} applies to its {@code Qualifier} only: a source that invokes
     * the unqualified function runs {@code $LATEST}, which a config on an alias does not cover. Where the
     * source's or the config's qualifier cannot be known, the source counts as covered.
     */
    private static boolean covered(TemplateModel template, FunctionView fn, EventSource source, List<Resource> configs) {
        if (configs.isEmpty()) {
            return false;
        }
        Optional<String> invoked = InvokedQualifier.of(template, fn, source);
        if (invoked.isEmpty() || invoked.get().equals(InvokedQualifier.UNKNOWN_QUALIFIER)) {
            return true;
        }
        for (Resource config : configs) {
            Optional<String> qualifier = config.property("Qualifier").flatMap(Value::text);
            if (qualifier.isEmpty() || qualifier.get().equals(invoked.get())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> qualifiers(List<Resource> configs) {
        return configs.stream().map(c -> c.property("Qualifier").flatMap(Value::text).orElse("?")).distinct().toList();
    }

    /** {@code S3 event Uploads} for a SAM event, {@code schedule NightlyRule} for the resource that declares it. */
    private static String describe(FunctionView fn, EventSource source) {
        String kind = switch (source.kind()) {
            case EVENTBRIDGE -> "EventBridge";
            case SCHEDULE -> "schedule";
            case CLOUDWATCH_LOGS -> "CloudWatch Logs";
            case IOT -> "IoT rule";
            case FUNCTION_DESTINATION -> "the destination of";
            case CONFIG_RULE -> "AWS Config rule";
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

    private static boolean hasSamOnFailure(FunctionView fn) {
        // SAM creates the queue or topic itself when OnFailure has a Type but no Destination. SAM applies the
        // config to the alias its events invoke (AutoPublishAlias) or to $LATEST, whichever they use.
        Optional<Value> samOnFailure = fn.property("EventInvokeConfig")
                .flatMap(c -> c.get("DestinationConfig"))
                .flatMap(d -> d.get("OnFailure"));
        return present(samOnFailure);
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
