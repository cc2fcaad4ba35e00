package dev.lambdalint.linter.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static java.util.List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
