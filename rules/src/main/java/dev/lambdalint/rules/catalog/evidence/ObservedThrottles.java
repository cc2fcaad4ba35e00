package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.Locale;

@RuleInfo(
        id = "LL808",
        name = "observed-throttles",
        severity = Severity.WARNING,
        summary = "The AWS/Lambda Throttles metric shows throttled invocations",
        rationale = """
                Throttles are not in the logs: a throttled request never runs. The AWS/Lambda Throttles \
                metric (aws cloudwatch get-metric-data or get-metric-statistics output, given with \
                --evidence) counts them: the function's reserved concurrency, or the account's unreserved \
                pool, was full. Synchronous callers got a 429; asynchronous events and stream batches were \
                retried and delayed. Only runs with --evidence.""",
        fix = "Raise ReservedConcurrentExecutions (or the account quota) to the peak ConcurrentExecutions the function needs, or bound what feeds it (SQS MaximumConcurrency).",
        example = """
                Properties:
                  ReservedConcurrentExecutions: 50   # ConcurrentExecutions peaked at 40, 12 throttles at 20""",
        tags = {"evidence", "concurrency", "reliability"})
public final class ObservedThrottles extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        Observed seen = o.observed();
        long throttles = seen.throttles().orElse(0);
        if (throttles == 0) {
            return;
        }
        String pointer = o.fn().reservedConcurrency().map(Value::pointer).orElse(o.fn().pointer());
        String peak = seen.maxConcurrency().isPresent()
                ? String.format(Locale.ROOT, " (ConcurrentExecutions peaked at %s)", Observation.count(seen.maxConcurrency().getAsLong()))
                : "";
        String reserve = o.fn().reservedConcurrency().isPresent() ? "its ReservedConcurrentExecutions" : "the account's unreserved pool";
        out.report(this, o.fn(), pointer, String.format(Locale.ROOT,
                "Function %s was throttled %s times%s%s: %s was full",
                o.fn().logicalId(), Observation.count(throttles), peak, o.dates(), reserve),
                seen.maxConcurrency().isPresent()
                        ? o.evidence("throttles", throttles, "maxConcurrentExecutions", seen.maxConcurrency().getAsLong())
                        : o.evidence("throttles", throttles));
    }
}
