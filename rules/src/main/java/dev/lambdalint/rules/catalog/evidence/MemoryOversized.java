package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.EvidencePolicy;
import java.util.Locale;

@RuleInfo(
        id = "LL806",
        name = "memory-oversized",
        severity = Severity.INFO,
        summary = "The highest Max Memory Used is a small share of Memory Size",
        rationale = """
                A function whose busiest invocation used at most policy.evidence.oversizedPercent of its \
                memory (25 % by default) may pay for memory it does not use. May: memory is also Lambda's \
                CPU dial, and a log cannot tell whether the function is CPU-bound. Halving the memory halves \
                the GB-seconds only if the duration stays the same; a CPU-bound function gets slower and can \
                cost as much or more. The message gives the GB-seconds at stake; a power-tuning run (AWS \
                Lambda Power Tuning) answers the question. Needs policy.evidence.minimumInvocations \
                invocations (20). Only runs with --evidence.""",
        fix = "Run a power-tuning test at a few memory sizes and keep the cheapest that meets the latency target; lower MemorySize only if duration holds.",
        example = """
                Properties:
                  MemorySize: 512   # was 2048; Max Memory Used 180 MB, duration unchanged in power tuning""",
        tags = {"evidence", "memory", "cost"})
public final class MemoryOversized extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        EvidencePolicy policy = context.policy().evidence();
        Observed seen = o.observed();
        if (seen.invocations() < policy.minimumInvocations() || seen.outOfMemory() > 0) {
            return;
        }
        AtMemorySize main = seen.mainSize().orElse(null);
        if (main == null || main.memoryMb() <= context.policy().limits().memoryMinMb() || main.maxMemoryUsedMb() == 0) {
            return;
        }
        double share = (double) main.maxMemoryUsedMb() / main.memoryMb();
        if (share * 100 > policy.oversizedPercent()) {
            return;
        }
        double saved = main.gbSeconds() / 2;
        out.report(this, o.fn(), Sizes.pointerFor(o, template, context, main.memoryMb()), String.format(Locale.ROOT,
                "Function %s: Max Memory Used peaked at %s of %s MB (%s)%s. Whether it is CPU-bound the logs cannot say: "
                        + "half the memory would save %s GB-seconds of %s if duration stayed equal; a power-tuning run tells",
                o.fn().logicalId(), Observation.count(main.maxMemoryUsedMb()), Observation.count(main.memoryMb()),
                Observation.percent(share), o.window(), gbSeconds(saved), gbSeconds(main.gbSeconds())),
                o.evidence("memorySizeMb", main.memoryMb(), "maxMemoryUsedMb", main.maxMemoryUsedMb(),
                        "memoryUsedPercent", Observation.round(share * 100), "gbSeconds", Observation.round(main.gbSeconds()),
                        "gbSecondsSavedAtHalfMemory", Observation.round(saved)));
    }

    private static String gbSeconds(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
