package dev.lambdalint.rules.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lambdalint.rules.text.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The property names each schema'd resource type accepts, read from the vendored schemas (only the
 * top-level {@code properties} keys, with the streaming parser: the model asks this on every template
 * with a misspelling candidate, and a whole schema tree is the validator's business), and the known name
 * a misspelt one most likely meant. LL004 reports the misspelling with that name; the model uses the
 * same answer so that rules judging the meant property as "not set" stay silent on that resource.
 */
public final class PropertyNames {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, Set<String>> BY_TYPE = new ConcurrentHashMap<>();

    private PropertyNames() {}

    /** The names {@code type} accepts; empty when lambdalint has no schema for it. */
    public static Set<String> of(String type) {
        if (!SchemaFiles.covers(type)) {
            return Set.of();
        }
        return BY_TYPE.computeIfAbsent(type, PropertyNames::read);
    }

    /**
     * The known property {@code key} was most likely meant to be, when {@code key} is not one of
     * {@code type}'s properties but is close to one: the same letters in another case, or a few typing
     * slips away ({@code MemmorySize}, {@code ReservedConcurrentExecution}). Empty for a known name, an
     * unknown type, or a name close to none.
     */
    public static Optional<String> misspelling(String type, String key) {
        Set<String> known = of(type);
        if (known.isEmpty() || known.contains(key)) {
            return Optional.empty();
        }
        return nearest(key, known);
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
