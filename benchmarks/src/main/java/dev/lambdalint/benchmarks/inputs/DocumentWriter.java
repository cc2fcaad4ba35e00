package dev.lambdalint.benchmarks.inputs;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the generator's plain-data documents (maps in insertion order, lists, strings, numbers,
 * booleans, {@link Tag}s) as YAML with short-form tags, the way people write SAM templates, or as JSON
 * in long form, the way {@code cdk synth} writes them. Hand-written rather than a YAML library, because
 * no library writes CloudFormation's short-form tags.
 */
public final class DocumentWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./:*@-]*");
    private static final List<String> YAML_WORDS = List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private DocumentWriter() {}

    public static String yaml(Map<String, ?> document) {
        StringBuilder out = new StringBuilder(64 * 1024);
        blockMap(document, 0, out);
        return out.toString();
    }

    public static String json(Object document) {
        StringBuilder out = new StringBuilder(64 * 1024);
        json(document, 0, out);
        out.append('\n');
        return out.toString();
    }

    // ---- YAML -------------------------------------------------------------------------------------

    private static void blockMap(Map<String, ?> map, int indent, StringBuilder out) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            pad(indent, out);
            out.append(key(e.getKey())).append(':');
            blockValue(e.getValue(), indent, out);
        }
    }

    /** The value after "key:" or "-": inline when it fits on the line, else a nested block. */
    private static void blockValue(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            blockMap(cast(map), indent + 2, out);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            blockList(list, indent + 2, out);
        } else {
            out.append(' ');
            flow(value, out);
            out.append('\n');
        }
    }

    private static void blockList(List<?> list, int indent, StringBuilder out) {
        for (Object item : list) {
            pad(indent, out);
            out.append('-');
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                // "- Key: value" with the other keys aligned below the first
                boolean first = true;
                for (Map.Entry<String, ?> e : cast(map).entrySet()) {
                    if (first) {
                        out.append(' ');
                        first = false;
                    } else {
                        pad(indent + 2, out);
                    }
                    out.append(key(e.getKey())).append(':');
                    blockValue(e.getValue(), indent + 2, out);
                }
            } else {
                blockValue(item, indent, out);
            }
        }
    }

    private static void flow(Object value, StringBuilder out) {
        if (value instanceof Tag tag) {
            out.append('!').append(tag.name()).append(' ');
            flow(tag.value(), out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, ?> e : cast(map).entrySet()) {
                out.append(first ? "" : ", ").append(key(e.getKey())).append(": ");
                flow(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                flow(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append(scalar(s));
        } else {
            out.append(value);
        }
    }

    private static String key(String key) {
        return scalar(key);
    }

    private static String scalar(String s) {
        boolean plain = PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(java.util.Locale.ROOT));
        return plain ? s : "'" + s.replace("'", "''") + "'";
    }

    private static void pad(int indent, StringBuilder out) {
        out.append(" ".repeat(indent));
    }

    // ---- JSON -------------------------------------------------------------------------------------

    private static void json(Object value, int indent, StringBuilder out) {
        if (value instanceof Tag tag) {
            json(longForm(tag), indent, out);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            boolean first = true;
            for (Map.Entry<String, ?> e : cast(map).entrySet()) {
                out.append(first ? "" : ",\n");
                pad(indent + 1, out);
                string(e.getKey(), out);
                out.append(": ");
                json(e.getValue(), indent + 1, out);
                first = false;
            }
            out.append('\n');
            pad(indent, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",\n");
                pad(indent + 1, out);
                json(list.get(i), indent + 1, out);
            }
            out.append('\n');
            pad(indent, out);
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            out.append(value);
        }
    }

    /** The JSON form CloudFormation documents: {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}}. */
    static Map<String, Object> longForm(Tag tag) {
        return switch (tag.name()) {
            case "Ref", "Condition" -> Map.of(tag.name(), tag.value());
            case "GetAtt" -> {
                String text = (String) tag.value();
                int dot = text.indexOf('.');
                yield Map.of("Fn::GetAtt", List.of(text.substring(0, dot), text.substring(dot + 1)));
            }
            default -> Map.of("Fn::" + tag.name(), tag.value());
        };
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
