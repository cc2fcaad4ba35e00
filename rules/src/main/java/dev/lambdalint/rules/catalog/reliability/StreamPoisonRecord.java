package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL706",
        name = "stream-poison-record",
        severity = Severity.WARNING,
        summary = "A Kinesis or DynamoDB stream source retries a failing batch without end and has no OnFailure destination",
        rationale = """
                A stream event source mapping retries a batch that fails until it succeeds or its records \
                expire: MaximumRetryAttempts and MaximumRecordAgeInSeconds both default to -1 (infinite). \
                Lambda reads a shard in order, so one record the function cannot process blocks its whole \
                shard for up to a week (Kinesis retention; 24 hours for DynamoDB streams) while the records \
                behind it age. BisectBatchOnFunctionError narrows the batch down to the bad record but does \
                not end the retries. Bound the retries or the record age, and send what is dropped to an \
                OnFailure destination so that it can be inspected and replayed.""",
        fix = "Set MaximumRetryAttempts (for example 3) or MaximumRecordAgeInSeconds on the mapping, and DestinationConfig.OnFailure to an SQS queue, SNS topic or S3 bucket.",
        example = """
                Events:
                  Clicks:
                    Type: Kinesis
                    Properties:
                      Stream: !GetAtt ClickStream.Arn
                      StartingPosition: LATEST
                      MaximumRetryAttempts: 3
                      BisectBatchOnFunctionError: true
                      DestinationConfig:
                        OnFailure:
                          Destination: !GetAtt ClickFailures.Arn""",
        tags = {"reliability", "event-sources", "streams"})
public final class StreamPoisonRecord implements TemplateRule {
    private static final List<String> BOUNDS = List.of("MaximumRetryAttempts", "MaximumRecordAgeInSeconds", "DestinationConfig");

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (EventSource source : fn.eventSources()) {
                if (!source.kind().stream() || source.settings().isEmpty()) {
                    continue;
                }
                if (BOUNDS.stream().anyMatch(name -> template.misspelt(source, name))) {
                    continue; // a bound written under a misspelt name: LL004 reports it, once
                }
                if (bounded(template, source.setting("MaximumRetryAttempts"))
                        || bounded(template, source.setting("MaximumRecordAgeInSeconds"))
                        || hasOnFailure(source)) {
                    continue;
                }
                out.report(this, fn, source.declaration().pointer(), String.format(
                        "Function %s reads %s with unbounded retries (MaximumRetryAttempts and MaximumRecordAgeInSeconds unset or -1) and no OnFailure destination: one record that always fails blocks its shard for up to a week",
                        fn.logicalId(), source.describe()));
            }
        }
    }

    /** Set to something other than -1, or to a value that cannot be known (never reported). */
    private static boolean bounded(TemplateModel template, Optional<Value> setting) {
        if (setting.isEmpty() || Intrinsics.isNoValue(setting.get().node())) {
            return false;
        }
        List<IntegerCandidate> values = template.integers(setting);
        return values.isEmpty() || values.stream().anyMatch(v -> v.value() != -1);
    }

    private static boolean hasOnFailure(EventSource source) {
        Optional<Value> config = source.setting("DestinationConfig");
        if (config.isEmpty()) {
            return false;
        }
        if (config.get().isIntrinsic()) {
            return !Intrinsics.isNoValue(config.get().node());
        }
        Optional<Value> onFailure = config.get().get("OnFailure");
        return onFailure.isPresent() && (onFailure.get().isIntrinsic() || onFailure.get().get("Destination").isPresent());
    }
}
