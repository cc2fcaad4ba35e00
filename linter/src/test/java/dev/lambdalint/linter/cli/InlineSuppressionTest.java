package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.linter.Fixtures;
import dev.lambdalint.linter.Fixtures.Hit;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions written as YAML comments: fixtures/ci/inline-suppression. */
class InlineSuppressionTest {
    private static final Path FOLDER = Path.of("fixtures/ci/inline-suppression");
    private static final Set<String> SCOPE = Set.of("LL002", "LL003", "LL101", "LL104", "LL301");

    @TempDir
    Path dir;

    @Test
    void reportsExactlyWhatTheFixtureExpects() {
        LintResult result = Fixtures.lint(FOLDER, List.of(FOLDER.toString()));
        Set<Hit> actual = Fixtures.hits(result).stream().filter(h -> SCOPE.contains(h.rule()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).containsExactlyElementsOf(Fixtures.expectations(FOLDER));
    }

    @Test
    void suppressesWhatEachCommentCoversWithItsReason() {
        LintResult result = Fixtures.lint(FOLDER, List.of(FOLDER.toString()));
        List<String> suppressed = result.findings().stream().filter(ReportedFinding::suppressed)
                .map(f -> f.line() + " " + f.ruleId() + " " + f.resource() + ": " + f.suppressionReason().get())
                .toList();
        assertThat(suppressed).containsExactlyInAnyOrder(
                "8 LL101 Legacy: legacy callers pass 64 and get rejected by design",
                "13 LL104 Resizer: every function here runs a multi-threaded image pipeline",
                "13 LL104 Thumbnailer: every function here runs a multi-threaded image pipeline",
                "13 LL104 NoReason: every function here runs a multi-threaded image pipeline",
                "13 LL104 Typo: every function here runs a multi-threaded image pipeline",
                "13 LL104 NoRule: every function here runs a multi-threaded image pipeline",
                "13 LL104 NoColon: every function here runs a multi-threaded image pipeline",
                "13 LL104 Misspelt: every function here runs a multi-threaded image pipeline",
                "13 LL104 Tight: every function here runs a multi-threaded image pipeline",
                "84 LL301 Tight: written without spaces, still a suppression",
                "16 LL301 Resizer: bounded by the queue's MaximumConcurrency",
                "29 LL301 Archiver: alone on its line, it covers the line below",
                "34 LL101 Archiver: several rules at once");
    }

    @Test
    void pointsLl002AtTheCommentsLineAndSaysWhatToWrite() {
        LintResult result = Fixtures.lint(FOLDER, List.of(FOLDER.toString()));
        List<String> ll002 = result.findings().stream().filter(f -> f.ruleId().equals("LL002"))
                .map(f -> f.line() + ": " + f.message()).toList();
        assertThat(ll002).containsExactly(
                "44: Inline suppression of LL301 has no reason, so it does not apply: write `# lambdalint: suppress LL301 -- <reason>`",
                "50: Inline suppression names unknown rule 'LL3O1'; see `lambdalint rules` (the reason goes after ` -- `)",
                "56: Inline suppression names no rule: write `# lambdalint: suppress <id or name> -- <reason>`",
                "72: This comment looks like a suppression but is not written as one, so it is ignored:"
                        + " write `# lambdalint: suppress LL301 -- bounded by its schedule`",
                "78: This comment looks like a suppression but is not written as one, so it is ignored:"
                        + " write `# lambdalint: suppress LL301 -- bounded by its schedule`");
    }

    @Test
    void showSuppressedListsInlineSuppressionsWithTheirReasons() throws IOException {
        Cli.Run text = Cli.run(Path.of(""), "check", "--show-suppressed", FOLDER.resolve("template.yaml").toString());
        assertThat(text.out()).contains("template.yaml:16:3: suppressed LL301 reserved-concurrency-missing: Function Resizer")
                .contains("    reason: bounded by the queue's MaximumConcurrency")
                .endsWith("(13 suppressed).\n");
        assertThat(Cli.run(Path.of(""), "check", FOLDER.resolve("template.yaml").toString()).out())
                .doesNotContain("Resizer has no ReservedConcurrentExecutions");

        JsonNode json = new ObjectMapper().readTree(Cli.run(Path.of(""), "check", "--format", "json", "--show-suppressed",
                FOLDER.resolve("template.yaml").toString()).out());
        assertThat(json.path("findings").findValuesAsText("suppressionReason"))
                .contains("several rules at once", "bounded by the queue's MaximumConcurrency");
        assertThat(json.path("summary").path("suppressed").asInt()).isEqualTo(13);
    }

    @Test
    void aPropertyCommentLeavesTheRestOfTheResourceJudged() {
        Templates.write(dir, "t.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: 64   # lambdalint: suppress LL301 -- wrong line for LL301
                """);
        Cli.Run run = Cli.run(dir, "check", "t.yaml");
        assertThat(run.out()).contains("t.yaml:2:3: warning LL301").contains("t.yaml:6:7: error LL101");
    }

    @Test
    void ll003JudgesOnlyTheFilesTheRunLinted() {
        FocusConfig.write(dir);
        Templates.write(dir, "stale.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: 1024   # lambdalint: suppress LL101 -- the caller needed 64 MB once
                      ReservedConcurrentExecutions: 5
                """);
        Templates.write(dir, "other.yaml", Templates.CLEAN);
        Cli.Run stale = Cli.run(dir, "check", "stale.yaml");
        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.out()).contains("stale.yaml:6:7: warning LL003 suppression-unused: Inline suppression of LL101 silenced nothing");
        Cli.Run other = Cli.run(dir, "check", "other.yaml");
        assertThat(other.out()).doesNotContain("LL003");
        assertThat(other.exitCode()).isZero();
    }
}
