package dev.lambdalint.linter.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.text.DidYouMean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Checks a config file against the JSON Schema shipped in the jar. A class of its own so that the
 * schema library (Everit, org.json) and Jackson's ObjectMapper are loaded only when there is a config
 * file to check: {@link ConfigLoader#discover} runs on every check, and the JVM's verifier loads the
 * exception types a class catches when it links that class.
 */
final class ConfigSchema {
    private static final String SCHEMA_RESOURCE = "/lambdalint/config.schema.json";

    private ConfigSchema() {}

    static List<Problem> validate(JsonNode root, ParsedTree tree) {
        JSONObject document;
        try {
            document = new JSONObject(new JSONTokener(new ObjectMapper().writeValueAsString(root)));
        } catch (IOException | RuntimeException e) {
            return List.of(new Problem(new Position(1, 1),
                    "the config must be a mapping of rules, policy, input and ignore, such as \"rules: {LL301: off}\""));
        }
        List<Problem> problems = new ArrayList<>();
        try {
            schema().validate(document);
        } catch (ValidationException e) {
            collect(e, root, tree, problems);
        }
        return problems;
    }

    private static void collect(ValidationException e, JsonNode root, ParsedTree tree, List<Problem> out) {
        if (!e.getCausingExceptions().isEmpty()) {
            for (ValidationException cause : e.getCausingExceptions()) {
                collect(cause, root, tree, out);
            }
            return;
        }
        String pointer = e.getPointerToViolation().startsWith("#") ? e.getPointerToViolation().substring(1) : e.getPointerToViolation();
        String message;
        if ("additionalProperties".equals(e.getKeyword()) && e.getErrorMessage().startsWith("extraneous key [")) {
            String key = e.getErrorMessage().substring("extraneous key [".length(), e.getErrorMessage().indexOf(']'));
            pointer = pointer + "/" + key;
            TreeSet<String> known = e.getViolatedSchema() instanceof ObjectSchema object
                    ? new TreeSet<>(object.getPropertySchemas().keySet())
                    : new TreeSet<>();
            message = "unknown key" + (known.isEmpty() ? "" : "; expected one of: " + String.join(", ", known))
                    + DidYouMean.hint(key, known);
        } else {
            message = inWords(e, pointer, root.at(pointer));
        }
        out.add(new Problem(tree.sourceMap().find(tree.root(), pointer), keyPath(pointer) + ": " + message));
    }

    /** Everit's "expected type: Integer, found: String" as a person would say it. */
    private static String inWords(ValidationException e, String pointer, JsonNode value) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        String found = value.isMissingNode() ? "" : ", not " + (value.isTextual() ? "\"" + value.textValue() + "\"" : value.toString());
        if ("/ignore".equals(pointer)) {
            return "ignore must be a list of globs, such as ignore: [\"build/**\", \"**/node_modules/**\"]";
        }
        if ("/baseline".equals(pointer)) {
            return "baseline must be the path of a baseline file, relative to this config, such as baseline: lambdalint-baseline.json"
                    + found;
        }
        Schema violated = e.getViolatedSchema();
        Optional<EnumSchema> options = enumIn(schemaAt(pointer));
        if (options.isPresent()) {
            return key + " must be one of " + options.get().getPossibleValuesAsList().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + found;
        }
        if ("minimum".equals(e.getKeyword()) && violated instanceof NumberSchema number) {
            return key + " must be at least " + number.getMinimum() + found;
        }
        if ("maximum".equals(e.getKeyword()) && violated instanceof NumberSchema number) {
            return key + " must be at most " + number.getMaximum() + found;
        }
        if ("type".equals(e.getKeyword())) {
            String expected = violated instanceof NumberSchema number ? (number.requiresInteger() ? "a whole number" : "a number")
                    : violated instanceof BooleanSchema ? "true or false"
                    : violated instanceof ArraySchema ? "a list"
                    : violated instanceof ObjectSchema ? "a mapping"
                    : violated instanceof StringSchema ? "text"
                    : null;
            if (expected != null) {
                return (key.isEmpty() || key.chars().allMatch(Character::isDigit) ? "each entry" : key)
                        + " must be " + expected + found;
            }
        }
        return e.getErrorMessage();
    }

    /**
     * The schema of the value at {@code pointer}, found from the top: Everit names the mapping that holds
     * an enum as the schema violated, not the enum.
     */
    private static Schema schemaAt(String pointer) {
        Schema schema = schema();
        for (String segment : pointer.substring(1).split("/")) {
            if (schema instanceof ObjectSchema object) {
                Schema member = object.getPropertySchemas().get(segment);
                schema = member != null ? member : object.getSchemaOfAdditionalProperties();
            } else if (schema instanceof ArraySchema array) {
                schema = array.getAllItemSchema();
            }
            if (schema == null) {
                return null;
            }
        }
        return schema;
    }

    private static Optional<EnumSchema> enumIn(Schema schema) {
        if (schema instanceof EnumSchema options) {
            return Optional.of(options);
        }
        if (schema instanceof CombinedSchema combined) {
            return combined.getSubschemas().stream().map(ConfigSchema::enumIn).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    private static String keyPath(String pointer) {
        String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        return path.isEmpty() ? "(top level)" : path.replace('/', '.');
    }

    private static Schema schema() {
        return SchemaHolder.SCHEMA;
    }

    /** Loaded on first use only: runs without a config file never pay for the schema library. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = loadSchema();

        private static Schema loadSchema() {
            try (InputStream in = ConfigSchema.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("config schema missing from the jar: " + SCHEMA_RESOURCE);
                }
                return SchemaLoader.load(new JSONObject(new JSONTokener(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
