package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@RuleInfo(
        id = "LL807",
        name = "memory-drift",
        severity = Severity.WARNING,
        summary = "The Memory Size in the REPORT lines differs from the template's MemorySize",
        rationale = """
                Every REPORT line states the memory the function ran with. When none of the sizes in the \
                evidence is the one the template sets (or Lambda's 128 MB default when it sets none), what \
                runs is not what the code says: someone changed it in the console, another stack deploys the \
                function, or the logs are older than the template. Every other judgement of memory is then \
                about a function that does not exist. Only runs with --evidence.""",
        fix = "Deploy the template, or write the size that production needs into MemorySize, so that the code and the account agree.",
        example = """
                Properties:
                  MemorySize: 1024   # the REPORT lines said Memory Size: 1024 MB""",
        tags = {"evidence", "memory", "drift"})
public final class MemoryDrift extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        Observed seen = o.observed();
        List<Observation.Setting> settings = o.settings(template, o.fn().memorySize(), "MemorySize",
                context.policy().limits().memoryDefaultMb());
        if (seen.bySize().isEmpty() || settings.isEmpty()) {
            return;
        }
        // Several sizes in the logs with the template's among them is a change being deployed, not drift.
        boolean matches = settings.stream().anyMatch(s -> seen.bySize().stream().anyMatch(size -> size.memoryMb() == s.value()));
        if (matches) {
            return;
        }
        Observation.Setting setting = settings.get(0);
        String sizes = seen.bySize().stream()
                .map(s -> String.format(Locale.ROOT, "%s MB (%s)", Observation.count(s.memoryMb()),
                        Observation.invocations(s.invocations())))
                .collect(Collectors.joining(", "));
        String written = settings.stream().map(s -> Observation.count(s.value()) + " MB").distinct()
                .collect(Collectors.joining(" or "));
        out.report(this, o.fn(), setting.pointer(), String.format(Locale.ROOT,
                "Function %s sets MemorySize %s%s but its REPORT lines say Memory Size %s%s",
                o.fn().logicalId(), written, setting.isDefault() ? " (the default)" : "", sizes, o.dates()),
                o.evidence("templateMemorySizeMb", setting.value(),
                        "observedMemorySizesMb", seen.bySize().stream().map(AtMemorySize::memoryMb).toList()));
    }
}
