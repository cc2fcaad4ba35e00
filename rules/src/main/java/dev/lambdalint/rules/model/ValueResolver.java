package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a value into the concrete values it can take at deploy time, each with the pointer where it
 * is written: a {@code Ref} to a parameter gives its {@code Default} and each of its {@code AllowedValues};
 * {@code Fn::If} gives each branch; {@code Fn::FindInMap} with knowable keys gives the mapping's value.
 * Anything else that cannot be known statically gives nothing, so rules stay silent on it.
 *
 * <p>Each candidate also carries the conditions under which the property takes it: the {@code Fn::If}
 * branches on the way to it (those above the value in the template, and those the resolution passed
 * through) and the {@code Condition} of the resource it belongs to. Two properties set by the same
 * condition ({@code !If [IsProd, 200, 10]} and {@code !If [IsProd, 150, !Ref AWS::NoValue]}) are then
 * compared branch by branch, not production's one with development's other.
 */
final class ValueResolver {
    private static final int MAX_DEPTH = 16;

    /** One value a property can take, and the conditions (name to truth) under which it does; null when not tracked. */
    record Conditional(Value value, Map<String, Boolean> when) {}

    private final JsonNode root;
    private final Value parameters;
    private final Value mappings;

    ValueResolver(Value root) {
        this.root = root.node();
        this.parameters = root.get("Parameters").orElse(new Value(missing(), "/Parameters"));
        this.mappings = root.get("Mappings").orElse(new Value(missing(), "/Mappings"));
    }

    List<Value> candidates(Value value) {
        // Most rules need the values only: no conditions tracked (null), no walk from the root.
        List<Conditional> found = new ArrayList<>(2);
        expand(value, null, found, 0);
        List<Value> out = new ArrayList<>(found.size());
        for (Conditional c : found) {
            out.add(c.value());
        }
        return out;
    }

    List<Conditional> conditionalCandidates(Value value) {
        List<Conditional> out = new ArrayList<>(2);
        expand(value, conditionsAbove(value.pointer()), out, 0);
        return out;
    }

    /**
     * The conditions that hold wherever {@code pointer} is: the resource's {@code Condition}, and for each
     * {@code Fn::If} the pointer goes through, its condition true in the first branch, false in the second.
     */
    Map<String, Boolean> conditionsAbove(String pointer) {
        List<String> segments = Pointers.segments(pointer);
        Map<String, Boolean> when = Map.of();
        if (segments.size() >= 2 && segments.get(0).equals("Resources")) {
            JsonNode condition = root.path("Resources").path(segments.get(1)).path("Condition");
            if (condition.isTextual()) {
                when = with(when, condition.asText(), true);
            }
        }
        JsonNode node = root;
        for (int i = 0; i < segments.size() && node != null; i++) {
            String segment = segments.get(i);
            if (segment.equals("Fn::If") && i + 1 < segments.size()) {
                JsonNode arg = node.get("Fn::If");
                String branch = segments.get(i + 1);
                if (arg != null && arg.isArray() && arg.size() == 3 && arg.get(0).isTextual()
                        && (branch.equals("1") || branch.equals("2"))) {
                    when = with(when, arg.get(0).asText(), branch.equals("1"));
                }
            }
            node = node.isArray() ? arrayItem(node, segment) : node.get(segment);
        }
        return when;
    }

    private static JsonNode arrayItem(JsonNode array, String segment) {
        try {
            return array.get(Integer.parseInt(segment));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code when} and the condition; null (conditions not tracked) stays null. */
    private static Map<String, Boolean> with(Map<String, Boolean> when, String condition, boolean value) {
        if (when == null) {
            return null;
        }
        Map<String, Boolean> out = new HashMap<>(when);
        out.put(condition, value);
        return Map.copyOf(out);
    }

    /** The places where {@code value} is {@code AWS::NoValue}: itself, or Fn::If branches at any depth. */
    List<Value> noValueBranches(Value value) {
        List<Value> out = new ArrayList<>(1);
        noValues(value, out, 0);
        return out;
    }

    private void noValues(Value value, List<Value> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (Intrinsics.isNoValue(value.node())) {
            out.add(value);
            return;
        }
        if ("Fn::If".equals(Intrinsics.functionName(value.node()))) {
            JsonNode arg = value.node().get("Fn::If");
            String argPointer = Pointers.child(value.pointer(), "Fn::If");
            if (arg.isArray() && arg.size() == 3) {
                noValues(new Value(arg.get(1), Pointers.child(argPointer, 1)), out, depth + 1);
                noValues(new Value(arg.get(2), Pointers.child(argPointer, 2)), out, depth + 1);
            }
        }
    }

    private void expand(Value value, Map<String, Boolean> when, List<Conditional> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String fn = Intrinsics.functionName(value.node());
        if (fn == null) {
            out.add(new Conditional(value, when));
            return;
        }
        JsonNode arg = value.node().get(fn);
        String argPointer = Pointers.child(value.pointer(), fn);
        switch (fn) {
            case "Ref" -> {
                if (arg.isTextual()) {
                    parameterValues(arg.asText(), when, out);
                }
            }
            case "Fn::If" -> {
                if (arg.isArray() && arg.size() == 3) {
                    Map<String, Boolean> whenTrue = when;
                    Map<String, Boolean> whenFalse = when;
                    if (arg.get(0).isTextual()) {
                        String condition = arg.get(0).asText();
                        whenTrue = with(when, condition, true);
                        whenFalse = with(when, condition, false);
                    }
                    expand(new Value(arg.get(1), Pointers.child(argPointer, 1)), whenTrue, out, depth + 1);
                    expand(new Value(arg.get(2), Pointers.child(argPointer, 2)), whenFalse, out, depth + 1);
                }
            }
            case "Fn::FindInMap" -> findInMap(arg, argPointer, when, out, depth);
            default -> {
                // Sub, Join, GetAtt, ImportValue, ...: not knowable without deploying
            }
        }
    }

    private void parameterValues(String name, Map<String, Boolean> when, List<Conditional> out) {
        Optional<Value> parameter = parameters.get(name);
        if (parameter.isEmpty() || isSsmParameterType(parameter.get())) {
            return;
        }
        Optional<Value> defaultValue = parameter.get().get("Default").filter(v -> !v.node().isNull());
        defaultValue.ifPresent(v -> out.add(new Conditional(v, when)));
        parameter.get().get("AllowedValues").ifPresent(allowed -> {
            for (Value item : allowed.items()) {
                boolean sameAsDefault = defaultValue.isPresent()
                        && defaultValue.get().node().asText().equals(item.node().asText());
                if (!sameAsDefault) {
                    out.add(new Conditional(item, when));
                }
            }
        });
    }

    /**
     * A parameter of type {@code AWS::SSM::Parameter::Value<...>} holds the name of a Systems Manager
     * parameter: its {@code Default} ({@code /platform/lambda/memory}) is where the value is read from at
     * deploy time, not the value, so it says nothing about what the property will be.
     */
    private static boolean isSsmParameterType(Value parameter) {
        return parameter.get("Type").flatMap(Value::text)
                .filter(type -> type.trim().startsWith("AWS::SSM::Parameter::Value<"))
                .isPresent();
    }

    private void findInMap(JsonNode arg, String argPointer, Map<String, Boolean> when, List<Conditional> out, int depth) {
        if (!arg.isArray() || arg.size() < 3) {
            return;
        }
        List<String> mapNames = keys(new Value(arg.get(0), Pointers.child(argPointer, 0)), depth);
        List<String> topKeys = keys(new Value(arg.get(1), Pointers.child(argPointer, 1)), depth);
        List<String> secondKeys = keys(new Value(arg.get(2), Pointers.child(argPointer, 2)), depth);
        for (String mapName : mapNames) {
            for (String top : topKeys) {
                for (String second : secondKeys) {
                    mappings.get(mapName).flatMap(m -> m.get(top)).flatMap(m -> m.get(second))
                            .ifPresent(v -> expand(v, when, out, depth + 1));
                }
            }
        }
    }

    private List<String> keys(Value key, int depth) {
        List<Conditional> values = new ArrayList<>();
        expand(key, Map.of(), values, depth + 1);
        List<String> out = new ArrayList<>();
        for (Conditional c : values) {
            c.value().text().ifPresent(out::add);
        }
        return out;
    }

    private static JsonNode missing() {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
