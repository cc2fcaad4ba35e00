package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
    }

    @Test
    void writesTextToTheTerminalAndEachOutputToItsFile() throws IOException {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Cli.Run run = Cli.run(dir, "check", "--output", "sarif=reports/lambdalint.sarif",
                "--output", "junit=reports/lambdalint.xml", "--output", "JSON=lambdalint.json", "api.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("api.yaml:6:7: error LL101").endsWith("1 error.\n");
        assertThat(Files.readString(dir.resolve("reports/lambdalint.sarif"))).contains("\"version\": \"2.1.0\"");
        assertThat(Files.readString(dir.resolve("reports/lambdalint.xml"))).startsWith("<?xml");
        assertThat(new ObjectMapper().readTree(dir.resolve("lambdalint.json").toFile()).path("findings").size()).isEqualTo(1);
        try (Stream<Path> left = Files.list(dir.resolve("reports"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lambdalint.sarif", "lambdalint.xml");
        }
    }

    @Test
    void replacesAnExistingReport() throws IOException {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Templates.write(dir, "out.json", "old report, longer than the new one would be if it were merely overwritten".repeat(200));
        Cli.run(dir, "check", "--output", "json=out.json", "api.yaml");
        assertThat(new ObjectMapper().readTree(dir.resolve("out.json").toFile()).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void saysWhenAReportCannotBeWrittenAndExitsTwo() throws IOException {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Templates.write(dir, "taken", "a file where a folder should be\n");
        Cli.Run run = Cli.run(dir, "check", "--output", "sarif=taken/out.sarif", "api.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write the sarif report to taken/out.sarif").doesNotContain("\tat ");
        assertThat(run.out()).contains("api.yaml:6:7: error LL101");
    }

    @Test
    void rejectsAMalformedOutputAsAUsageError() throws IOException {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Cli.Run unknown = Cli.run(dir, "check", "--output", "xml=out.xml", "api.yaml");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'xml'").contains("sarif");
        Cli.Run noFile = Cli.run(dir, "check", "--output", "sarif", "api.yaml");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("expected FORMAT=FILE");
    }

    @Test
    void coloursTextOnATerminal() {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Cli.Run run = Cli.runIn(new Environment(Map.of(), true), dir, "check", "api.yaml");
        assertThat(run.out()).contains(ESC + "1;31merror" + ESC + "0m").contains(ESC + "1mapi.yaml:6:7:");
        assertThat(run.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(Cli.run(dir, "check", "api.yaml").out());
    }

    @Test
    void staysPlainWhenPipedOrWhenNoColorIsSet() {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        assertThat(Cli.runIn(new Environment(Map.of(), false), dir, "check", "api.yaml").out()).doesNotContain(ESC);
        assertThat(Cli.runIn(new Environment(Map.of("NO_COLOR", "1"), true), dir, "check", "api.yaml").out()).doesNotContain(ESC);
        assertThat(Cli.runIn(new Environment(Map.of(), true), dir, "check", "--color", "never", "api.yaml").out()).doesNotContain(ESC);
        assertThat(Cli.runIn(new Environment(Map.of(), false), dir, "check", "--color", "always", "api.yaml").out()).contains(ESC);
    }

    @Test
    void neverColoursFilesOrOtherFormats() throws IOException {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Cli.runIn(new Environment(Map.of(), true), dir, "check", "--color", "always", "--output", "text=out.txt", "api.yaml");
        assertThat(Files.readString(dir.resolve("out.txt"))).doesNotContain(ESC);
        assertThat(Cli.runIn(new Environment(Map.of(), true), dir, "check", "--format", "github", "api.yaml").out()).doesNotContain(ESC);
    }
}
