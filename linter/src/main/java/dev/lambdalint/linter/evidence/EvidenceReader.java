package dev.lambdalint.linter.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads evidence files in one streaming pass each: the format is told from the first bytes, gzip is
 * opened whatever the file's name, and only Lambda's own records are kept, as counts and histograms.
 */
public final class EvidenceReader {
    private static final int PEEK = 16 * 1024;

    private final Path base;
    private final Tally tally = new Tally();
    private final Set<String> explicit = new LinkedHashSet<>();
    private final List<EvidenceFile> files = new ArrayList<>();
    private final List<EvidenceError> errors = new ArrayList<>();

    private EvidenceReader(Path base) {
        this.base = base;
    }

    /** Reads every input, relative paths from the process's working directory; standard input for {@code -}. */
    public static EvidenceSet read(List<EvidenceInput> inputs, InputStream stdin) {
        return read(inputs, stdin, Path.of(""));
    }

    /** Reads every input, relative paths from {@code base}, and names files as given (relative to {@code base}). */
    public static EvidenceSet read(List<EvidenceInput> inputs, InputStream stdin, Path base) {
        EvidenceReader reader = new EvidenceReader(base);
        for (EvidenceInput input : inputs) {
            reader.input(input, stdin);
        }
        return reader.result();
    }

    private EvidenceSet result() {
        return new EvidenceSet(tally.observed(), explicit, files, errors);
    }

    private void input(EvidenceInput input, InputStream stdin) {
        input.function().map(Tally::key).ifPresent(explicit::add);
        if (input.isStdin()) {
            read("<stdin>", input.function().orElse("stdin"), input.function().isPresent(), stdin);
            return;
        }
        Path path = base.resolve(input.path());
        if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path.relativize(p)))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                errors.add(new EvidenceError(input.path(), 0, "cannot list the folder: " + reason(e)));
                return;
            }
            for (Path file : found) {
                file(file, input.function());
            }
            return;
        }
        if (!Files.isRegularFile(path)) {
            errors.add(new EvidenceError(input.path(), 0,
                    "no such file or folder: give log exports, a folder of them, - for standard input, or FUNCTION=FILE"));
            return;
        }
        file(path, input.function());
    }

    private void file(Path file, Optional<String> function) {
        try (InputStream in = Files.newInputStream(file)) {
            read(display(file), function.orElseGet(() -> SourceNames.of(file)), function.isPresent(), in);
        } catch (IOException e) {
            errors.add(new EvidenceError(display(file), 0, "cannot read the file: " + reason(e)));
        }
    }

    /**
     * @param source the name the file's records go under when it names no log group itself
     * @param forced whether {@code source} wins over any log group the file names (FUNCTION=FILE)
     */
    private void read(String name, String source, boolean forced, InputStream raw) {
        try {
            InputStream in = gunzipIfNeeded(raw);
            EvidenceFormat format = detect(in);
            long records = switch (format) {
                case TEXT -> text(in, source);
                case INSIGHTS_CSV -> new InsightsCsv(tally, source, forced).read(in);
                default -> new JsonExports(tally, source, forced).read(format, in);
            };
            files.add(new EvidenceFile(name, format, records));
        } catch (EvidenceException e) {
            errors.add(new EvidenceError(name, e.line(), e.getMessage()));
        } catch (IOException e) {
            errors.add(new EvidenceError(name, 0, "cannot read the file: " + reason(e)));
        }
    }

    private long text(InputStream in, String source) throws IOException {
        LineReader lines = new LineReader(in);
        long records = 0;
        for (String line = lines.nextMarked(); line != null; line = lines.nextMarked()) {
            if (tally.message(source, line, Timestamps.NONE)) {
                records++;
            }
        }
        return records;
    }

    private static InputStream gunzipIfNeeded(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** Tells the format from the first bytes; {@code in} is left where it was. */
    static EvidenceFormat detect(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i == head.length) {
            return EvidenceFormat.TEXT;
        }
        if (head[i] == '[') {
            return EvidenceFormat.INSIGHTS_JSON;
        }
        if (head[i] == '{') {
            return jsonDocument(head, i);
        }
        int eol = i;
        while (eol < head.length && head[eol] != '\n') {
            eol++;
        }
        String first = new String(head, i, eol - i, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (first.contains("@message") && first.contains(",")) {
            return EvidenceFormat.INSIGHTS_CSV;
        }
        return EvidenceFormat.TEXT;
    }

    /** A JSON object: an export's document when its first key says so, else a record of the JSON log format. */
    private static EvidenceFormat jsonDocument(byte[] head, int from) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(head, from, head.length - from)) {
            p.nextToken();
            if (p.nextToken() != JsonToken.FIELD_NAME) {
                return EvidenceFormat.TEXT;
            }
            return switch (p.currentName()) {
                case "events", "searchedLogStreams", "nextForwardToken", "nextBackwardToken" -> EvidenceFormat.LOG_EVENTS;
                case "results", "statistics", "status", "encryptionKey" -> EvidenceFormat.INSIGHTS_QUERY;
                case "MetricDataResults", "Messages" -> EvidenceFormat.METRIC_DATA;
                case "Label", "Datapoints" -> EvidenceFormat.METRIC_STATISTICS;
                default -> EvidenceFormat.TEXT;
            };
        } catch (IOException e) {
            return EvidenceFormat.TEXT;
        }
    }

    private String display(Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(absoluteBase) && !absolute.equals(absoluteBase)
                ? absoluteBase.relativize(absolute).toString() : file.toString();
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName().toLowerCase(Locale.ROOT) : m;
    }
}
