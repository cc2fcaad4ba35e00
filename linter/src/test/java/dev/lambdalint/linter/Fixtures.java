package dev.lambdalint.linter;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.config.ConfigLoader;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.evidence.EvidenceInput;
import dev.lambdalint.linter.load.DisplayPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the expectations fixtures carry: a YAML line that must raise a finding ends with
 * {@code # expect: LL101} (several ids separated by commas); a JSON file {@code X.json} has a sibling
 * {@code X.json.expect} with {@code LL101 12} lines. Runs the engine the way the command line does.
 */
public final class Fixtures {
    public static final Path ROOT = Path.of("fixtures");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Pattern EXPECT_COMMENT = Pattern.compile("#\\s*expect:\\s*(LL\\d{3}(?:\\s*,\\s*LL\\d{3})*)");
    private static final Pattern EXPECT_LINE = Pattern.compile("^\\s*(LL\\d{3})\\s+(\\d+)\\s*$");

    private Fixtures() {}

    /** One expected or actual finding: which file (as reported), which rule, which line. */
    public record Hit(String file, String rule, int line) implements Comparable<Hit> {
        @Override
        public int compareTo(Hit o) {
            int c = file.compareTo(o.file);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(line, o.line);
            return c != 0 ? c : rule.compareTo(o.rule);
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + rule;
        }
    }

    public static Set<Hit> expectations(Path folder) {
        DisplayPaths display = new DisplayPaths(Path.of(""));
        Set<Hit> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".expect")) {
                    Path target = file.resolveSibling(name.substring(0, name.length() - ".expect".length()));
                    int n = 0;
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        n++;
                        if (line.isBlank() || line.startsWith("#")) {
                            continue;
                        }
                        Matcher m = EXPECT_LINE.matcher(line);
                        if (!m.matches()) {
                            throw new IllegalStateException(file + ":" + n + ": expected 'LL101 12', got: " + line);
                        }
                        out.add(new Hit(display.of(target), m.group(1), Integer.parseInt(m.group(2))));
                    }
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = EXPECT_COMMENT.matcher(lines.get(i));
                        if (m.find()) {
                            for (String id : m.group(1).split("\\s*,\\s*")) {
                                out.add(new Hit(display.of(file), id.trim(), i + 1));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The folder of a fixture's logs and metrics, linted with {@code --evidence} when present. */
    public static final String EVIDENCE = "evidence";
    /** In the evidence folder: the stack name, as {@code --stack-name} gives it (a hidden file: never read as evidence). */
    public static final String STACK_NAME = ".stack-name";

    /**
     * Lints {@code paths} with the config in {@code configFolder} (its .lambdalint.yaml, if any) and, when
     * {@code configFolder} has an {@code evidence/} folder, with it as {@code --evidence}.
     */
    public static LintResult lint(Path configFolder, List<String> paths) {
        try {
            Path configFile = configFolder.resolve(ConfigLoader.FILE_NAME);
            Config config = Files.isRegularFile(configFile) ? ConfigLoader.load(configFile) : Config.DEFAULT;
            Engine engine = new Engine(config, TODAY, Path.of("").toAbsolutePath(),
                    () -> new ByteArrayInputStream(new byte[0]), true);
            Path evidence = configFolder.resolve(EVIDENCE);
            if (Files.isDirectory(evidence)) {
                Path stack = evidence.resolve(STACK_NAME);
                engine.evidence(List.of(EvidenceInput.parse(evidence.toString())),
                        Files.isRegularFile(stack) ? Optional.of(Files.readString(stack).trim()) : Optional.empty());
            }
            return engine.run(paths);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The findings of {@code result} whose rule is in {@code scope}, one line each,
     * {@code file:line:column RULE message}, with files relative to {@code folder}, sorted: what a fixture
     * folder's {@code findings.snapshot} holds, so that a changed message or column is a reviewed diff.
     * Like {@link #hits}, suppressed findings are left out and input errors count as LL001.
     */
    public static String snapshot(LintResult result, Path folder, Set<String> scope) {
        String prefix = new DisplayPaths(Path.of("")).of(folder) + "/";
        List<Shot> shots = new ArrayList<>();
        result.findings().forEach(f -> {
            if (!f.suppressed() && scope.contains(f.ruleId())) {
                shots.add(new Shot(f.file(), f.line(), f.column(), f.ruleId(), f.message()));
            }
        });
        if (scope.contains("LL001")) {
            result.errors().forEach(e -> shots.add(new Shot(e.file(), e.position().map(p -> p.line()).orElse(0),
                    e.position().map(p -> p.column()).orElse(0), "LL001", e.message())));
        }
        return shots.stream().sorted(Shot.ORDER).map(shot -> shot.line(prefix) + "\n").collect(Collectors.joining());
    }

    private record Shot(String file, int line, int column, String rule, String message) {
        static final Comparator<Shot> ORDER = Comparator.comparing(Shot::file).thenComparingInt(Shot::line)
                .thenComparingInt(Shot::column).thenComparing(Shot::rule).thenComparing(Shot::message);

        String line(String prefix) {
            String relative = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
            return relative + ":" + line + ":" + column + " " + rule + " " + message;
        }
    }

    public static Set<Hit> hits(LintResult result) {
        Set<Hit> out = new TreeSet<>();
        result.findings().forEach(f -> {
            if (!f.suppressed()) {
                out.add(new Hit(f.file(), f.ruleId(), f.line()));
            }
        });
        result.errors().forEach(e -> out.add(new Hit(e.file(), "LL001", e.position().map(p -> p.line()).orElse(0))));
        return out;
    }
}
