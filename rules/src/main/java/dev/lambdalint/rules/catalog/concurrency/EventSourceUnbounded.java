package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.EventSourceKind;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
                function; for SQS, ScalingConfig.MaximumConcurrency bounds one queue, and so does provisioned \
                mode (ProvisionedPollerConfig, which excludes MaximumConcurrency). A Kinesis or DynamoDB \
                stream runs at most one batch per shard times ParallelizationFactor (1 to 10) at once: where \
                the template fixes a Kinesis stream's shard count (provisioned mode) the rule reports only \
                when that bound exceeds the policy's concurrency.streamConcurrencyLimit (default 100). A \
                mapping whose EventSourceArn is a parameter is a stream when it has StartingPosition and no \
                Kafka settings. Custom-resource and macro handlers invoked by nothing else are not flagged.""",
        fix = "Set ReservedConcurrentExecutions on the function, or for an SQS source ScalingConfig.MaximumConcurrency (2 to 1000).",
        example = """
                Events:
                  Orders:
                    Type: SQS
                    Properties:
                      Queue: !GetAtt OrdersQueue.Arn
                      ScalingConfig:
                        MaximumConcurrency: 20""",
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "reliability", "event-sources"})
public final class EventSourceUnbounded implements TemplateRule {

    /** The documented default and maximum of ParallelizationFactor. */
    private static final long DEFAULT_PARALLELIZATION = 1;
    private static final long MAX_PARALLELIZATION = 10;

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int streamLimit = context.policy().concurrency().streamConcurrencyLimit();
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
                // Provisioned mode (ProvisionedPollerConfig) bounds the pollers and excludes MaximumConcurrency.
                if (source.kind() == EventSourceKind.SQS
                        && (source.maximumConcurrency().isPresent() || source.setting("ProvisionedPollerConfig").isPresent())) {
                    continue;
                }
                String burst = "a burst can scale it to the account's whole pool";
                if (source.kind().stream()) {
                    long parallelization = parallelization(template, source);
                    OptionalLong shards = shards(template, source);
                    if (shards.isPresent()) {
                        long bound = shards.getAsLong() * parallelization;
                        if (bound <= streamLimit) {
                            continue;
                        }
                        burst = String.format("it may run up to %d batches at once (%d shards x ParallelizationFactor %d), above the policy's stream limit of %d",
                                bound, shards.getAsLong(), parallelization, streamLimit);
                    } else {
                        burst = String.format("it may run up to shards x ParallelizationFactor (%d) batches at once, and the template does not fix the shard count",
                                parallelization);
                    }
                }
                String bound = source.kind() == EventSourceKind.SQS
                        ? "neither reserved concurrency nor ScalingConfig.MaximumConcurrency"
                        : "no reserved concurrency";
                if (partly) {
                    bound += " where ReservedConcurrentExecutions is AWS::NoValue";
                }
                out.report(this, fn, source.declaration().pointer(), String.format(
                        "Function %s is fed by %s with %s: %s",
                        fn.logicalId(), source.describe(), bound, burst));
            }
        }
    }

    /** The largest ParallelizationFactor the source may have; the maximum where it cannot be known. */
    private static long parallelization(TemplateModel template, EventSource source) {
        Optional<Value> factor = source.setting("ParallelizationFactor");
        if (factor.isEmpty()) {
            return DEFAULT_PARALLELIZATION;
        }
        List<IntegerCandidate> values = template.integers(factor);
        long most = values.stream().mapToLong(IntegerCandidate::value).max().orElse(MAX_PARALLELIZATION);
        return template.noValueBranches(factor).isEmpty() ? most : Math.max(most, DEFAULT_PARALLELIZATION);
    }

    /**
     * The shard count of a Kinesis stream of this template in provisioned mode (through its enhanced fan-out
     * consumer too): the largest it may have. Empty for on-demand streams, DynamoDB streams (their shards
     * follow the table's partitions), streams outside the template and counts that cannot be known.
     */
    private static OptionalLong shards(TemplateModel template, EventSource source) {
        Optional<Resource> target = source.target().flatMap(template::resource);
        if (target.isPresent() && target.get().is("AWS::Kinesis::StreamConsumer")) {
            target = target.get().property("StreamARN")
                    .flatMap(arn -> template.references(arn.node()).stream().findFirst())
                    .flatMap(template::resource);
        }
        if (target.isEmpty() || !target.get().is("AWS::Kinesis::Stream")) {
            return OptionalLong.empty();
        }
        Resource stream = target.get();
        Optional<Value> mode = stream.property("StreamModeDetails").flatMap(d -> d.get("StreamMode"));
        boolean maybeOnDemand = mode.isPresent() && (template.strings(mode).isEmpty()
                || template.strings(mode).stream().anyMatch(m -> m.value().equals("ON_DEMAND")));
        List<IntegerCandidate> counts = template.integers(stream.property("ShardCount"));
        if (maybeOnDemand || counts.isEmpty() || !template.noValueBranches(stream.property("ShardCount")).isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(counts.stream().mapToLong(IntegerCandidate::value).max().getAsLong());
    }
}
