package dev.lambdalint.linter.baseline;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.io.AtomicFile;
import dev.lambdalint.linter.load.InputLoader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings a team accepted when adopting lambdalint on an existing codebase, so that only new ones
 * fail the build. Findings are matched by {@link Fingerprint} (rule, file, resource, property), not by
 * line, and counted: if a file held one LL301 on a resource when the baseline was written, a second
 * identical one is new.
 *
 * <p>The file is JSON, versioned, sorted, one finding per line, so that it diffs well in review. Files
 * are named relative to the baseline's own folder, so the same baseline works from any working
 * directory. Writing it again records the findings of the files that run linted: fixed ones drop out,
 * and the entries of files it did not lint (a {@code --changed-since} run, a subset of paths) stay as
 * they were, since nothing was learnt about them.
 */
public final class Baseline {
    public static final int FORMAT_VERSION = 1;

    private final Map<Fingerprint, Integer> counts;

    private Baseline(Map<Fingerprint, Integer> counts) {
        this.counts = counts;
    }

    /** The active (not suppressed) findings of {@code result}, for a baseline file in {@code folder}. */
    public static Baseline of(LintResult result, Path folder, Path workingDirectory) {
        Map<Fingerprint, Integer> counts = new TreeMap<>(Fingerprint.ORDER);
        for (ReportedFinding f : result.findings()) {
            if (!f.suppressed()) {
                counts.merge(fingerprint(f, folder, workingDirectory), 1, Integer::sum);
            }
        }
        return new Baseline(counts);
    }

    /**
     * This baseline's entries for the files {@code result} linted, and {@code earlier}'s entries for every
     * other file: a run that looked at some files only says nothing about the rest.
     */
    public Baseline keepingUnlinted(Baseline earlier, LintResult result, Path folder, Path workingDirectory) {
        Set<String> linted = lintedFiles(result, folder, workingDirectory);
        Map<Fingerprint, Integer> merged = new TreeMap<>(Fingerprint.ORDER);
        merged.putAll(counts);
        earlier.counts.forEach((fp, n) -> {
            if (!linted.contains(fp.file())) {
                merged.merge(fp, n, Integer::sum);
            }
        });
        return new Baseline(merged);
    }

    /** How many of {@code earlier}'s entries this baseline kept unchanged because their files were not linted. */
    public int keptFrom(Baseline earlier, LintResult result, Path folder, Path workingDirectory) {
        Set<String> linted = lintedFiles(result, folder, workingDirectory);
        return earlier.counts.entrySet().stream().filter(e -> !linted.contains(e.getKey().file()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** The files of the findings {@code earlier} held and this baseline does not (fixed since), sorted. */
    public Set<String> filesDroppedSince(Baseline earlier) {
        Set<String> files = new TreeSet<>();
        earlier.counts.forEach((fp, n) -> {
            if (n > counts.getOrDefault(fp, 0)) {
                files.add(fp.file());
            }
        });
        return files;
    }

    /**
     * How many entries of this baseline, in files {@code result} linted, matched no finding: the
     * findings were fixed and the baseline could be tightened. Entries of files the run did not lint
     * are not counted; nothing is known about them.
     */
    public int unmatched(LintResult result, Path folder, Path workingDirectory) {
        Set<String> linted = lintedFiles(result, folder, workingDirectory);
        Map<Fingerprint, Integer> found = new HashMap<>();
        for (ReportedFinding f : result.findings()) {
            if (!f.suppressed()) {
                found.merge(fingerprint(f, folder, workingDirectory), 1, Integer::sum);
            }
        }
        int unmatched = 0;
        for (Map.Entry<Fingerprint, Integer> e : counts.entrySet()) {
            if (linted.contains(e.getKey().file())) {
                unmatched += Math.max(0, e.getValue() - found.getOrDefault(e.getKey(), 0));
            }
        }
        return unmatched;
    }

    /** The files {@code result} read as templates, named as in a baseline file in {@code folder}. */
    private static Set<String> lintedFiles(LintResult result, Path folder, Path workingDirectory) {
        Set<String> files = new HashSet<>();
        result.templates().forEach(t -> files.add(fileRelativeTo(t.loaded().file(), folder, workingDirectory)));
        return files;
    }

    /** How many findings this baseline holds. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many findings of {@code earlier} this baseline no longer holds (they were fixed). */
    public int droppedSince(Baseline earlier) {
        int dropped = 0;
        for (Map.Entry<Fingerprint, Integer> e : earlier.counts.entrySet()) {
            dropped += Math.max(0, e.getValue() - counts.getOrDefault(e.getKey(), 0));
        }
        return dropped;
    }

    /**
     * {@code result} without the findings this baseline lists, each listed finding absorbing at most as
     * many occurrences as were recorded; the summary counts what was left out.
     */
    public LintResult apply(LintResult result, Path folder, Path workingDirectory) {
        Map<Fingerprint, Integer> remaining = new HashMap<>(counts);
        List<ReportedFinding> kept = new ArrayList<>();
        int baselined = 0;
        for (ReportedFinding f : result.findings()) {
            if (!f.suppressed()) {
                Fingerprint key = fingerprint(f, folder, workingDirectory);
                int left = remaining.getOrDefault(key, 0);
                if (left > 0) {
                    remaining.put(key, left - 1);
                    baselined++;
                    continue;
                }
            }
            kept.add(f);
        }
        return new LintResult(Collections.unmodifiableList(kept), result.errors(),
                result.summary().afterBaseline(kept, baselined), result.templates(), result.evidence());
    }

    private static Fingerprint fingerprint(ReportedFinding f, Path folder, Path workingDirectory) {
        return new Fingerprint(f.ruleId(), fileRelativeTo(f.file(), folder, workingDirectory), f.resource(), f.pointer());
    }

    /** {@code file} as the engine shows it (relative to the working directory), relative to {@code folder}. */
    static String fileRelativeTo(String file, Path folder, Path workingDirectory) {
        if (file.equals(InputLoader.STDIN_NAME)) {
            return file;
        }
        Path absolute = workingDirectory.toAbsolutePath().resolve(file).normalize();
        Path base = folder.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    public void write(Path file) throws IOException {
        AtomicFile.writeString(file, text());
    }

    /** The baseline file's content. */
    public String text() {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"version\": ").append(FORMAT_VERSION).append(",\n");
        sb.append("  \"tool\": \"lambdalint\",\n");
        sb.append("  \"findings\": [");
        String separator = "\n";
        for (Map.Entry<Fingerprint, Integer> e : counts.entrySet()) {
            Fingerprint fp = e.getKey();
            sb.append(separator).append("    {\"file\": \"").append(encoder.quoteAsString(fp.file()))
                    .append("\", \"resource\": \"").append(encoder.quoteAsString(fp.resource()))
                    .append("\", \"ruleId\": \"").append(encoder.quoteAsString(fp.ruleId()))
                    .append("\", \"pointer\": \"").append(encoder.quoteAsString(fp.pointer()))
                    .append("\", \"count\": ").append(e.getValue()).append('}');
            separator = ",\n";
        }
        sb.append(counts.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return sb.toString();
    }

    /** Reads a baseline file; {@code shown} names it in messages. */
    public static Baseline read(Path file, String shown) throws BaselineException {
        JsonNode root;
        try {
            // Read like a template: within the same limits, syntax errors in the same words, at their place.
            root = new TreeReader(ReadLimits.DEFAULT).read(Files.readAllBytes(file)).root();
        } catch (NoSuchFileException e) {
            throw new BaselineException(shown + ": no such baseline file; create it with --write-baseline " + shown);
        } catch (IOException e) {
            throw new BaselineException(shown + ": cannot read the baseline: " + firstLine(e.getMessage()));
        } catch (LoadException e) {
            throw new BaselineException(shown + e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("")
                    + ": cannot read the baseline: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new BaselineException(shown + ": not a lambdalint baseline (expected an object with a findings list)");
        }
        int version = root.path("version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new BaselineException(String.format(
                    "%s: baseline format version %s, but this lambdalint reads version %d; write it again with --write-baseline",
                    shown, root.path("version"), FORMAT_VERSION));
        }
        Map<Fingerprint, Integer> counts = new TreeMap<>(Fingerprint.ORDER);
        int index = 0;
        for (JsonNode entry : root.path("findings")) {
            List<String> fields = new ArrayList<>();
            for (String name : List.of("ruleId", "file", "resource", "pointer")) {
                JsonNode value = entry.path(name);
                if (!value.isTextual()) {
                    throw new BaselineException(String.format(
                            "%s: finding %d has no text field '%s'", shown, index + 1, name));
                }
                fields.add(value.asText());
            }
            JsonNode count = entry.path("count");
            if (!count.isMissingNode() && (!count.canConvertToInt() || count.asInt() < 1)) {
                throw new BaselineException(String.format("%s: finding %d has count %s; expected a whole number of at least 1",
                        shown, index + 1, count));
            }
            counts.merge(new Fingerprint(fields.get(0), fields.get(1), fields.get(2), fields.get(3)),
                    count.isMissingNode() ? 1 : count.asInt(), Integer::sum);
            index++;
        }
        return new Baseline(counts);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
