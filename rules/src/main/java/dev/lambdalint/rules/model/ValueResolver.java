package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a value into the concrete values it can take at deploy time, each with the pointer where it
 * is written: a {@code Ref} to a parameter gives its {@code Default} and each of its {@code AllowedValues};
 * {@code Fn::If} gives each branch; {@code Fn::FindInMap} with knowable keys gives the mapping's value.
 * Anything else that cannot be known statically gives nothing, so rules stay silent on it.
 */
final class ValueResolver {
    private static final int MAX_DEPTH = 16;

    private final Value parameters;
    private final Value mappings;

    ValueResolver(Value root) {
        this.parameters = root.get("Parameters").orElse(new Value(missing(), "/Parameters"));
        this.mappings = root.get("Mappings").orElse(new Value(missing(), "/Mappings"));
    }

    List<Value> candidates(Value value) {
        List<Value> out = new ArrayList<>(2);
        expand(value, out, 0);
        return out;
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

    private void expand(Value value, List<Value> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String fn = Intrinsics.functionName(value.node());
        if (fn == null) {
            out.add(value);
            return;
        }
        JsonNode arg = value.node().get(fn);
        String argPointer = Pointers.child(value.pointer(), fn);
        switch (fn) {
            case "Ref" -> {
                if (arg.isTextual()) {
                    parameterValues(arg.asText(), out);
                }
            }
            case "Fn::If" -> {
                if (arg.isArray() && arg.size() == 3) {
                    expand(new Value(arg.get(1), Pointers.child(argPointer, 1)), out, depth + 1);
                    expand(new Value(arg.get(2), Pointers.child(argPointer, 2)), out, depth + 1);
                }
            }
            case "Fn::FindInMap" -> findInMap(arg, argPointer, out, depth);
            default -> {
                // Sub, Join, GetAtt, ImportValue, ...: not knowable without deploying
            }
        }
    }

    private void parameterValues(String name, List<Value> out) {
        Optional<Value> parameter = parameters.get(name);
        if (parameter.isEmpty() || isSsmParameterType(parameter.get())) {
            return;
        }
        Optional<Value> defaultValue = parameter.get().get("Default").filter(v -> !v.node().isNull());
        defaultValue.ifPresent(out::add);
        parameter.get().get("AllowedValues").ifPresent(allowed -> {
            for (Value item : allowed.items()) {
                boolean sameAsDefault = defaultValue.isPresent()
                        && defaultValue.get().node().asText().equals(item.node().asText());
                if (!sameAsDefault) {
                    out.add(item);
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

    private void findInMap(JsonNode arg, String argPointer, List<Value> out, int depth) {
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
                            .ifPresent(v -> expand(v, out, depth + 1));
                }
            }
        }
    }

    private List<String> keys(Value key, int depth) {
        List<Value> values = new ArrayList<>();
        expand(key, values, depth + 1);
        List<String> out = new ArrayList<>();
        for (Value v : values) {
            v.text().ifPresent(out::add);
        }
        return out;
    }

    private static JsonNode missing() {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
