package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Recognises CloudFormation intrinsic functions and the logical ids they name. */
public final class Intrinsics {
    private Intrinsics() {}

    public static final String NO_VALUE = "AWS::NoValue";

    /** {@code {"Ref": ...}}, {@code {"Fn::X": ...}} or a condition reference {@code {"Condition": "Name"}}. */
    public static boolean isIntrinsic(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            return false;
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        String key = only.getKey();
        return key.equals("Ref")
                || key.startsWith("Fn::")
                || (key.equals("Condition") && only.getValue().isTextual());
    }

    /** The function name of an intrinsic ({@code Ref}, {@code Fn::If}, ...), or null. */
    public static String functionName(JsonNode node) {
        return isIntrinsic(node) ? node.fieldNames().next() : null;
    }

    /**
     * A parameter's value as a resource receives it through {@code Ref}: a list parameter
     * ({@code CommaDelimitedList}, {@code List<...>}), written as one text ({@code "subnet-a, subnet-b"}),
     * is the list of its comma-separated members, each trimmed of spaces; any other parameter the text.
     *
     * @param parameter the parameter's declaration (its {@code Type} is read)
     */
    public static JsonNode parameterValue(JsonNode parameter, String text) {
        String type = parameter.path("Type").asText("");
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (String member : text.split(",", -1)) {
                list.add(member.trim());
            }
            return list;
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    public static boolean isRefTo(JsonNode node, String target) {
        return "Ref".equals(functionName(node)) && target.equals(node.get("Ref").asText());
    }

    public static boolean isNoValue(JsonNode node) {
        return isRefTo(node, NO_VALUE);
    }

    /**
     * Calls {@code sink} with every logical id (or parameter name) that {@code node} names through
     * {@code Ref}, {@code Fn::GetAtt} or a {@code ${...}} variable of {@code Fn::Sub}, at any depth.
     * Pseudo parameters ({@code AWS::Region}) are left out; {@code Ref: Fn.Alias} (SAM) names {@code Fn}.
     */
    public static void forEachReference(JsonNode node, Consumer<String> sink) {
        forEachReference(node, sink, 0);
    }

    private static void forEachReference(JsonNode node, Consumer<String> sink, int depth) {
        if (node == null || depth > 200) {
            return;
        }
        if (node.isObject()) {
            String fn = functionName(node);
            if (fn != null) {
                JsonNode arg = node.get(fn);
                switch (fn) {
                    case "Ref" -> {
                        if (arg.isTextual()) {
                            emitId(arg.asText(), sink);
                        }
                        return;
                    }
                    case "Fn::GetAtt" -> {
                        if (arg.isArray() && arg.size() > 0 && arg.get(0).isTextual()) {
                            emitId(arg.get(0).asText(), sink);
                        } else if (arg.isTextual()) {
                            emitId(arg.asText(), sink);
                        }
                        return;
                    }
                    case "Fn::Sub" -> {
                        JsonNode text = arg.isArray() && arg.size() > 0 ? arg.get(0) : arg;
                        Set<String> local = arg.isArray() && arg.size() > 1 && arg.get(1).isObject()
                                ? fieldNames(arg.get(1))
                                : Set.of();
                        if (text.isTextual()) {
                            SubTemplate.variables(text.asText()).stream()
                                    .filter(v -> !local.contains(v))
                                    .forEach(v -> emitId(v, sink));
                        }
                        if (arg.isArray() && arg.size() > 1) {
                            forEachReference(arg.get(1), sink, depth + 1);
                        }
                        return;
                    }
                    default -> {
                        // other functions: their arguments may hold references
                    }
                }
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                forEachReference(it.next(), sink, depth + 1);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                forEachReference(child, sink, depth + 1);
            }
        }
    }

    private static void emitId(String name, Consumer<String> sink) {
        if (name.startsWith("AWS::")) {
            return;
        }
        int dot = name.indexOf('.');
        sink.accept(dot > 0 ? name.substring(0, dot) : name);
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new java.util.HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
