package dev.lambdalint.linter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path report = dir.resolve("reports/lambdalint.sarif");
        AtomicFile.writeString(report, "old report, rather long\n");
        AtomicFile.writeString(report, "new\n");
        assertThat(report).hasContent("new");
        assertThat(listing(report.getParent())).containsExactly("lambdalint.sarif");
    }

    @Test
    void leavesTheOldFileAsItWasWhenWritingFails() throws IOException {
        Path report = dir.resolve("lambdalint.xml");
        AtomicFile.writeString(report, "<old/>\n");
        assertThatThrownBy(() -> AtomicFile.write(report, out -> {
            out.write("<half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(report).hasContent("<old/>");
        assertThat(listing(dir)).containsExactly("lambdalint.xml");
    }

    @Test
    void aReaderSeesTheOldOrTheNewContentNeverAPart() throws Exception {
        Path report = dir.resolve("report.json");
        String old = "{\"old\": \"" + "o".repeat(200_000) + "\"}";
        String fresh = "{\"new\": \"" + "n".repeat(200_000) + "\"}";
        AtomicFile.writeString(report, old);
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    AtomicFile.writeString(report, i % 2 == 0 ? fresh : old);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        while (writer.isAlive()) {
            assertThat(Files.readString(report)).isIn(old, fresh);
        }
        writer.join();
    }

    @Test
    void followsASymbolicLinkAndReplacesItsTargetTheLinkStays() throws IOException {
        Path real = dir.resolve("artifacts/lambdalint.sarif");
        AtomicFile.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("lambdalint.sarif"), Path.of("artifacts/lambdalint.sarif"));
        AtomicFile.writeString(link, "new\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("artifacts/lambdalint.sarif"));
        assertThat(real).hasContent("new");
        assertThat(listing(dir.resolve("artifacts"))).containsExactly("lambdalint.sarif");
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("out/report.json"));
        AtomicFile.writeString(link, "{}\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("out/report.json")).hasContent("{}");
    }

    @Test
    void writesThroughAFifoWithoutReplacingIt() throws Exception {
        Path fifo = mkfifo(dir.resolve("report.fifo"));
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFile.writeString(fifo, "through the pipe\n");
        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(fifo)).isFalse();
        assertThat(listing(dir)).containsExactly("report.fifo");
    }

    @Test
    void writesThroughALinkToADeviceAndLeavesBothAlone() throws IOException {
        // A link in this test's folder to /dev/null stands for /dev/stdout, which the test must not touch.
        Path link = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/dev/null"));
        AtomicFile.writeString(link, "discarded\n");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(listing(dir)).containsExactly("stdout");
    }

    @Test
    void aNewFileGetsThePermissionsTheUmaskGivesLikeAnyNewFile() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-by-the-shell"));
        Path report = dir.resolve("report.xml");
        AtomicFile.writeString(report, "<r/>\n");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, "{}\n");
        Files.setPosixFilePermissions(baseline, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.writeString(baseline, "{\"version\": 1}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(baseline))).isEqualTo("rw-rw-r--");
    }

    @Test
    void refusesAFolderInWordsWithoutATemporaryName() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports/old"));
        Files.writeString(folder.resolve("keep.txt"), "kept\n");
        assertThatThrownBy(() -> AtomicFile.writeString(dir.resolve("reports"), "x"))
                .hasMessage("it is a folder");
        assertThat(folder.resolve("keep.txt")).hasContent("kept");
    }

    /**
     * As a user who is not root (nobody, through setpriv, when this runs as root): the umask decides a new
     * file's mode, a folder that user may not write is refused in words that name no temporary file, and a
     * file the user may write in such a folder is written in place rather than not at all.
     */
    @Test
    void asAnOrdinaryUserRespectsTheUmaskAndNamesNoTemporaryFile() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv"));
        assumeThat(!root || setpriv).as("running as root without /usr/bin/setpriv: no way to become an ordinary user").isTrue();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path own = Files.createDirectory(dir.resolve("own"));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path shared = locked.resolve("shared.txt");
        Files.writeString(shared, "old\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-rw-"));
        if (root) {
            Files.setOwner(own, own.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        } else {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        }

        assertThat(writeAs(root, own.resolve("report.txt"), "new report").exitCode).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(own.resolve("report.txt")))).isEqualTo("rw-r-----");

        Written refused = writeAs(root, locked.resolve("report.txt"), "x");
        assertThat(refused.exitCode).isEqualTo(2);
        assertThat(refused.output).isEqualTo("cannot write " + locked.resolve("report.txt") + ": permission denied\n");
        assertThat(listing(locked)).containsExactly("shared.txt");

        assertThat(writeAs(root, shared, "new\n").exitCode).isZero();
        assertThat(shared).hasContent("new");
    }

    private record Written(int exitCode, String output) {}

    /** Runs {@link WriteAs} with umask 027, as nobody when {@code root}. */
    private static Written writeAs(boolean root, Path file, String text) throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = location(WriteAs.class) + java.io.File.pathSeparator + location(AtomicFile.class);
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        command.addAll(List.of("/bin/sh", "-c", "umask 027; exec \"$0\" -Xshare:auto -cp \"$1\" dev.lambdalint.linter.io.WriteAs \"$2\" \"$3\"",
                javaCommand, classPath, file.toString(), text));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Written(p.exitValue(), output);
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeThat(p.waitFor()).as("mkfifo is needed to make a FIFO").isZero();
        return path;
    }

    private static java.util.List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
