package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A node of the template together with the JSON pointer where it is written. Navigation never fails:
 * asking an array for a field, or a string for its items, gives nothing, so rules stay safe on any shape.
 */
public record Value(JsonNode node, String pointer) {

    public Optional<Value> get(String field) {
        if (!node.isObject() || Intrinsics.isIntrinsic(node)) {
            return Optional.empty();
        }
        JsonNode child = node.get(field);
        return child == null ? Optional.empty() : Optional.of(new Value(child, Pointers.child(pointer, field)));
    }

    /** Items of a literal list; nothing for anything else (including an intrinsic that yields a list). */
    public List<Value> items() {
        if (!node.isArray()) {
            return List.of();
        }
        List<Value> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new Value(node.get(i), Pointers.child(pointer, i)));
        }
        return out;
    }

    /** Members of a literal mapping in document order; nothing for anything else. */
    public List<Map.Entry<String, Value>> fields() {
        if (!node.isObject() || Intrinsics.isIntrinsic(node)) {
            return List.of();
        }
        List<Map.Entry<String, Value>> out = new ArrayList<>(node.size());
        node.fields().forEachRemaining(e ->
                out.add(Map.entry(e.getKey(), new Value(e.getValue(), Pointers.child(pointer, e.getKey())))));
        return out;
    }

    public boolean isIntrinsic() {
        return Intrinsics.isIntrinsic(node);
    }

    public boolean isMapping() {
        return node.isObject() && !isIntrinsic();
    }

    public boolean isList() {
        return node.isArray();
    }

    /** The text of a string, number or boolean scalar. */
    public Optional<String> text() {
        return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }

    /**
     * The whole number this scalar means, as CloudFormation reads it: {@code 512}, {@code "512"} and
     * {@code 512.0} all are 512. Empty for anything else, including fractions and non-numbers.
     */
    public OptionalLong integer() {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return OptionalLong.of(node.longValue());
        }
        if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return OptionalLong.of((long) d);
            }
            return OptionalLong.empty();
        }
        if (node.isTextual()) {
            String s = node.asText().trim();
            if (!s.isEmpty() && s.length() <= 18 && isWholeNumber(s)) {
                return OptionalLong.of(Long.parseLong(s));
            }
        }
        return OptionalLong.empty();
    }

    /** {@code [+-]?[0-9]+}, without compiling a regular expression for every value a rule reads. */
    private static boolean isWholeNumber(String s) {
        int start = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
