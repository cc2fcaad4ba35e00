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
        id = "LL803",
        name = "memory-headroom-low",
        severity = Severity.WARNING,
        summary = "The highest Max Memory Used is close to Memory Size",
        rationale = """
                A function whose busiest invocation used nearly all its memory is one larger input away from \
                being killed out of memory (LL801). The threshold is policy.evidence.memoryHeadroomPercent \
                (90 % by default), judged at the memory size most invocations ran with, over at least \
                policy.evidence.minimumInvocations invocations (20). Not when LL801 already fires. Only runs \
                with --evidence.""",
        fix = "Raise MemorySize so that the highest Max Memory Used stays below about 80 % of it; more memory also buys CPU.",
        example = """
                Properties:
                  MemorySize: 1536   # Max Memory Used reached 1,010 of 1,024 MB""",
        tags = {"evidence", "memory", "reliability"})
public final class MemoryHeadroomLow extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        EvidencePolicy policy = context.policy().evidence();
        Observed seen = o.observed();
        // One fault, one finding: an invocation already ran out of memory (LL801).
        if (seen.outOfMemory() > 0 || seen.invocations() < policy.minimumInvocations()) {
            return;
        }
        AtMemorySize main = seen.mainSize().orElse(null);
        if (main == null || main.memoryMb() == 0) {
            return;
        }
        double share = (double) main.maxMemoryUsedMb() / main.memoryMb();
        if (share * 100 < policy.memoryHeadroomPercent()) {
            return;
        }
        String pointer = Sizes.pointerFor(o, template, context, main.memoryMb());
        out.report(this, o.fn(), pointer, String.format(Locale.ROOT,
                "Function %s: Max Memory Used reached %s of %s MB (%s)%s: one larger input from running out of memory",
                o.fn().logicalId(), Observation.count(main.maxMemoryUsedMb()), Observation.count(main.memoryMb()),
                Observation.percent(share), o.window()),
                o.evidence("memorySizeMb", main.memoryMb(), "maxMemoryUsedMb", main.maxMemoryUsedMb(),
                        "memoryUsedPercent", Observation.round(share * 100)));
    }
}
