package dev.lambdalint.linter.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreCommitHookTest {
    @TempDir
    Path dir;

    private final Path javaHome = Path.of("/opt/jdk-17");

    private Path checkout(String name, boolean withLauncher) throws IOException {
        Path jar = dir.resolve(name + "/linter/target/lambdalint.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "");
        if (withLauncher) {
            Path launcher = dir.resolve(name + "/lambdalint");
            Files.writeString(launcher, "#!/bin/sh\n");
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return jar;
    }

    @Test
    void runsTheJarOfACheckoutThroughItsLauncher() throws IOException {
        Path jar = checkout("lambdalint", true);
        assertThat(PreCommitHook.commandFor(javaHome, List.of(jar)))
                .isEqualTo("'" + dir.resolve("lambdalint/lambdalint") + "'");
    }

    @Test
    void runsJavaWhenTheCheckoutHasNoLauncher() throws IOException {
        Path jar = checkout("lambdalint", false);
        assertThat(PreCommitHook.commandFor(javaHome, List.of(jar)))
                .startsWith("\"$(command -v '/opt/jdk-17/bin/java' || command -v java)\"")
                .endsWith("-cp '" + jar + "' dev.lambdalint.linter.cli.Main");
    }

    @Test
    void runsJavaForAClassPathOfSeveralEntries() throws IOException {
        Path jar = checkout("lambdalint", true);
        Path classes = dir.resolve("classes");
        assertThat(PreCommitHook.commandFor(javaHome, List.of(classes, jar)))
                .contains("-cp '" + classes + ":" + jar + "'")
                .doesNotContain("lambdalint/lambdalint'");
    }

    @Test
    void quotesALauncherPathWithAQuoteForTheShell() throws IOException {
        Path jar = checkout("it's here", true);
        assertThat(PreCommitHook.commandFor(javaHome, List.of(jar))).isEqualTo("'" + dir + "/it'\\''s here/lambdalint'");
    }
}
