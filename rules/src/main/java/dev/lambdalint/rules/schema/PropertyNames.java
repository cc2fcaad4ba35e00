package dev.lambdalint.rules.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.text.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The property names each schema'd resource type accepts, read from the vendored schemas, and the known
 * name a misspelt one most likely meant. LL004 reports the misspelling with that name; the model uses the
 * same answer ({@link #misspeltIn}) so that rules judging the meant property as "not set" stay silent on
 * that resource. A resource's own property names are read with the streaming parser (asked on every
 * template with a misspelling candidate); names further down ({@link #at}) need the schema's tree, read
 * only when a key is a few keystrokes from the name a rule asks for.
 */
public final class PropertyNames {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, Set<String>> BY_TYPE = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();
    /** How deep {@code $ref}s and forms are followed: the vendored schemas nest a handful of levels. */
    private static final int MAX_DEPTH = 32;

    private PropertyNames() {}

    /** The names {@code type} accepts; empty when lambdalint has no schema for it. */
    public static Set<String> of(String type) {
        if (!SchemaFiles.covers(type)) {
            return Set.of();
        }
        return BY_TYPE.computeIfAbsent(type, PropertyNames::read);
    }

    /** The name of {@code known} nearest to {@code key}, when it is near enough to be a slip. */
    public static Optional<String> nearest(String key, Set<String> known) {
        String lower = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : new TreeSet<>(known)) {
            int d = EditDistance.between(lower, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        // A slip is one or two keystrokes in a short name, up to three in a long one.
        int allowed = Math.max(1, Math.min(3, key.length() / 4));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * True when {@code mapping} (written at {@code path} inside the properties of a {@code type}
     * resource, e.g. {@code ["VpcConfig"]}, or {@code ["Events", "Orders", "Properties"]}) lacks
     * {@code name} only because it is written under a misspelt key: a key the schema does not accept
     * there whose nearest accepted name is {@code name} ({@code SecurityGroupIdz}). LL004 reports the
     * misspelling; a rule that would call {@code name} "not set" asks this and stays silent.
     */
    public static boolean misspeltIn(String type, List<String> path, JsonNode mapping, String name) {
        if (!mapping.isObject() || mapping.has(name) || !SchemaFiles.covers(type)) {
            return false;
        }
        List<String> close = new ArrayList<>();
        for (Iterator<String> keys = mapping.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            // Cheap first: only a key a few keystrokes from the name can be its misspelling.
            if (nearest(key, Set.of(name)).isPresent()) {
                close.add(key);
            }
        }
        if (close.isEmpty()) {
            return false;
        }
        Set<String> known = at(type, path);
        return close.stream().anyMatch(key -> !known.isEmpty() && !known.contains(key)
                && nearest(key, known).filter(name::equals).isPresent());
    }

    /**
     * The property names the schema of {@code type} accepts in the mapping at {@code path} (property
     * names from the resource's properties down; a name a mapping does not list goes to its
     * {@code additionalProperties}, as SAM's {@code Events} are keyed by the user's names). Where the
     * schema offers several forms ({@code anyOf}), the names of all of them. Empty when the path leads
     * nowhere the schema describes.
     */
    public static Set<String> at(String type, List<String> path) {
        if (path.isEmpty()) {
            return of(type);
        }
        if (!SchemaFiles.covers(type)) {
            return Set.of();
        }
        JsonNode root = TREES.computeIfAbsent(type, PropertyNames::readTree);
        Set<String> out = new TreeSet<>();
        collect(root, root, path, 0, out, 0);
        return Collections.unmodifiableSet(out);
    }

    private static void collect(JsonNode root, JsonNode schema, List<String> path, int index, Set<String> out, int depth) {
        if (depth > MAX_DEPTH || schema == null || !schema.isObject()) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
            collect(root, root.at(ref.asText().substring(1)), path, index, out, depth + 1);
        }
        for (String forms : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode list = schema.get(forms);
            if (list != null && list.isArray()) {
                for (JsonNode form : list) {
                    collect(root, form, path, index, out, depth + 1);
                }
            }
        }
        JsonNode properties = schema.get("properties");
        if (index == path.size()) {
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(out::add);
            }
            return;
        }
        String key = path.get(index);
        if (properties != null && properties.has(key)) {
            collect(root, properties.get(key), path, index + 1, out, depth + 1);
        } else if (schema.get("additionalProperties") != null && schema.get("additionalProperties").isObject()) {
            collect(root, schema.get("additionalProperties"), path, index + 1, out, depth + 1);
        }
    }

    private static JsonNode readTree(String type) {
        String resource = SchemaFiles.resource(type).orElseThrow();
        try (InputStream in = PropertyNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            return new ObjectMapper(JSON).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Set<String> read(String type) {
        String resource = SchemaFiles.resource(type).orElseThrow();
        try (InputStream in = PropertyNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            try (JsonParser parser = JSON.createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException(resource + " is not a JSON object");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("properties") && value == JsonToken.START_OBJECT) {
                        Set<String> names = new TreeSet<>();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            names.add(parser.currentName());
                            parser.nextToken();
                            parser.skipChildren();
                        }
                        return Collections.unmodifiableSet(names);
                    }
                    parser.skipChildren();
                }
            }
            throw new IllegalStateException(resource + " has no properties");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
