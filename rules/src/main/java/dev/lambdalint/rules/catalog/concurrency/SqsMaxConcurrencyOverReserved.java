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
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL307",
        name = "sqs-max-concurrency-over-reserved",
        severity = Severity.WARNING,
        summary = "SQS MaximumConcurrency over all of a function's queues exceeds its reserved concurrency",
        rationale = """
                ScalingConfig.MaximumConcurrency lets Lambda's pollers invoke up to that many copies of the \
                function per queue. When the sum over the function's SQS sources is above its reserved \
                concurrency, the pollers invoke more than the function may run: invocations are throttled \
                and messages go back to the queue, and after maxReceiveCount to the dead-letter queue. Sources in \
                provisioned mode (ProvisionedPollerConfig) cannot take MaximumConcurrency and are left out.""",
        fix = "Make ReservedConcurrentExecutions at least the sum of MaximumConcurrency over the function's SQS sources, or lower MaximumConcurrency.",
        example = """
                Properties:
                  ReservedConcurrentExecutions: 20
                  Events:
                    Orders:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt OrdersQueue.Arn
                        ScalingConfig:
                          MaximumConcurrency: 20""",
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "event-sources", "sqs"})
public final class SqsMaxConcurrencyOverReserved implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            // A reserve of 0 is its own finding (LL302).
            List<IntegerCandidate> reserves = template.conditionalIntegers(fn.reservedConcurrency()).stream()
                    .filter(c -> c.value() > 0)
                    .toList();
            List<EventSource> queues = fn.eventSources().stream()
                    .filter(source -> source.kind() == EventSourceKind.SQS)
                    // Provisioned mode (ProvisionedPollerConfig) cannot take MaximumConcurrency: nothing to lower there.
                    .filter(source -> source.setting("ProvisionedPollerConfig").isEmpty())
                    .toList();
            if (reserves.isEmpty() || queues.isEmpty()) {
                continue;
            }
            List<Optional<Value>> maximums = queues.stream().map(EventSource::maximumConcurrency).toList();
            ReserveCrossing.find(template, reserves, maximums).ifPresent(crossing -> out.report(
                    this, fn, crossing.amount().pointer(), String.format(
                            "Function %s may be invoked by %d SQS pollers (MaximumConcurrency, %s) but has only %d reserved concurrency: messages are throttled and return to the queue",
                            fn.logicalId(), crossing.total(), queues.get(crossing.index()).describe(), crossing.reserve().value())));
        }
    }
}
