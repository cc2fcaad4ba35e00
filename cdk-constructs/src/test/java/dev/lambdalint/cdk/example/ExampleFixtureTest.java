package dev.lambdalint.cdk.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code fixtures/cdk/example-app} is the example app's cloud assembly, committed so that the linter's
 * tests read real CDK output without Node.js. This test fails when it no longer matches what the app
 * synthesizes; with {@code -Dlambdalint.updateCdkFixture=true} it rewrites it instead (see
 * fixtures/cdk/README.md for the one command).
 */
class ExampleFixtureTest {
    static final Path FIXTURE = Path.of("fixtures", "cdk", "example-app");
    /** Written by the CDK's validation step, with stack traces of this run: not part of the assembly. */
    private static final List<String> NOT_COMMITTED = List.of("validation-report.json");

    @Test
    void committedAssemblyMatchesWhatTheExampleSynthesizes() throws IOException {
        Path synthesized = SynthesizedExample.get().outdir;
        if (Boolean.getBoolean("lambdalint.updateCdkFixture")) {
            replace(FIXTURE, synthesized);
        }
        Map<String, String> expected = files(synthesized);
        Map<String, String> committed = files(FIXTURE);
        assertThat(committed.keySet())
                .as("files of %s; regenerate it with fixtures/cdk/regenerate", FIXTURE)
                .containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(committed.get(e.getKey()))
                    .as("%s/%s is stale; regenerate it with fixtures/cdk/regenerate", FIXTURE, e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!NOT_COMMITTED.contains(name)) {
                    out.put(name, Files.readString(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void replace(Path target, Path source) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                String name = source.relativize(p).toString().replace('\\', '/');
                if (NOT_COMMITTED.contains(name)) {
                    continue;
                }
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
