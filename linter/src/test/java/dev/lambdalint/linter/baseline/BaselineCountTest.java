package dev.lambdalint.linter.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.engine.Summary;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCountTest {
    @TempDir
    Path dir;

    private static ReportedFinding finding(int line) {
        return new ReportedFinding("LL301", "reserved-concurrency-missing", Severity.WARNING, "m", "t.yaml", line, 3,
                "/Resources/Fn", "Fn", Optional.empty(), Optional.empty(), "fix", Optional.empty());
    }

    private static LintResult result(ReportedFinding... findings) {
        return new LintResult(List.of(findings), List.of(), new Summary(1, 1, 0, 0, findings.length, 0, 0, 0), List.of());
    }

    @Test
    void aSecondIdenticalFindingIsNew() throws IOException, BaselineException {
        Baseline.of(result(finding(2)), dir, dir).write(dir.resolve("b.json"));
        Baseline baseline = Baseline.read(dir.resolve("b.json"), "b.json");

        LintResult twice = baseline.apply(result(finding(2), finding(9)), dir, dir);
        assertThat(twice.findings()).extracting(ReportedFinding::line).containsExactly(9);
        assertThat(twice.summary().baselined()).isEqualTo(1);
        assertThat(twice.summary().warnings()).isEqualTo(1);
    }

    @Test
    void recordsHowManyTimesAFingerprintOccurs() throws IOException, BaselineException {
        Baseline.of(result(finding(2), finding(9)), dir, dir).write(dir.resolve("b.json"));
        assertThat(Files.readString(dir.resolve("b.json"))).contains("\"count\": 2");
        Baseline baseline = Baseline.read(dir.resolve("b.json"), "b.json");
        assertThat(baseline.size()).isEqualTo(2);
        assertThat(baseline.apply(result(finding(5), finding(7)), dir, dir).findings()).isEmpty();
    }

    @Test
    void writesAnEmptyBaselineThatReadsBack() throws IOException, BaselineException {
        Baseline.of(result(), dir, dir).write(dir.resolve("b.json"));
        assertThat(Files.readString(dir.resolve("b.json")))
                .isEqualTo("{\n  \"version\": 1,\n  \"tool\": \"lambdalint\",\n  \"findings\": []\n}\n");
        assertThat(Baseline.read(dir.resolve("b.json"), "b.json").size()).isZero();
    }
}
