package dev.lambdalint.linter.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.text.DidYouMean;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.model.Pointers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entries under {@code rules:} in the shape the schema checks, from the shorthands people type first:
 * {@code LL301: off} (or {@code false}, which is what YAML 1.1 makes of an unquoted {@code off}),
 * {@code LL301: on}, {@code LL301: error}, and severities in any case ({@code Error}), as {@code --fail-on}
 * takes them. What is neither a shorthand nor a mapping gets a message that shows what to write.
 */
final class RuleEntries {
    private static final Set<String> OFF = Set.of("off", "false", "no", "disabled");
    private static final Set<String> ON = Set.of("on", "true", "yes", "enabled");

    private RuleEntries() {}

    /** {@code root} with its rules in long form; what cannot be read goes to {@code problems}. */
    static JsonNode expand(JsonNode root, ParsedTree tree, List<Problem> problems) {
        if (!(root instanceof ObjectNode object) || !(root.get("rules") instanceof ObjectNode rules)) {
            return root;
        }
        ObjectNode expanded = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : rules.properties()) {
            String key = e.getKey();
            String pointer = Pointers.child("/rules", key);
            if (Catalog.find(key).isEmpty()) {
                problems.add(new Problem(tree.sourceMap().find(tree.root(), pointer),
                        "rules." + key + ": unknown rule" + DidYouMean.ruleHint(key) + " (`lambdalint rules` lists them)"));
                continue;
            }
            JsonNode setting = longForm(e.getValue());
            if (setting == null) {
                problems.add(new Problem(tree.sourceMap().find(tree.root(), pointer), String.format(
                        "rules.%1$s: write \"%1$s: {severity: error}\", \"%1$s: warning\" or \"%1$s: off\"", key)));
                continue;
            }
            expanded.set(key, setting);
        }
        ObjectNode copy = object.deepCopy();
        copy.set("rules", expanded);
        return copy;
    }

    /** The mapping a setting stands for, or null when it is none of the forms above. */
    private static JsonNode longForm(JsonNode value) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (value.isBoolean()) {
            return out.put("enabled", value.booleanValue());
        }
        if (value.isTextual()) {
            String word = value.textValue().trim().toLowerCase(Locale.ROOT);
            if (OFF.contains(word) || ON.contains(word)) {
                return out.put("enabled", ON.contains(word));
            }
            // A severity given alone turns on a rule that is off by default (LL404: warning).
            return Severity.fromLabel(word)
                    .map(s -> (JsonNode) out.put("severity", s.label()).put("enabled", true))
                    .orElse(null);
        }
        if (!(value instanceof ObjectNode mapping)) {
            return null;
        }
        ObjectNode copy = mapping.deepCopy();
        JsonNode severity = copy.get("severity");
        if (severity != null && (severity.isBoolean() && !severity.booleanValue()
                || severity.isTextual() && OFF.contains(severity.textValue().trim().toLowerCase(Locale.ROOT)))) {
            // "severity: off" is said often enough to mean what it says.
            copy.remove("severity");
            copy.put("enabled", false);
        } else if (severity != null && severity.isTextual()) {
            copy.put("severity", severity.textValue().trim().toLowerCase(Locale.ROOT));
        }
        return copy;
    }
}
