package dev.lambdalint.rules.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.json.JsonTrees;
import dev.lambdalint.rules.text.EditDistance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Lambda runtime ids and their end-of-life dates, from a dated data file shipped in the jar
 * ({@code runtimes.json}). AWS keeps moving these dates, so they live in data with their own "as of"
 * date, never in code. The file is built from its public source by {@code rules/src/runtime-data/refresh}.
 * An id the table does not know gets no deprecation finding (LL613 reports it instead).
 */
public final class RuntimeTable {
    private static final String RESOURCE = "/dev/lambdalint/rules/runtimes.json";

    private static final int MAX_COMPARED = 64;

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

    /**
     * The as-of date of the table shipped in the jar, read from the head of the file without parsing the
     * runtimes: {@code lambdalint --version} prints it, and parsing the whole table for it was about a
     * tenth of that command's time. The same date as {@code bundled().asOf()} (tested).
     */
    public static LocalDate bundledAsOf() {
        try (InputStream in = open()) {
            return asOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table's as-of date. The refresh script writes it as the first member, so a look at the head of
     * the file finds it without a JSON parser (whose set-up alone costs a cold JVM more than the rest of
     * {@code --version}); any other layout is read with the parser.
     */
    static LocalDate asOf(InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEAD);
        LocalDate quick = leadingAsOf(new String(head, StandardCharsets.UTF_8));
        if (quick != null) {
            return quick;
        }
        String asOf = JsonTrees.topLevelText(new SequenceInputStream(new ByteArrayInputStream(head), in), "asOf");
        if (asOf == null) {
            throw new IllegalStateException("runtime table without an asOf date: " + RESOURCE);
        }
        return LocalDate.parse(asOf);
    }

    private static final int HEAD = 64;

    /** The date when the text starts {@code {"asOf": "yyyy-mm-dd"} (any white space between), else null. */
    static LocalDate leadingAsOf(String text) {
        int[] at = {0};
        if (!expect(text, at, "{") || !expect(text, at, "\"asOf\"") || !expect(text, at, ":") || !expect(text, at, "\"")) {
            return null;
        }
        int start = at[0];
        if (text.length() < start + 11 || text.charAt(start + 10) != '"') {
            return null;
        }
        String date = text.substring(start, start + 10);
        for (int i = 0; i < date.length(); i++) {
            char c = date.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return null;
            }
        }
        // after the first member comes a comma or the end of the object
        at[0] = start + 11;
        if (!expect(text, at, ",") && !expect(text, at, "}")) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)),
                Integer.parseInt(date.substring(8, 10)));
    }

    /** Skips JSON white space, then {@code token}; moves past it when it is there. */
    private static boolean expect(String text, int[] at, String token) {
        int i = at[0];
        while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (!text.startsWith(token, i)) {
            return false;
        }
        at[0] = i + token.length();
        return true;
    }

    private static InputStream open() {
        InputStream in = RuntimeTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("runtime table missing from the jar: " + RESOURCE);
        }
        return in;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Optional<RuntimeLifecycle> find(String runtimeId) {
        return Optional.ofNullable(runtimes.get(runtimeId));
    }

    /**
     * Up to {@code limit} ids among those {@code eligible} closest to {@code id}: fewest single-character
     * edits, then the longest common start ({@code nodejs22} is nearer {@code nodejs22.x} than
     * {@code nodejs}), then alphabetical. What a person most likely meant by an id the table does not know.
     */
    public List<String> nearest(String id, int limit, Predicate<RuntimeLifecycle> eligible) {
        return nearest(id, limit, Integer.MAX_VALUE, eligible);
    }

    /**
     * As {@link #nearest(String, int, Predicate)}, but only ids at most {@code maxEdits} single-character
     * edits away: none for a text that is no runtime id at all (a placeholder a script fills in).
     */
    public List<String> nearest(String id, int limit, int maxEdits, Predicate<RuntimeLifecycle> eligible) {
        // Known ids are at most 20 characters: a longer text is compared by its start, so that a
        // megabyte-long value costs no more than a plausible one.
        String probe = id.length() > MAX_COMPARED ? id.substring(0, MAX_COMPARED) : id;
        Map<String, Integer> distances = new TreeMap<>();
        runtimes.values().stream().filter(eligible).forEach(r -> distances.put(r.id(), EditDistance.between(probe, r.id())));
        distances.values().removeIf(d -> d > maxEdits);
        return distances.keySet().stream()
                .sorted(Comparator.comparingInt((String known) -> distances.get(known))
                        .thenComparing(known -> -commonStart(probe, known))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** {@link #nearest(String, int, Predicate)} among all ids. */
    public List<String> nearest(String id, int limit) {
        return nearest(id, limit, r -> true);
    }

    private static int commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    public static RuntimeTable parse(JsonNode doc) {
        Map<String, RuntimeLifecycle> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("runtimes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            out.put(e.getKey(), new RuntimeLifecycle(e.getKey(), date(r, "deprecated"), date(r, "blockCreate"),
                    date(r, "blockUpdate"), text(r, "successor"), r.path("preview").asBoolean(false),
                    r.path("arm64").asBoolean(true)));
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
            try (InputStream in = open()) {
                return parse(JsonTrees.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
