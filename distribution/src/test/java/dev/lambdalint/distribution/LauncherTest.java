package dev.lambdalint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository launcher (./lambdalint) as a user installs it: a symlink on the PATH, run from another
 * folder. It runs the jar this build made (the reactor built the linter before this module), so it does
 * not build.
 */
class LauncherTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("lambdalint.repository")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void worksThroughAChainOfSymlinksFromAnyFolder() throws Exception {
        // ~/bin/lambdalint -> ../opt/ll (relative) -> the checkout's launcher (absolute)
        Path opt = Files.createDirectories(dir.resolve("opt"));
        Files.createSymbolicLink(opt.resolve("ll"), REPOSITORY.resolve("lambdalint"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("lambdalint"), Path.of("../opt/ll"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(REPOSITORY.resolve("fixtures/examples/sam-app/template.yaml"), work.resolve("template.yaml"));
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "HOME", dir.toString());

        Processes.Result version = Processes.run(dir, work, env, List.of("bash", "-c", "lambdalint --version"));
        assertThat(version.exitCode()).as(version.stderr()).isZero();
        assertThat(version.out()).startsWith("lambdalint " + System.getProperty("lambdalint.version") + " ");
        assertThat(version.stderr()).as("the jar is fresh: no build").doesNotContain("building");

        Processes.Result check = Processes.run(dir, work, env, List.of("bash", "-c", "lambdalint check template.yaml"));
        assertThat(check.exitCode()).as(check.stderr()).isEqualTo(1);
        assertThat(check.out()).startsWith("template.yaml:").contains("\nLinted 1 template, 3 functions: 1 error, ").endsWith(".\n");
        try (var files = Files.list(work)) {
            assertThat(files.toList()).as("nothing written beside the input").containsExactly(work.resolve("template.yaml"));
        }
    }
}
