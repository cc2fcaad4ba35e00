package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCommandTest {
    private static final String TEMPLATE = """
            Resources:
              Orders:
                Type: AWS::Lambda::Function
                Properties:
                  FunctionName: orders
                  Runtime: python3.13
                  Handler: app.handler
                  MemorySize: 1024
                  Timeout: 10
                  ReservedConcurrentExecutions: 5
                  Role: arn:aws:iam::123456789012:role/app
                  Code: {ZipFile: "def handler(event, context): return event"}
            """;

    @TempDir
    Path dir;

    private static String report(int i, int memory, int used, String extra) {
        return "2026-11-2" + (i % 7) + "T10:00:00.000Z REPORT RequestId: r-" + i + "\tDuration: " + (100 + i)
                + ".00 ms\tBilled Duration: " + (101 + i) + " ms\tMemory Size: " + memory + " MB\tMax Memory Used: " + used
                + " MB\t" + extra + "\n";
    }

    private void logs(String name, int count, int memory, int used) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("2026-11-20T10:00:00.000Z r-").append(i).append(" INFO user alice@example.com paid\n");
            sb.append(report(i, memory, used, ""));
        }
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("logs").resolve(name), sb.toString());
    }

    @Test
    void evidenceRulesRunOnlyWithEvidence() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        logs("orders.log", 25, 1024, 1010);
        Cli.Run plain = Cli.run(dir, "check", "template.yaml");
        assertThat(plain.out()).doesNotContain("LL803").doesNotContain("Evidence:");
        Cli.Run run = Cli.run(dir, "check", "template.yaml", "--evidence", "logs");
        assertThat(run.out())
                .contains("template.yaml:8:7: warning LL803 memory-headroom-low: Function Orders: Max Memory Used reached "
                        + "1,010 of 1,024 MB (99 %) over 25 invocations between 2026-11-20 and 2026-11-26")
                .contains("Evidence: 1 file, 1 log group, 1 function matched.")
                .doesNotContain("alice");
    }

    @Test
    void theJsonFindingCarriesTheFiguresItRestsOnAndTheSummaryListsWhatMatchedNothing() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        logs("orders.log", 25, 1024, 1010);
        logs("stranger.log", 2, 128, 60);
        Cli.Run run = Cli.run(dir, "check", "template.yaml", "--evidence", "logs", "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode finding = null;
        for (JsonNode f : doc.path("findings")) {
            if (f.path("ruleId").asText().equals("LL803")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.path("evidence").path("source").asText()).isEqualTo("orders");
        assertThat(finding.path("evidence").path("invocations").asLong()).isEqualTo(25);
        assertThat(finding.path("evidence").path("maxMemoryUsedMb").asInt()).isEqualTo(1010);
        assertThat(finding.path("evidence").path("from").asText()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(doc.path("evidence").path("unmatched").toString()).isEqualTo("[\"stranger\"]");
        assertThat(doc.path("evidence").path("matchedFunctions").asInt()).isEqualTo(1);
        // Findings of other rules keep their shape.
        assertThat(doc.path("findings").get(0).has("evidence")).isEqualTo(doc.path("findings").get(0).path("ruleId").asText().startsWith("LL8"));
    }

    @Test
    void unreadableEvidenceIsAnInputErrorAndTheRestIsStillJudged() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        logs("orders.log", 25, 1024, 1010);
        Files.writeString(dir.resolve("logs").resolve("cut.json"), "{\"events\": [{\"message\": \"tok");
        Cli.Run run = Cli.run(dir, "check", "template.yaml", "--evidence", "logs", "missing.log");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("LL803").contains("logs/cut.json").contains("missing.log").doesNotContain("tok");
    }

    @Test
    void standardInputHoldsTemplatesOrEvidenceNotBoth() throws IOException {
        Cli.Run run = Cli.runWithStdin(dir, TEMPLATE, "check", "-", "--evidence", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("templates or evidence, not both");
        Cli.Run stack = Cli.run(dir, "check", "--stack-name", "shop");
        assertThat(stack.exitCode()).isEqualTo(2);
        assertThat(stack.err()).contains("--evidence");
    }

    @Test
    void reportWithEvidenceAloneShowsTheObservedTableWithCostsAndDurationPerMemorySize() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(report(i, 512, 200, i == 0 ? "Init Duration: 300.00 ms\t" : ""));
            sb.append(report(i, 1024, 210, ""));
        }
        Files.writeString(dir.resolve("api.log"), sb.toString());
        Cli.Run run = Cli.run(dir, "report", "--evidence", "api.log");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out())
                .contains("Observed in production")
                .contains("LOG GROUP")
                .contains("$/1M X86")
                .contains("Duration per memory size, api:")
                .contains("512 MB")
                .contains("as of 2025-08-01")
                .doesNotContain("FUNCTION  RUNTIME");
        // 10 invocations billed 101..110 ms (1,055 ms) at 0.5 GB and 10 at 1 GB: 1.5825 GB-s over 20 invocations.
        // x86: 1.5825 / 20 x 1e6 x 0.0000166667 + 0.20 = 1.52; arm64: x 0.0000133334 + 0.20 = 1.26.
        assertThat(run.out()).containsPattern("api\\s+-\\s+20\\s+5\\.0%.*1\\.52\\s+1\\.26");
    }

    @Test
    void reportWithTemplatesNamesTheMatchedFunction() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        logs("orders.log", 3, 1024, 500);
        Cli.Run run = Cli.run(dir, "report", "template.yaml", "--evidence", "logs");
        assertThat(run.out()).contains("FUNCTION").containsPattern("orders\\s+Orders\\s+3");
    }

    @Test
    void reportAsJsonCarriesTheObservedFiguresPerLogGroup() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        logs("orders.log", 3, 1024, 500);
        Cli.Run run = Cli.run(dir, "report", "template.yaml", "--evidence", "logs", "--format", "json");
        JsonNode group = new ObjectMapper().readTree(run.out()).path("evidence").path("logGroups").get(0);
        assertThat(group.path("source").asText()).isEqualTo("orders");
        assertThat(group.path("function").asText()).isEqualTo("Orders");
        assertThat(group.path("invocations").asLong()).isEqualTo(3);
        assertThat(group.path("durationMs").path("max").asDouble()).isEqualTo(102.0);
        assertThat(group.path("memorySizes").get(0).path("maxMemoryUsedMb").asInt()).isEqualTo(500);
        assertThat(group.path("costPerMillionUsd").path("arm64").asDouble()).isGreaterThan(0.2);
    }
}
