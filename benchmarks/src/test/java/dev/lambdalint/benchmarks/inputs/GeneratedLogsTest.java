package dev.lambdalint.benchmarks.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lambdalint.linter.evidence.EvidenceFile;
import dev.lambdalint.linter.evidence.EvidenceFormat;
import dev.lambdalint.linter.evidence.EvidenceInput;
import dev.lambdalint.linter.evidence.EvidenceReader;
import dev.lambdalint.linter.evidence.EvidenceSet;
import dev.lambdalint.rules.evidence.Observed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers against the generator's known answers, in every format the generator writes. */
class GeneratedLogsTest {
    @TempDir
    Path dir;

    private static EvidenceSet read(Path path) {
        return EvidenceReader.read(List.of(EvidenceInput.parse(path.toString())), new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void everyFormatYieldsTheGeneratorsExactCountsAndPeaks() throws IOException {
        List<LogGenerator.FunctionSpec> functions = LogGenerator.typicalFunctions(16);
        Map<String, LogGenerator.Answer> answers = new LogGenerator(42).writeAll(dir, functions, 400);
        EvidenceSet set = read(dir);

        assertThat(set.errors()).isEmpty();
        assertThat(set.files()).extracting(EvidenceFile::format).contains(EvidenceFormat.values());
        assertThat(set.observed()).containsOnlyKeys(answers.keySet());
        for (LogGenerator.Answer a : answers.values()) {
            Observed o = set.observed().get(a.name());
            String what = a.name() + " written as " + a.format();
            assertThat(o.invocations()).as(what).isEqualTo(a.invocations());
            assertThat(o.coldStarts()).as(what).isEqualTo(a.coldStarts());
            assertThat(o.timeouts()).as(what).isEqualTo(a.timeouts());
            assertThat(o.outOfMemory()).as(what).isEqualTo(a.outOfMemory());
            assertThat(o.maxMemoryUsedMb()).as(what).isEqualTo(a.maxMemoryUsedMb());
            assertThat(o.duration().max()).as(what).isEqualTo(a.maxDurationHundredths() / 100.0);
            for (double p : new double[] {50, 95, 99}) {
                double exact = a.durationPercentile(p);
                double got = p == 50 ? o.duration().p50() : p == 95 ? o.duration().p95() : o.duration().p99();
                // Three significant digits: within 0.1 % of the exact nearest-rank value.
                assertThat(got).as(what + " p" + p).isCloseTo(exact, within(exact * 0.001 + 0.01));
            }
            if (a.throttles() > 0) {
                assertThat(o.throttles()).as(what).hasValue(a.throttles());
            } else {
                assertThat(o.throttles()).as(what).isEmpty();
            }
            if (a.format() != LogGenerator.Format.TEXT && a.format() != LogGenerator.Format.JSON_FORMAT) {
                // Plain REPORT lines carry no time; every export adds one.
                assertThat(o.first()).as(what).hasValueSatisfying(t -> assertThat(t).isAfterOrEqualTo(
                        Instant.ofEpochMilli(LogGenerator.START_MILLIS)));
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameLogs() throws IOException {
        LogGenerator.FunctionSpec fn = LogGenerator.typicalFunctions(2).get(1);
        LogGenerator.Answer a = new LogGenerator(7).write(dir.resolve("a"), fn, LogGenerator.Format.TEXT, 50);
        LogGenerator.Answer b = new LogGenerator(7).write(dir.resolve("b"), fn, LogGenerator.Format.TEXT, 50);
        assertThat(a).isEqualTo(b);
        assertThat(java.nio.file.Files.readString(dir.resolve("a").resolve(fn.name() + ".log")))
                .isEqualTo(java.nio.file.Files.readString(dir.resolve("b").resolve(fn.name() + ".log")));
    }

    @Test
    void bulkLogsReachTheAskedSizeAndKeepTheirAnswers() throws IOException {
        Map<String, LogGenerator.Answer> answers = new LogGenerator(3).writeBulk(dir, LogGenerator.typicalFunctions(4), 400_000);
        EvidenceSet set = read(dir);
        long bytes = set.files().stream().mapToLong(f -> Path.of(f.file()).toFile().length()).sum();
        assertThat(bytes).isBetween(400_000L, 420_000L);
        answers.values().forEach(a -> assertThat(set.observed().get(a.name()).invocations()).isEqualTo(a.invocations()));
    }

    @Test
    void theCommandLineWritesBulkLogsAndEveryFormat() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Generate.run(List.of("logs", dir.resolve("bulk").toString(), "--megabytes", "1", "--functions", "2"),
                print, System.err)).isZero();
        assertThat(Generate.run(List.of("log-formats", dir.resolve("formats").toString(), "--functions", "9"), print,
                System.err)).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("1 MB of logs, 2 functions")
                .contains("INSIGHTS_QUERY");
        assertThat(read(dir.resolve("formats")).observed()).hasSize(9);
    }
}
