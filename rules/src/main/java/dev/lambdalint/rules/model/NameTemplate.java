package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A name as a template writes it, in one form whatever intrinsic builds it: literal text, with every
 * reference as {@code ${Id}}. {@code !Sub /aws/lambda/${Fn}}, {@code !Join ["", ["/aws/lambda/", !Ref Fn]]}
 * and {@code !Join ["/", ["/aws/lambda", !Ref Fn]]} all read {@code /aws/lambda/${Fn}}, so that two names
 * that will be equal once deployed can be compared without deploying.
 */
public final class NameTemplate {
    private static final int MAX_DEPTH = 16;

    private NameTemplate() {}

    /** The name {@code node} builds; empty when it uses anything but text, Ref, GetAtt, Sub and Join. */
    public static Optional<String> of(JsonNode node) {
        return Optional.ofNullable(build(node, 0));
    }

    private static String build(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isTextual() || node.isNumber()) {
            return node.asText();
        }
        String fn = Intrinsics.functionName(node);
        if (fn == null) {
            return null;
        }
        JsonNode arg = node.get(fn);
        switch (fn) {
            case "Ref" -> {
                return arg.isTextual() ? "${" + arg.asText() + "}" : null;
            }
            case "Fn::GetAtt" -> {
                if (arg.isTextual()) {
                    return "${" + arg.asText() + "}";
                }
                if (arg.isArray() && arg.size() == 2 && arg.get(0).isTextual() && arg.get(1).isTextual()) {
                    return "${" + arg.get(0).asText() + "." + arg.get(1).asText() + "}";
                }
                return null;
            }
            case "Fn::Sub" -> {
                return sub(arg, depth);
            }
            case "Fn::Join" -> {
                if (!arg.isArray() || arg.size() != 2 || !arg.get(0).isTextual() || !arg.get(1).isArray()) {
                    return null;
                }
                StringBuilder sb = new StringBuilder();
                String separator = arg.get(0).asText();
                for (int i = 0; i < arg.get(1).size(); i++) {
                    String part = build(arg.get(1).get(i), depth + 1);
                    if (part == null) {
                        return null;
                    }
                    sb.append(i > 0 ? separator : "").append(part);
                }
                return sb.toString();
            }
            default -> {
                return null;
            }
        }
    }

    private static String sub(JsonNode arg, int depth) {
        JsonNode text = arg.isArray() && arg.size() > 0 ? arg.get(0) : arg;
        if (!text.isTextual()) {
            return null;
        }
        Map<String, String> local = new HashMap<>();
        if (arg.isArray() && arg.size() > 1 && arg.get(1).isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = arg.get(1).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String value = build(e.getValue(), depth + 1);
                if (value == null) {
                    return null;
                }
                local.put(e.getKey(), value);
            }
        }
        String s = text.asText();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int start;
        while ((start = s.indexOf("${", i)) >= 0) {
            int end = s.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            sb.append(s, i, start);
            String name = s.substring(start + 2, end).trim();
            if (name.startsWith("!")) {
                // ${!Literal} is the escape for the text ${Literal}
                sb.append("${").append(name.substring(1)).append('}');
            } else if (local.containsKey(name)) {
                sb.append(local.get(name));
            } else {
                sb.append("${").append(name).append('}');
            }
            i = end + 1;
        }
        sb.append(s.substring(i));
        return sb.toString();
    }
}
