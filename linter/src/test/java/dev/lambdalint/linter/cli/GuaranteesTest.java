package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What holds over every fixture, the hostile ones included: lambdalint never writes to its inputs, and
 * the same inputs give byte-identical output in every format, run after run, in parallel or one at a time.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GuaranteesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String[] FORMATS = {"text", "json", "sarif", "junit", "github"};

    @TempDir
    Path out;

    @Test
    void neverWritesToAnInput() {
        Map<String, String> before = checksums(ROOT.resolve("fixtures"));

        Cli.Run check = Cli.run(ROOT, "check", "--date", "2026-11-27", "--format", "json",
                "--write-baseline", out.resolve("baseline.json").toString(),
                "--output", "sarif=" + out.resolve("report.sarif"), "--output", "junit=" + out.resolve("report.xml"),
                "--output", "github=" + out.resolve("report.txt"), "--output", "text=" + out.resolve("report.log"),
                "fixtures");
        Cli.Run report = Cli.run(ROOT, "report", "fixtures");
        Cli.Run withBaseline = Cli.run(ROOT, "check", "--baseline", out.resolve("baseline.json").toString(), "fixtures");

        assertThat(check.exitCode()).as(check.err()).isEqualTo(2);
        assertThat(report.exitCode()).isIn(0, 1, 2);
        assertThat(withBaseline.exitCode()).isEqualTo(2);
        assertThat(out.resolve("report.sarif")).isNotEmptyFile();
        // Same files, same bytes; nothing added (no temporary file left behind either).
        assertThat(checksums(ROOT.resolve("fixtures"))).isEqualTo(before);
    }

    @Test
    void givesByteIdenticalOutputInEveryFormatAcrossRunsAndThreads() throws IOException {
        Map<String, String> first = everyFormat("first");
        Map<String, String> again = everyFormat("again");
        Map<String, String> sequential = everyFormat("sequential", "--sequential");

        assertThat(first.keySet()).containsExactly("github", "json", "junit", "sarif", "stdout", "text");
        assertThat(again).isEqualTo(first);
        assertThat(sequential).isEqualTo(first);
        assertThat(first.get("json")).contains("\"ruleId\": \"LL001\"").contains("\"ruleId\": \"LL101\"");
    }

    /** One run over all fixtures that writes every format; what each held, by format. */
    private Map<String, String> everyFormat(String name, String... extra) throws IOException {
        Path folder = Files.createDirectories(out.resolve(name));
        String[] base = {"check", "--date", "2026-11-27", "--format", "json"};
        String[] args = Stream.of(base, extra, outputs(folder), new String[] {"fixtures"})
                .flatMap(Stream::of).toArray(String[]::new);
        Cli.Run run = Cli.run(ROOT, args);
        assertThat(run.err()).doesNotContain("internal error");
        Map<String, String> out = new TreeMap<>();
        out.put("stdout", run.out());
        for (String format : FORMATS) {
            out.put(format, Files.readString(folder.resolve("report." + format)));
        }
        return out;
    }

    private static String[] outputs(Path folder) {
        return Stream.of(FORMATS)
                .flatMap(f -> Stream.of("--output", f + "=" + folder.resolve("report." + f)))
                .toArray(String[]::new);
    }

    /** SHA-256 of every file and link below {@code root} (links not followed), by path. */
    static Map<String, String> checksums(Path root) {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted().toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    sums.put(key, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    sums.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } else {
                    sums.put(key, "folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }
}
