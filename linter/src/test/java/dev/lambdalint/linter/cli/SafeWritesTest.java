package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What --output, --write-baseline, init and install-hook may do to the paths they are given: write
 * {@code -} to standard output, write through what is not a regular file, follow links, keep modes, and
 * name the user's path when they fail. Every special file here is made in the test's own folder.
 */
class SafeWritesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
        Templates.write(dir, "api.yaml", Templates.FAILS);
    }

    @Test
    void aDashIsStandardOutputNotAFileNamedDash() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--output", "json=-", "api.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(run.out()).path("findings").get(0).path("ruleId").asText()).isEqualTo("LL101");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void onlyOneOutputMayBeStandardOutput() {
        Cli.Run run = Cli.run(dir, "check", "--output", "json=-", "--write-baseline", "-", "api.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("only one of --output FORMAT=- and --write-baseline - can use standard output");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void aBaselineWrittenToADashGoesToStandardOutput() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--write-baseline", "-", "api.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).path("findings").get(0).path("file").asText()).isEqualTo("api.yaml");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = mkfifo(dir.resolve("report.pipe"));
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run run = Cli.run(dir, "check", "--output", "sarif=report.pipe", "api.yaml");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains("\"version\": \"2.1.0\"");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    /** {@code /dev/fd/3} of a lambdalint process whose fd 3 the shell opened on a file in this folder. */
    @Test
    void aDevFdPathIsWrittenThroughNotReplaced() throws Exception {
        assumeThat(Path.of("/dev/fd")).as("a system with /dev/fd").exists();
        Path behind = Files.createFile(dir.resolve("fd3.json"));
        Object inode = Files.readAttributes(behind, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("/bin/sh", "-c",
                "exec 3>fd3.json; exec \"$0\" -cp \"$1\" dev.lambdalint.linter.cli.Main check --output json=/dev/fd/3 api.yaml",
                javaCommand, System.getProperty("java.class.path"))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(behind.toFile()).path("findings").size()).isEqualTo(1);
        assertThat(Files.readAttributes(behind, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(inode);
    }

    @Test
    void aLinkedReportHasItsTargetReplacedAndTheLinkStays() throws IOException {
        Templates.write(dir, "artifacts/lambdalint.sarif", "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("lambdalint.sarif"), Path.of("artifacts/lambdalint.sarif"));
        Cli.Run run = Cli.run(dir, "check", "--output", "sarif=lambdalint.sarif", "api.yaml");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("artifacts/lambdalint.sarif"))).contains("\"version\": \"2.1.0\"");
        assertThat(listing(dir.resolve("artifacts"))).containsExactly("lambdalint.sarif");
    }

    @Test
    void newReportsAndBaselinesGetTheUmaskModeAndReplacedOnesKeepTheirs() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-by-the-shell"));
        Templates.write(dir, "kept.json", "{}\n");
        Files.setPosixFilePermissions(dir.resolve("kept.json"), PosixFilePermissions.fromString("rw-rw-r--"));
        Cli.Run run = Cli.run(dir, "check", "--output", "junit=new.xml", "--output", "json=kept.json",
                "--write-baseline", "baseline.json", "api.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("new.xml"))).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(dir.resolve("baseline.json"))).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("kept.json")))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aBaselineBehindALinkIsWrittenThroughTheLink() throws IOException {
        Templates.write(dir, "ci/baseline.json", "{\"version\": 1, \"findings\": []}\n");
        Path link = Files.createSymbolicLink(dir.resolve("baseline.json"), Path.of("ci/baseline.json"));
        Cli.Run run = Cli.run(dir, "check", "--write-baseline", "baseline.json", "api.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("ci/baseline.json"))).contains("\"ruleId\": \"LL101\"");
    }

    @Test
    void failuresNameTheUsersPathNeverATemporaryFile() throws IOException {
        Files.createDirectories(dir.resolve("reports/2026"));
        Cli.Run report = Cli.run(dir, "check", "--output", "json=reports", "api.yaml");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).isEqualTo("lambdalint: cannot write the json report to reports: it is a folder\n");
        Cli.Run baseline = Cli.run(dir, "check", "--write-baseline", "reports", "api.yaml");
        assertThat(baseline.exitCode()).isEqualTo(2);
        assertThat(baseline.err()).isEqualTo("lambdalint: cannot write the baseline reports: it is a folder\n");
    }

    @Test
    void initFollowsALinkedConfigAndKeepsItsMode() throws IOException {
        Files.delete(dir.resolve(".lambdalint.yaml"));
        Templates.write(dir, "shared/lambdalint.yaml", "rules: {}\n");
        Files.setPosixFilePermissions(dir.resolve("shared/lambdalint.yaml"), PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(dir.resolve(".lambdalint.yaml"), Path.of("shared/lambdalint.yaml"));
        Cli.Run run = Cli.run(dir, "init", "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("shared/lambdalint.yaml"))).isEqualTo(InitCommand.STARTER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared/lambdalint.yaml"))))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void initGivesANewConfigTheUmaskMode() throws IOException {
        Files.delete(dir.resolve(".lambdalint.yaml"));
        Path reference = Files.createFile(dir.resolve("made-by-the-shell"));
        assertThat(Cli.run(dir, "init").exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve(".lambdalint.yaml"))).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void installHookFollowsALinkedHookAndMakesItsTargetExecutable() throws IOException {
        GitRepo.init(dir);
        Templates.write(dir, "scripts/pre-commit", "#!/bin/sh\n# lambdalint-hook v1\nexit 0\n");
        Files.setPosixFilePermissions(dir.resolve("scripts/pre-commit"), PosixFilePermissions.fromString("rw-r-----"));
        Path hook = dir.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.createSymbolicLink(hook, Path.of("../../scripts/pre-commit"));
        Cli.Run run = Cli.run(dir, "install-hook");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(hook)).isTrue();
        assertThat(Files.readString(dir.resolve("scripts/pre-commit"))).contains("lambdalint check");
        // Its mode kept, plus execute where it could be read: the owner's umask choice stands.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("scripts/pre-commit"))))
                .isEqualTo("rwxr-x---");
    }

    private static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeThat(p.waitFor()).as("mkfifo is needed to make a FIFO").isZero();
        return path;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
