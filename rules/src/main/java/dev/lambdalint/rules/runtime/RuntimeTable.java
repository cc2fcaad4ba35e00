package dev.lambdalint.rules.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lambda runtime ids and their end-of-life dates, from a dated data file shipped in the jar
 * ({@code runtimes.json}). AWS keeps moving these dates, so they live in data with their own "as of"
 * date, never in code. An id the table does not know gets no deprecation finding.
 */
public final class RuntimeTable {
    private static final String RESOURCE = "/dev/lambdalint/rules/runtimes.json";

    private final LocalDate asOf;
    private final Map<String, RuntimeLifecycle> runtimes;

    public RuntimeTable(LocalDate asOf, Map<String, RuntimeLifecycle> runtimes) {
        this.asOf = asOf;
        this.runtimes = Map.copyOf(runtimes);
    }

    /** The table shipped in the jar. */
    public static RuntimeTable bundled() {
        return Bundled.TABLE;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Optional<RuntimeLifecycle> find(String runtimeId) {
        return Optional.ofNullable(runtimes.get(runtimeId));
    }

    public static RuntimeTable parse(JsonNode doc) {
        Map<String, RuntimeLifecycle> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("runtimes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            out.put(e.getKey(), new RuntimeLifecycle(e.getKey(), date(r, "deprecated"), date(r, "blockCreate"),
                    date(r, "blockUpdate"), text(r, "successor")));
        }
        return new RuntimeTable(LocalDate.parse(doc.path("asOf").asText()), out);
    }

    private static Optional<LocalDate> date(JsonNode node, String field) {
        return text(node, field).map(LocalDate::parse);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    /** Loaded on first use, so that runs that judge no runtime never read it. */
    private static final class Bundled {
        static final RuntimeTable TABLE = load();

        private static RuntimeTable load() {
            try (InputStream in = RuntimeTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("runtime table missing from the jar: " + RESOURCE);
                }
                return parse(JsonTrees.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
