package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.Locale;

@RuleInfo(
        id = "LL801",
        name = "observed-out-of-memory",
        severity = Severity.ERROR,
        summary = "The logs show invocations that ran out of memory",
        rationale = """
                When a function passes its MemorySize, Lambda kills the runtime (Runtime exited with error: \
                signal: killed, or Error Type Runtime.OutOfMemory on newer runtimes): the invocation fails, \
                the execution environment is thrown away and the next request pays a cold start. One such \
                ending in the REPORT lines given with --evidence is enough: the template's memory is too \
                small for what the function really does. Only runs with --evidence.""",
        fix = "Raise MemorySize above the highest Max Memory Used with room to spare, or find what holds the memory (a large payload read whole, a cache that never shrinks).",
        example = """
                Properties:
                  MemorySize: 2048   # Max Memory Used reached 1,024 of 1,024 MB""",
        tags = {"evidence", "memory", "reliability"})
public final class ObservedOutOfMemory extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        Observed seen = o.observed();
        if (seen.outOfMemory() == 0) {
            return;
        }
        long memory = seen.mainSize().map(AtMemorySize::memoryMb).orElse(0);
        String pointer = Sizes.pointerFor(o, template, context, memory);
        out.report(this, o.fn(), pointer, String.format(Locale.ROOT,
                "Function %s ran out of memory in %s of %s invocations%s (Memory Size %s MB, Max Memory Used up to %s MB)",
                o.fn().logicalId(), Observation.count(seen.outOfMemory()), Observation.count(seen.invocations()),
                o.dates(), Observation.count(memory), Observation.count(seen.maxMemoryUsedMb())),
                o.evidence("outOfMemory", seen.outOfMemory(), "memorySizeMb", memory, "maxMemoryUsedMb", seen.maxMemoryUsedMb()));
    }
}
