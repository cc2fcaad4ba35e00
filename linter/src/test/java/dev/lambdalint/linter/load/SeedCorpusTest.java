package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fuzz tests' seed corpus holds every fixture as it is now: a new or changed fixture needs refresh-seeds. */
class SeedCorpusTest {
    private static final Path SEEDS = Path.of("linter/src/test/resources/dev/lambdalint/linter/load/LoaderFuzzTestInputs");

    @Test
    void holdsAnUpToDateCopyOfEveryFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path fixture : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = fixture.toString();
                if (name.endsWith(".expect") || name.endsWith(".md") || name.endsWith(".py") || Files.size(fixture) >= 300 * 1024) {
                    continue;
                }
                if (!name.contains("/hostile/") && !name.matches(".*\\.(ya?ml|json|template|zip|jar)$")) {
                    continue;
                }
                String seed = "fixtures__" + name.substring("fixtures/".length()).replace("/", "__");
                byte[] bytes = Files.readAllBytes(fixture);
                boolean found = false;
                try (Stream<Path> targets = Files.list(SEEDS)) {
                    for (Path target : targets.toList()) {
                        Path copy = target.resolve(seed);
                        found |= Files.isRegularFile(copy) && java.util.Arrays.equals(Files.readAllBytes(copy), bytes);
                    }
                }
                if (!found) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing).as("fixtures without an up-to-date seed: run linter/src/test/fuzz/refresh-seeds").isEmpty();
    }
}
