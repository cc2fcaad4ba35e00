package dev.lambdalint.linter.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.Pointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the given parameter values into a template before it is modelled, as CloudFormation does at deploy
 * time: each {@code {"Ref": Name}} of a given parameter becomes the value, where the Ref is written, so that
 * a finding about it points at the property's line; the parameter's {@code Default} becomes the value and
 * its {@code AllowedValues} go, so that nothing else is judged for the run. What was replaced is remembered
 * by pointer, for the engine to say in the message which parameter a value came from.
 */
public final class DeployValues {
    /** The way from a property down to a branch of its Fn::If, at any depth. */
    private static final java.util.regex.Pattern IF_BRANCHES = java.util.regex.Pattern.compile("(/Fn::If/[12])+");

    /** The pointers of the replaced Refs, each to the name of its parameter. */
    private final Map<String, String> replaced;
    /** The given parameters this template declares. */
    private final Set<String> declared;

    private DeployValues(Map<String, String> replaced, Set<String> declared) {
        this.replaced = replaced;
        this.declared = declared;
    }

    public static final DeployValues NONE = new DeployValues(Map.of(), Set.of());

    /** The given parameters the template declares (and so takes). */
    public Set<String> declared() {
        return declared;
    }

    /** The parameter whose given value stands at {@code pointer}, or in the value at {@code pointer}. */
    public Optional<String> parameterAt(String pointer) {
        String found = replaced.get(pointer);
        if (found != null) {
            return Optional.of(found);
        }
        // A finding on a property whose Fn::If branch was a Ref: the branch is below the finding's pointer.
        for (Map.Entry<String, String> e : replaced.entrySet()) {
            if (e.getKey().startsWith(pointer + "/")
                    && IF_BRANCHES.matcher(e.getKey().substring(pointer.length())).matches()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Replaces, in {@code root} (a template tree no model has been made of yet), what {@code given} gives. */
    public static DeployValues apply(JsonNode root, GivenParameters given) {
        JsonNode parameters = root.path("Parameters");
        if (given.isEmpty() || !parameters.isObject()) {
            return NONE;
        }
        Map<String, JsonNode> values = new HashMap<>();
        for (Map.Entry<String, String> e : given.values().entrySet()) {
            JsonNode declared = parameters.get(e.getKey());
            if (declared instanceof ObjectNode parameter) {
                JsonNode value = Intrinsics.parameterValue(parameter, e.getValue());
                values.put(e.getKey(), value);
                parameter.set("Default", value.deepCopy());
                parameter.remove("AllowedValues");
            }
        }
        if (values.isEmpty()) {
            return NONE;
        }
        Set<String> declared = Set.copyOf(values.keySet());
        Map<String, String> replaced = new HashMap<>();
        // Iterative: templates may nest deeper than the stack likes. A node shared through a YAML alias
        // (or SAM Globals) is replaced under each parent, and walked once.
        Deque<Map.Entry<JsonNode, String>> work = new ArrayDeque<>();
        Set<JsonNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (String section : new String[] {"Resources", "Globals", "Outputs", "Conditions"}) {
            if (root.has(section)) {
                work.push(Map.entry(root.get(section), "/" + section));
            }
        }
        while (!work.isEmpty()) {
            Map.Entry<JsonNode, String> item = work.pop();
            JsonNode node = item.getKey();
            String pointer = item.getValue();
            if (node instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> member : object.properties()) {
                    String child = Pointers.child(pointer, member.getKey());
                    String name = refTo(member.getValue(), values);
                    if (name != null) {
                        member.setValue(values.get(name).deepCopy());
                        replaced.put(child, name);
                    } else if (member.getValue().isContainerNode() && seen.add(member.getValue())) {
                        work.push(Map.entry(member.getValue(), child));
                    }
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    String child = Pointers.child(pointer, i);
                    String name = refTo(array.get(i), values);
                    if (name != null) {
                        array.set(i, values.get(name).deepCopy());
                        replaced.put(child, name);
                    } else if (array.get(i).isContainerNode() && seen.add(array.get(i))) {
                        work.push(Map.entry(array.get(i), child));
                    }
                }
            }
        }
        return new DeployValues(Map.copyOf(replaced), declared);
    }

    /** The given parameter {@code node} is a Ref to, or null. */
    private static String refTo(JsonNode node, Map<String, JsonNode> values) {
        if (node instanceof ObjectNode object && object.size() == 1 && object.get("Ref") != null
                && object.get("Ref").isTextual() && values.containsKey(object.get("Ref").textValue())) {
            return object.get("Ref").textValue();
        }
        return null;
    }
}
