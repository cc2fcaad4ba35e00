package dev.lambdalint.linter.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.linter.load.ParsedTree;
import dev.lambdalint.linter.load.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
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

    static List<String> validate(JsonNode root, ParsedTree tree, String name) {
        JSONObject document;
        try {
            document = new JSONObject(new JSONTokener(new ObjectMapper().writeValueAsString(root)));
        } catch (IOException | RuntimeException e) {
            return List.of(name + ":1:1: the config must be a mapping (rules, policy, input, ignore)");
        }
        List<Problem> problems = new ArrayList<>();
        try {
            schema().validate(document);
        } catch (ValidationException e) {
            collect(e, tree, problems);
        }
        return problems.stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()))
                .map(p -> String.format("%s:%d:%d: %s", name, p.at().line(), p.at().column(), p.text()))
                .toList();
    }

    private record Problem(Position at, String text) {}

    private static void collect(ValidationException e, ParsedTree tree, List<Problem> out) {
        if (!e.getCausingExceptions().isEmpty()) {
            for (ValidationException cause : e.getCausingExceptions()) {
                collect(cause, tree, out);
            }
            return;
        }
        String pointer = e.getPointerToViolation().startsWith("#") ? e.getPointerToViolation().substring(1) : e.getPointerToViolation();
        String message = e.getErrorMessage();
        if ("additionalProperties".equals(e.getKeyword()) && message.startsWith("extraneous key [")) {
            String key = message.substring("extraneous key [".length(), message.indexOf(']'));
            pointer = pointer + "/" + key;
            String known = e.getViolatedSchema() instanceof ObjectSchema object
                    ? String.join(", ", new TreeSet<>(object.getPropertySchemas().keySet()))
                    : "";
            message = "unknown key" + (known.isEmpty() ? "" : "; expected one of: " + known);
        }
        Position at = tree.sourceMap().find(tree.root(), pointer);
        out.add(new Problem(at, keyPath(pointer) + ": " + message));
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
