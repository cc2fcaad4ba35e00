package dev.lambdalint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.Pointers;
import java.util.List;
import java.util.Locale;

/**
 * One fault a schema finds in a resource's properties, in the schema library's terms turned into
 * lambdalint's: which kind of fault, where (a JSON pointer relative to {@code Properties}), and what the
 * schema expects. {@link #describe} says it in plain words.
 *
 * @param pointer where the offending value is; for {@link Kind#UNKNOWN_PROPERTY} the unknown property
 *     itself, for {@link Kind#MISSING_PROPERTY} the mapping that lacks it ({@code ""} for the properties)
 * @param name the unknown or missing property's name; empty for the other kinds
 * @param expected the accepted types ({@link Kind#TYPE}), values ({@link Kind#ENUM}) or forms
 *     ({@link Kind#NO_FORM}); for {@link Kind#UNKNOWN_PROPERTY} the nearest known name, when one is near
 * @param limit the bound of a range, length or item-count fault, the pattern of {@link Kind#PATTERN},
 *     the library's own words for {@link Kind#OTHER}; empty for the other kinds
 */
public record SchemaViolation(String pointer, Kind kind, String name, List<String> expected, String limit) {

    public enum Kind {
        UNKNOWN_PROPERTY, MISSING_PROPERTY, TYPE, ENUM, MINIMUM, MAXIMUM, MIN_LENGTH, MAX_LENGTH, PATTERN,
        MIN_ITEMS, MAX_ITEMS, UNIQUE_ITEMS, NO_FORM, OTHER
    }

    public SchemaViolation {
        expected = List.copyOf(expected);
    }

    /** The property path a person reads, {@code VpcConfig.SubnetIds[0]}, for a pointer inside Properties. */
    public static String path(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : Pointers.segments(pointer)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (isIndex(segment)) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(segment);
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    /**
     * What is wrong, in plain words, without the resource's name: {@code MemmorySize is not a property
     * of AWS::Lambda::Function; did you mean MemorySize?}.
     *
     * @param type the resource type, as the user wrote it
     * @param value the offending value (for {@link Kind#MISSING_PROPERTY} the mapping lacking the property)
     */
    public String describe(String type, JsonNode value) {
        String where = path(pointer);
        return switch (kind) {
            case UNKNOWN_PROPERTY -> {
                String owner = path(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))));
                String of = owner.isEmpty() ? type : owner + " (" + type + ")";
                yield name + " is not a property of " + of
                        + (expected.isEmpty() ? "" : "; did you mean " + expected.get(0) + "?");
            }
            case MISSING_PROPERTY -> (where.isEmpty() ? type : where) + " lacks " + name + ", which is required";
            case TYPE -> value != null && value.isNull()
                    ? where + " is empty (null), which CloudFormation does not accept in a template"
                    : where + " is " + kindOf(value) + ", where " + or(expected.stream().map(SchemaViolation::typeWords).toList())
                    + " is expected";
            case ENUM -> where + " is " + quoted(value) + ", not one of the accepted values: " + String.join(", ", expected);
            case MINIMUM -> where + " is " + scalar(value) + ", below the minimum of " + limit;
            case MAXIMUM -> where + " is " + scalar(value) + ", above the maximum of " + limit;
            case MIN_LENGTH -> where + " is " + length(value) + " long; at least " + limit + " are required";
            case MAX_LENGTH -> where + " is " + length(value) + " long; at most " + limit + " are accepted";
            case PATTERN -> where + " " + quoted(value) + " does not have the accepted form (the pattern " + limit + ")";
            case MIN_ITEMS -> where + " has " + items(value) + "; at least " + limit + " required";
            case MAX_ITEMS -> where + " has " + items(value) + "; at most " + limit + " accepted";
            case UNIQUE_ITEMS -> where + " lists the same item more than once; each may appear only once";
            case NO_FORM -> where + " is " + kindOf(value) + " of none of the accepted forms"
                    + (expected.isEmpty() ? "" : " (" + or(expected) + ")");
            case OTHER -> (where.isEmpty() ? type : where) + ": " + limit;
        };
    }

    private static String or(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "another value" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String typeWords(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "null" -> "nothing";
            default -> type;
        };
    }

    private static String kindOf(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "empty (null)";
        }
        if (value.isBoolean()) {
            return "true or false (" + value.asText() + ")";
        }
        if (value.isNumber()) {
            return "a number (" + value.asText() + ")";
        }
        return "text (" + quoted(value) + ")";
    }

    private static String scalar(JsonNode value) {
        return value == null ? "?" : value.asText();
    }

    private static String quoted(JsonNode value) {
        if (value == null || value.isContainerNode()) {
            return kindOf(value);
        }
        String text = value.asText();
        return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
    }

    private static String length(JsonNode value) {
        int n = value == null ? 0 : value.asText().length();
        return String.format(Locale.ROOT, "%d character%s", n, n == 1 ? "" : "s");
    }

    private static String items(JsonNode value) {
        int n = value == null ? 0 : value.size();
        return String.format(Locale.ROOT, "%d item%s", n, n == 1 ? "" : "s");
    }
}
