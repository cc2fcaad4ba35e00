package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is wrong with a function's {@code Architectures}, each fault at the item that makes the list
 * invalid: Lambda takes exactly one value, {@code x86_64} or {@code arm64}. SAM concatenates a Globals
 * list with the function's own, so {@code [arm64]} in Globals and {@code [x86_64]} on the function give
 * a list of two, whose second item is the function's. A {@code CommaDelimitedList} parameter gives its
 * Default as one string, split at commas here.
 */
final class ArchitectureList {
    static final Set<String> VALUES = Set.of("x86_64", "arm64");

    private ArchitectureList() {}

    /** Each place that makes the list invalid, with what is wrong there, in the order written. */
    static Map<String, List<String>> faults(TemplateModel template, FunctionView fn) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Value list : template.candidates(fn.architectures())) {
            if (list.isList()) {
                List<Value> items = list.items();
                List<String> written = new ArrayList<>();
                for (Value item : items) {
                    List<StringCandidate> values = template.strings(Optional.of(item));
                    written.add(values.isEmpty() ? "?" : values.get(0).value());
                    for (StringCandidate value : values) {
                        checkValues(value, out);
                    }
                }
                if (items.size() > 1) {
                    add(out, items.get(1).pointer(), String.format("has %d items %s, but Lambda takes exactly one%s",
                            items.size(), written, fromGlobals(template, fn) ? " (SAM adds the Globals list to the function's own)" : ""));
                }
            } else if (list.node().isTextual() && list.pointer().startsWith("/Parameters/")) {
                checkValues(new StringCandidate(list.node().asText(), list), out);
            }
        }
        return out;
    }

    private static void checkValues(StringCandidate value, Map<String, List<String>> out) {
        List<String> parts = new ArrayList<>();
        for (String part : value.value().split(",", -1)) {
            parts.add(part.trim());
        }
        if (parts.size() > 1) {
            add(out, value.pointer(), String.format("has %d values %s from a list parameter, but Lambda takes exactly one",
                    parts.size(), parts));
        }
        for (String part : parts) {
            if (!VALUES.contains(part)) {
                add(out, value.pointer(), String.format("has the value \"%s\", but Lambda takes x86_64 or arm64",
                        part.length() > 40 ? part.substring(0, 37) + "..." : part));
            }
        }
    }

    private static boolean fromGlobals(TemplateModel template, FunctionView fn) {
        return fn.isSam() && template.template().root().path("Globals").path("Function").path("Architectures").isArray();
    }

    private static void add(Map<String, List<String>> out, String pointer, String problem) {
        List<String> problems = out.computeIfAbsent(pointer, p -> new ArrayList<>());
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }
}
