package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.model.TemplateModel;

/** Where the MemorySize setting of a memory size seen in the evidence is written. */
final class Sizes {
    private Sizes() {}

    /** The MemorySize candidate with this value, else the first candidate, else the property or the resource. */
    static String pointerFor(Observation o, TemplateModel template, LintContext context, long memoryMb) {
        var settings = o.settings(template, o.fn().memorySize(), "MemorySize", context.policy().limits().memoryDefaultMb());
        return settings.stream().filter(s -> s.value() == memoryMb).findFirst()
                .or(() -> settings.stream().findFirst())
                .map(Observation.Setting::pointer)
                .orElse(o.pointerOf(o.fn().memorySize()));
    }
}
