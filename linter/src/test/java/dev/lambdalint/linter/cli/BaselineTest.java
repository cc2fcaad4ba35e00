package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting lambdalint on an existing codebase: fixtures/ci/baseline. */
class BaselineTest {
    private static final Path FIXTURES = Path.of("fixtures/ci/baseline");
    private static final String DATE = "2026-11-27";

    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
    }

    private void use(String fixture) throws IOException {
        Files.copy(FIXTURES.resolve(fixture), dir.resolve("template.yaml"), StandardCopyOption.REPLACE_EXISTING);
    }

    private Cli.Run check(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "check";
        full[1] = "--date";
        full[2] = DATE;
        System.arraycopy(args, 0, full, 3, args.length);
        return Cli.run(dir, full);
    }

    @Test
    void writesTheSortedVersionedBaselineAndReportsNothingElse() throws IOException {
        use("legacy.yaml");
        Cli.Run run = check("--write-baseline", "lambdalint-baseline.json", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEqualTo("lambdalint: recorded 6 findings in lambdalint-baseline.json\n");
        assertThat(run.out()).isEqualTo("Linted 1 template, 3 functions: no findings (6 in the baseline).\n");
        assertThat(Files.readString(dir.resolve("lambdalint-baseline.json")))
                .isEqualTo(Files.readString(FIXTURES.resolve("lambdalint-baseline.json")));
    }

    @Test
    void exitsZeroWhenEveryFindingIsInTheBaseline() throws IOException {
        use("legacy.yaml");
        Files.copy(FIXTURES.resolve("lambdalint-baseline.json"), dir.resolve("lambdalint-baseline.json"));
        Cli.Run run = check("--baseline", "lambdalint-baseline.json", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("Linted 1 template, 3 functions: no findings (6 in the baseline).\n");
    }

    @Test
    void reportsOnlyTheNewFindingWhenEveryLineHasMoved() throws IOException {
        use("legacy-edited.yaml");
        Files.copy(FIXTURES.resolve("lambdalint-baseline.json"), dir.resolve("lambdalint-baseline.json"));
        Cli.Run run = check("--baseline", "lambdalint-baseline.json", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("template.yaml:49:7: error LL101 memory-out-of-range: Function AuditFunction")
                .endsWith("Linted 1 template, 4 functions: 1 error (6 in the baseline).\n");
        assertThat(run.out().lines().filter(l -> l.startsWith("template.yaml:"))).hasSize(1);

        JsonNode json = new ObjectMapper().readTree(check("--baseline", "lambdalint-baseline.json", "--format", "json",
                "template.yaml").out());
        assertThat(json.path("findings").size()).isEqualTo(1);
        assertThat(json.path("summary").path("baselined").asInt()).isEqualTo(6);
        assertThat(json.path("summary").path("error").asInt()).isEqualTo(1);
    }

    @Test
    void dropsFixedFindingsOnTheNextWrite() throws IOException {
        use("legacy.yaml");
        check("--write-baseline", "lambdalint-baseline.json", "template.yaml");
        use("legacy-fixed.yaml");
        Cli.Run run = check("--write-baseline", "lambdalint-baseline.json", "template.yaml");
        assertThat(run.err()).isEqualTo(
                "lambdalint: recorded 5 findings in lambdalint-baseline.json; 1 fixed since the last write dropped out (template.yaml)\n");
        String written = Files.readString(dir.resolve("lambdalint-baseline.json"));
        assertThat(written).doesNotContain("\"LL101\"").contains("\"LL301\"");
        // Reintroducing the fixed fault is a new finding again.
        use("legacy.yaml");
        Cli.Run again = check("--baseline", "lambdalint-baseline.json", "template.yaml");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("LL101").endsWith("1 error (5 in the baseline).\n");
    }

    @Test
    void reportsTheNewFindingsWhileUpdatingTheSameFile() throws IOException {
        use("legacy-edited.yaml");
        Files.copy(FIXTURES.resolve("lambdalint-baseline.json"), dir.resolve("b.json"));
        Cli.Run run = check("--baseline", "b.json", "--write-baseline", "b.json", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith("1 error (6 in the baseline).\n");
        assertThat(check("--baseline", "b.json", "template.yaml").exitCode()).isEqualTo(0);
    }

    @Test
    void namesFilesRelativeToTheBaselineSoAnyWorkingDirectoryWorks() throws IOException {
        Files.createDirectories(dir.resolve("stacks"));
        Files.copy(FIXTURES.resolve("legacy.yaml"), dir.resolve("stacks/api.yaml"));
        assertThat(Cli.run(dir, "check", "--date", DATE, "--write-baseline", "lambdalint-baseline.json", "stacks").exitCode())
                .isEqualTo(0);
        assertThat(Files.readString(dir.resolve("lambdalint-baseline.json"))).contains("\"file\": \"stacks/api.yaml\"");
        Cli.Run fromInside = Cli.run(dir.resolve("stacks"), "check", "--date", DATE, "--baseline",
                "../lambdalint-baseline.json", "api.yaml");
        assertThat(fromInside.exitCode()).isEqualTo(0);
        assertThat(fromInside.out()).endsWith("no findings (6 in the baseline).\n");
    }

    @Test
    void refusesAMissingOrMalformedBaselineWithExitTwo() throws IOException {
        use("legacy.yaml");
        Cli.Run missing = check("--baseline", "nope.json", "template.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(
                "lambdalint: nope.json: no such baseline file; create it with --write-baseline nope.json\n");
        Files.writeString(dir.resolve("old.json"), "{\"version\": 7, \"findings\": []}");
        assertThat(check("--baseline", "old.json", "template.yaml").err()).contains("old.json: baseline format version 7");
        Files.writeString(dir.resolve("bad.json"), "{\"version\": 1, \"findings\": [{\"ruleId\": \"LL101\"}]}");
        Cli.Run bad = check("--baseline", "bad.json", "template.yaml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.json: finding 1 has no text field 'file'").doesNotContain("\tat ");
        Files.writeString(dir.resolve("junk.json"), "not json");
        assertThat(check("--baseline", "junk.json", "template.yaml").err()).contains("junk.json: not a lambdalint baseline");
    }

    @Test
    void saysWhereABrokenBaselineIsBrokenInWordsNotParserInternals() throws IOException {
        Files.writeString(dir.resolve("cut.json"), "{\"version\": 1, \"findings\": [\n");
        Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
        assertThat(check("--baseline", "cut.json", "template.yaml").err()).isEqualTo("lambdalint: cut.json:1:28: cannot read the baseline:"
                + " JSON syntax: the file ends before the list that starts at line 1, column 28 is closed: a ']' is missing\n");
        assertThat(check("--baseline", "deep.json", "template.yaml").err())
                .startsWith("lambdalint: deep.json:1:257: cannot read the baseline: nesting deeper than 256 levels").doesNotContain("`");
    }

    @Test
    void writingForSomeFilesKeepsTheEntriesOfTheOthers() throws IOException {
        Files.copy(FIXTURES.resolve("legacy.yaml"), dir.resolve("a.yaml"));
        Files.copy(FIXTURES.resolve("legacy.yaml"), dir.resolve("b.yaml"));
        assertThat(check("--write-baseline", "baseline.json", "a.yaml", "b.yaml").err())
                .isEqualTo("lambdalint: recorded 12 findings in baseline.json\n");
        Files.copy(FIXTURES.resolve("legacy-fixed.yaml"), dir.resolve("a.yaml"), StandardCopyOption.REPLACE_EXISTING);

        Cli.Run onlyA = check("--write-baseline", "baseline.json", "a.yaml");
        assertThat(onlyA.err()).isEqualTo("lambdalint: recorded 11 findings in baseline.json; kept 6 entries of files this run"
                + " did not lint; 1 fixed since the last write dropped out (a.yaml)\n");
        String written = Files.readString(dir.resolve("baseline.json"));
        assertThat(written).contains("\"file\": \"b.yaml\", \"resource\": \"ApiFunction\", \"ruleId\": \"LL101\"");
        assertThat(check("--baseline", "baseline.json", "a.yaml", "b.yaml").exitCode()).isZero();
    }

    @Test
    void saysInOneLineWhenBaselineEntriesNoLongerMatch() throws IOException {
        Files.copy(FIXTURES.resolve("legacy.yaml"), dir.resolve("a.yaml"));
        Files.copy(FIXTURES.resolve("legacy.yaml"), dir.resolve("b.yaml"));
        check("--write-baseline", "baseline.json", "a.yaml", "b.yaml");
        Files.copy(FIXTURES.resolve("legacy-fixed.yaml"), dir.resolve("a.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Cli.Run both = check("--baseline", "baseline.json", "a.yaml", "b.yaml");
        assertThat(both.exitCode()).isZero();
        assertThat(both.err()).isEqualTo(
                "lambdalint: 1 baseline entry no longer matches: rerun with --write-baseline to tighten it\n");
        // Entries of files the run did not lint are not stale: nothing is known about them.
        assertThat(check("--baseline", "baseline.json", "b.yaml").err()).isEmpty();
    }

    @Test
    void theConfigsBaselineKeyAppliesFromAnyFolderWithoutFlags() throws IOException {
        Files.createDirectories(dir.resolve("stacks"));
        Files.copy(FIXTURES.resolve("legacy.yaml"), dir.resolve("stacks/api.yaml"));
        assertThat(check("--write-baseline", "ci/lambdalint-baseline.json", "stacks").exitCode()).isZero();
        Files.writeString(dir.resolve(".lambdalint.yaml"),
                Files.readString(dir.resolve(".lambdalint.yaml")) + "baseline: ci/lambdalint-baseline.json\n");

        Cli.Run fromRoot = check("stacks");
        assertThat(fromRoot.exitCode()).as(fromRoot.err()).isZero();
        assertThat(fromRoot.out()).endsWith("no findings (6 in the baseline).\n");
        Cli.Run fromInside = Cli.run(dir.resolve("stacks"), "check", "--date", DATE, "api.yaml");
        assertThat(fromInside.exitCode()).as(fromInside.err()).isZero();
        assertThat(fromInside.out()).endsWith("no findings (6 in the baseline).\n");
        // As the pre-commit framework calls it: the changed files, some of them not templates.
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"app\"}\n");
        Cli.Run preCommit = check("--skip-non-templates", "package.json", "stacks/api.yaml");
        assertThat(preCommit.exitCode()).as(preCommit.err()).isZero();
        assertThat(preCommit.out()).endsWith("no findings (6 in the baseline).\n");
        // --select and --ignore replace the config's rule settings, not its baseline.
        Cli.Run selected = check("--select", "warning", "stacks");
        assertThat(selected.exitCode()).as(selected.err()).isZero();
        assertThat(selected.out()).containsPattern("no findings \\(\\d+ in the baseline\\)\\.\n$");
        // --baseline on the command line wins over the key.
        Files.writeString(dir.resolve("empty.json"), "{\"version\": 1, \"findings\": []}\n");
        assertThat(check("--baseline", "empty.json", "stacks").exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingBaselineNamedByTheConfigIsAnErrorThatSaysWhereItWasNamed() throws IOException {
        use("legacy.yaml");
        Files.writeString(dir.resolve(".lambdalint.yaml"), "baseline: ci/none.json\n");
        Cli.Run run = check("template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lambdalint: ci/none.json: no such baseline file; create it with --write-baseline"
                + " ci/none.json (named by baseline: in .lambdalint.yaml)\n");
        // Writing it is how a team creates it: the key does not stand in the way.
        assertThat(check("--write-baseline", "ci/none.json", "template.yaml").exitCode()).isZero();
        assertThat(check("template.yaml").exitCode()).isZero();
    }
}
