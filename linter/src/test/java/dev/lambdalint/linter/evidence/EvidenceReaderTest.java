package dev.lambdalint.linter.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Observed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceReaderTest {
    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    @TempDir
    Path dir;

    private static final String COLD = "REPORT RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 12.34 ms\t"
            + "Billed Duration: 163 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\tInit Duration: 150.50 ms\t";
    private static final String WARM = "REPORT RequestId: 4604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 20.00 ms\t"
            + "Billed Duration: 20 ms\tMemory Size: 128 MB\tMax Memory Used: 72 MB\t";

    private EvidenceSet read(String... args) {
        return EvidenceReader.read(java.util.Arrays.stream(args).map(EvidenceInput::parse).toList(), NO_STDIN);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsPlainReportLinesAndSkipsTheFunctionsOwnLines() throws IOException {
        Path log = write("orders-api.log", String.join("\n",
                "START RequestId: 3604209a Version: $LATEST",
                "2026-11-20T10:00:00.000Z\t3604209a\tINFO\tcustomer email alice@example.com card 4111111111111111",
                "END RequestId: 3604209a",
                COLD,
                "XRAY TraceId: 1-5e1b4151-5ac6c58f5b5daa6532e4f2e8\tSegmentId: 6b1e0c8f3f6b2c1d\tSampled: true",
                WARM));
        EvidenceSet set = read(log.toString());
        assertThat(set.errors()).isEmpty();
        assertThat(set.files()).extracting(EvidenceFile::format).containsExactly(EvidenceFormat.TEXT);
        assertThat(set.files().get(0).records()).isEqualTo(2);
        Observed o = set.observed().get("orders-api");
        assertThat(o.invocations()).isEqualTo(2);
        assertThat(o.coldStarts()).isEqualTo(1);
        assertThat(o.init().max()).isCloseTo(150.5, within(0.2));
        assertThat(o.duration().max()).isEqualTo(20.0);
        assertThat(o.maxMemoryUsedMb()).isEqualTo(72);
        assertThat(o.bySize()).extracting(AtMemorySize::memoryMb).containsExactly(128);
        assertThat(o.bySize().get(0).billedMs()).isEqualTo(183.0);
        assertThat(o.first()).isEmpty();
        // Nothing the function logged of its own survives into the model.
        assertThat(o.toString()).doesNotContain("alice").doesNotContain("4111");
    }

    @Test
    void readsThePrefixesOfAwsLogsTailSamLogsAndTheConsoleWithTheirTimestamps() throws IOException {
        Path tail = write("tail.txt", "2026-11-20T10:00:00.123000+00:00 2026/11/20/[$LATEST]0a1b2c " + WARM + "\n");
        Path sam = write("sam.txt", "2026/11/27/[$LATEST]0a1b2c 2026-11-27T09:30:00.5 " + WARM + "\n");
        Path console = write("console.txt", "2026-11-22T08:00:00.000Z\t" + WARM + "\n");
        EvidenceSet set = read("Fn=" + tail, "Fn=" + sam, "Fn=" + console);
        Observed o = set.observed().get("Fn");
        assertThat(o.invocations()).isEqualTo(3);
        assertThat(o.first()).contains(Instant.parse("2026-11-20T10:00:00.123Z"));
        assertThat(o.last()).contains(Instant.parse("2026-11-27T09:30:00.500Z"));
        assertThat(set.explicit()).containsExactly("Fn");
    }

    @Test
    void countsEachTimeoutAndOutOfMemoryOnceWhetherTheRuntimeWritesAStatusOrNot() throws IOException {
        Path old = write("old.log", String.join("\n",
                "2026-11-20T10:00:03.005Z 3b3c Task timed out after 3.00 seconds",
                "REPORT RequestId: 3b3c\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB",
                "RequestId: 5d5e Error: Runtime exited with error: signal: killed",
                "Runtime.ExitError",
                "REPORT RequestId: 5d5e\tDuration: 812.00 ms\tBilled Duration: 812 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB"));
        Path fresh = write("fresh.log", String.join("\n",
                "2026-11-20T10:00:03.005Z 3b3c Task timed out after 3.00 seconds",
                "REPORT RequestId: 3b3c\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\tStatus: timeout",
                "REPORT RequestId: 5d5e\tDuration: 812.00 ms\tBilled Duration: 812 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\tStatus: error\tError Type: Runtime.OutOfMemory",
                "REPORT RequestId: 6f6f\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\tStatus: error\tError Type: Runtime.Unknown"));
        EvidenceSet set = read(old.toString(), fresh.toString());
        assertThat(set.observed().get("old").timeouts()).isEqualTo(1);
        assertThat(set.observed().get("old").outOfMemory()).isEqualTo(1);
        assertThat(set.observed().get("fresh").timeouts()).isEqualTo(1);
        assertThat(set.observed().get("fresh").outOfMemory()).isEqualTo(1);
        assertThat(set.observed().get("fresh").errors()).isEqualTo(1);
    }

    @Test
    void readsSnapStartRestoreAsAColdStart() throws IOException {
        Path log = write("snap.log", "REPORT RequestId: a\tDuration: 5.00 ms\tBilled Duration: 480 ms\tMemory Size: 1024 MB\t"
                + "Max Memory Used: 200 MB\tRestore Duration: 474.16 ms\tBilled Restore Duration: 419 ms\n");
        Observed o = read(log.toString()).observed().get("snap");
        assertThat(o.coldStarts()).isEqualTo(1);
        assertThat(o.init().max()).isCloseTo(474.16, within(0.5));
    }

    @Test
    void readsTheJsonLogFormatsPlatformRecords() throws IOException {
        Path log = write("json-format.log", String.join("\n",
                "{\"time\":\"2026-11-20T10:00:00.000Z\",\"type\":\"platform.initReport\",\"record\":{\"initializationType\":\"on-demand\",\"phase\":\"init\",\"status\":\"success\",\"metrics\":{\"durationMs\":1250.5}}}",
                "{\"timestamp\":\"2026-11-20T10:00:00.100Z\",\"level\":\"INFO\",\"message\":\"user secret\"}",
                "{\"time\":\"2026-11-20T10:00:01.000Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"a\",\"metrics\":{\"durationMs\":100.25,\"billedDurationMs\":1351,\"memorySizeMB\":512,\"maxMemoryUsedMB\":90},\"status\":\"success\"}}",
                "{\"time\":\"2026-11-21T10:00:01.000Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"b\",\"metrics\":{\"durationMs\":3000.0,\"billedDurationMs\":3000,\"memorySizeMB\":512,\"maxMemoryUsedMB\":95},\"status\":\"timeout\"}}",
                "{\"time\":\"2026-11-21T10:00:02.000Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"c\",\"metrics\":{\"durationMs\":50.0,\"billedDurationMs\":50,\"memorySizeMB\":512,\"maxMemoryUsedMB\":512},\"status\":\"error\",\"errorType\":\"Runtime.OutOfMemory\"}}"));
        EvidenceSet set = read(log.toString());
        Observed o = set.observed().get("json-format");
        assertThat(set.files().get(0).format()).isEqualTo(EvidenceFormat.TEXT);
        assertThat(o.invocations()).isEqualTo(3);
        assertThat(o.coldStarts()).isEqualTo(1);
        assertThat(o.init().max()).isCloseTo(1250.5, within(1.5));
        assertThat(o.timeouts()).isEqualTo(1);
        assertThat(o.outOfMemory()).isEqualTo(1);
        assertThat(o.maxMemoryUsedMb()).isEqualTo(512);
        assertThat(o.last()).contains(Instant.parse("2026-11-21T10:00:02Z"));
    }

    @Test
    void readsFilterLogEventsOutputUnderTheFilesName() throws IOException {
        Path file = write("checkout.json", """
                {
                    "events": [
                        {"logStreamName": "2026/11/20/[$LATEST]0a", "timestamp": 1795255200000,
                         "message": "%s\\n", "ingestionTime": 1795255200100, "eventId": "1"},
                        {"logStreamName": "2026/11/20/[$LATEST]0a", "timestamp": 1795255201000,
                         "message": "hello from the function\\n", "ingestionTime": 1795255201100, "eventId": "2"}
                    ],
                    "searchedLogStreams": []
                }
                """.formatted(WARM.replace("\t", "\\t")));
        EvidenceSet set = read(file.toString());
        assertThat(set.files().get(0).format()).isEqualTo(EvidenceFormat.LOG_EVENTS);
        Observed o = set.observed().get("checkout");
        assertThat(o.invocations()).isEqualTo(1);
        assertThat(o.first()).contains(Instant.ofEpochMilli(1795255200000L));
    }

    @Test
    void readsLogsInsightsExportsUnderTheirLogGroups() throws IOException {
        Path json = write("insights.json", """
                [{"@timestamp": "2026-11-20 10:00:00.000", "@message": "%s", "@logStream": "s", "@log": "123456789012:/aws/lambda/orders"},
                 {"@timestamp": "2026-11-21 10:00:00.000", "@message": "%s", "@logStream": "s", "@log": "123456789012:/aws/lambda/billing"}]
                """.formatted(COLD.replace("\t", "\\t"), WARM.replace("\t", "\\t")));
        Path csv = write("insights.csv", "@timestamp,@message,@logStream,@log\n"
                + "2026-11-22 10:00:00.000,\"" + WARM + "\nXRAY TraceId: 1-2-3\tSampled: true\",s,123456789012:/aws/lambda/orders\n"
                + "2026-11-22 10:00:01.000,\"said \"\"hi\"\"\",s,123456789012:/aws/lambda/orders\n");
        Path query = write("query.json", """
                {"results": [[{"field": "@timestamp", "value": "2026-11-23 10:00:00.000"}, {"field": "@message", "value": "%s"},
                              {"field": "@log", "value": "123456789012:/aws/lambda/orders"}, {"field": "@ptr", "value": "x"}]],
                 "statistics": {"recordsMatched": 1.0}, "status": "Complete"}
                """.formatted(WARM.replace("\t", "\\t")));
        EvidenceSet set = read(json.toString(), csv.toString(), query.toString());
        assertThat(set.errors()).isEmpty();
        assertThat(set.files()).extracting(EvidenceFile::format).containsExactly(
                EvidenceFormat.INSIGHTS_JSON, EvidenceFormat.INSIGHTS_CSV, EvidenceFormat.INSIGHTS_QUERY);
        assertThat(set.observed()).containsOnlyKeys("orders", "billing");
        Observed orders = set.observed().get("orders");
        assertThat(orders.invocations()).isEqualTo(3);
        assertThat(orders.coldStarts()).isEqualTo(1);
        assertThat(orders.first()).contains(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(orders.last()).contains(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void readsS3ExportsGzippedUnderTheExportPrefix() throws IOException {
        Path object = dir.resolve("exports/payments/0e2f7c3a-1b2c-4d5e-8f90-123456789abc/2026/11/20/[$LATEST]0a1b/000000.gz");
        Files.createDirectories(object.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(object))) {
            out.write(("2026-11-20T10:00:00.000Z " + COLD + "\n2026-11-20T10:00:01.000Z " + WARM + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        EvidenceSet set = read(dir.resolve("exports").toString());
        assertThat(set.observed()).containsOnlyKeys("payments");
        assertThat(set.observed().get("payments").invocations()).isEqualTo(2);
    }

    @Test
    void readsThrottlesAndConcurrencyFromMetricExports() throws IOException {
        Path data = write("metrics/orders.json", """
                {"MetricDataResults": [
                  {"Id": "throttles", "Label": "Throttles", "Timestamps": ["2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z"], "Values": [3.0, 4.0], "StatusCode": "Complete"},
                  {"Id": "conc", "Label": "ConcurrentExecutions", "Timestamps": ["2026-11-20T10:00:00Z"], "Values": [42.0], "StatusCode": "Complete"}],
                 "Messages": []}
                """);
        Path stats = write("metrics/billing.json", """
                {"Label": "Throttles", "Datapoints": [{"Timestamp": "2026-11-20T10:00:00Z", "Sum": 2.0, "Unit": "Count"}]}
                """);
        EvidenceSet set = read(dir.resolve("metrics").toString());
        assertThat(set.observed().get("orders").throttles()).hasValue(7);
        assertThat(set.observed().get("orders").maxConcurrency()).hasValue(42);
        assertThat(set.observed().get("billing").throttles()).hasValue(2);
        assertThat(set.files()).extracting(EvidenceFile::format)
                .containsExactly(EvidenceFormat.METRIC_STATISTICS, EvidenceFormat.METRIC_DATA);
    }

    @Test
    void keepsDurationsPerMemorySizeWhenADeploymentChangedIt() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            log.append("REPORT RequestId: a\tDuration: ").append(400 + i).append(".00 ms\tBilled Duration: ")
                    .append(400 + i).append(" ms\tMemory Size: 512 MB\tMax Memory Used: 100 MB\n");
            log.append("REPORT RequestId: b\tDuration: ").append(200 + i).append(".00 ms\tBilled Duration: ")
                    .append(200 + i).append(" ms\tMemory Size: 1024 MB\tMax Memory Used: 110 MB\n");
        }
        Observed o = read(write("resized.log", log.toString()).toString()).observed().get("resized");
        List<AtMemorySize> sizes = o.bySize();
        assertThat(sizes).extracting(AtMemorySize::memoryMb).containsExactly(512, 1024);
        assertThat(sizes.get(0).duration().p50()).isCloseTo(449.0, within(1.0));
        assertThat(sizes.get(1).duration().p99()).isCloseTo(298.0, within(1.0));
        assertThat(o.duration().max()).isEqualTo(499.0);
        assertThat(sizes.get(1).gbSeconds()).isCloseTo(24.95, within(0.01));
    }

    @Test
    void readsStandardInput() {
        EvidenceSet set = EvidenceReader.read(List.of(EvidenceInput.parse("Api=-")),
                new ByteArrayInputStream((WARM + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(set.observed().get("Api").invocations()).isEqualTo(1);
    }

    @Test
    void namesTheFileAndLineOfAJsonExportCutShortWithoutQuotingIt() throws IOException {
        Path cut = write("cut.json", "{\"events\": [\n{\"timestamp\": 1, \"message\": \"" + WARM.replace("\t", "\\t")
                + "\"},\n{\"timestamp\": 2, \"message\": \"secret-token-123");
        Path missing = dir.resolve("missing.log");
        EvidenceSet set = read(cut.toString(), missing.toString());
        assertThat(set.errors()).hasSize(2);
        assertThat(set.errors().get(0).file()).isEqualTo(cut.toString());
        assertThat(set.errors().get(0).line()).isEqualTo(3);
        assertThat(set.errors().get(0).message()).contains("aws logs events JSON").doesNotContain("secret");
        assertThat(set.errors().get(1).message()).contains("no such file");
        // What was read before the cut still counts.
        assertThat(set.observed().get("cut").invocations()).isEqualTo(1);
    }

    @Test
    void cutsOverlongLinesInsteadOfHoldingThem() throws IOException {
        Path log = write("long.log", "x".repeat(3 * LineReader.MAX_LINE) + "\n" + WARM + "\n");
        assertThat(read(log.toString()).observed().get("long").invocations()).isEqualTo(1);
    }

    @Test
    void tiesAFileToAFunctionWithAnEqualsSignButKeepsFilesWhoseNamesHoldOne() throws IOException {
        Path odd = write("a=b.log", WARM + "\n");
        assertThat(EvidenceInput.parse(odd.toString()).function()).isEmpty();
        assertThat(EvidenceInput.parse("Api=logs/api.log").function()).contains("Api");
        assertThat(read(odd.toString()).observed()).containsOnlyKeys("a=b");
    }
}
