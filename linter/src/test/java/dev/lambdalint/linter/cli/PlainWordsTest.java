package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages and help a new user meets first, in words rather than Java. */
class PlainWordsTest {
    @TempDir
    Path dir;

    @Test
    void guessesAMistypedCommandOptionAndRule() {
        Cli.Run command = Cli.run(dir, "chek", "template.yaml");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).startsWith("lambdalint: unknown command 'chek'; did you mean check? (commands: check, rules,")
                .endsWith("\nRun 'lambdalint --help' for usage.\n");
        Cli.Run option = Cli.run(dir, "check", "--fromat", "json");
        assertThat(option.err()).isEqualTo("""
                lambdalint: unknown option '--fromat' for lambdalint check; did you mean --format?
                Run 'lambdalint check --help' for usage.
                """);
        Cli.Run rule = Cli.run(dir, "explain", "memory-defualt");
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.err()).isEqualTo(
                "lambdalint: unknown rule 'memory-defualt'; did you mean memory-default? (`lambdalint rules` lists them)\n");
        assertThat(Cli.run(dir, "explain", "LL999").err()).doesNotContain("did you mean");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "rules", "explain", "report", "init", "install-hook", "completion"})
    void printsTheVersionFromEverySubcommand(String subcommand) {
        Cli.Run run = Cli.run(dir, subcommand, "-V");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("lambdalint ").contains("runtime lifecycle data as of ")
                .isEqualTo(Cli.run(dir, "--version").out());
    }

    @Test
    void aBadDateSaysWhatADateLooksLike() {
        Cli.Run run = Cli.run(dir, "check", "--date", "2026-13-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("""
                lambdalint: --date must be a date such as 2026-12-03, not '2026-13-01'
                Run 'lambdalint check --help' for usage.
                """);
    }

    @Test
    void checkHelpOpensWithExamplesAndListsTheExitCodes() {
        String help = Cli.run(dir, "check", "--help").out();
        assertThat(help).startsWith("\nExamples:\n  Lint the templates under this folder")
                .contains("lambdalint check --format sarif infra/ > lambdalint.sarif")
                .contains("--baseline lambdalint-baseline.json", "--changed-since origin/main", "cdk.out")
                .contains("Exit codes:\n  0   nothing at or above --fail-on\n  1   findings at or above --fail-on\n  2   ");
        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void explainWrapsTo80ColumnsOffATerminalAndEndsWithTheRulePage() {
        String text = Cli.run(dir, "explain", "LL301").out();
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(text).contains("Why\n  All functions of an account").contains("\n  default). A function")
                .endsWith("\nDocs: https://github.com/lambdalint/lambdalint/blob/main/docs/rules/LL301.md\n");
    }

    @Test
    void explainWrapsToTheTerminalItIsShownOn() {
        Environment terminal = new Environment(Map.of("COLUMNS", "60"), true);
        String text = Cli.runIn(terminal, dir, "explain", "LL301").out();
        // The page's address is one word: it is not cut.
        assertThat(text.lines().filter(l -> !l.startsWith("Docs: ")))
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(60));
        assertThat(text.lines().filter(l -> l.length() > 50)).isNotEmpty();
        assertThat(text.lines().filter(l -> l.startsWith("  "))).allSatisfy(l -> assertThat(l).doesNotStartWith("   A"));
    }

    @Test
    void theRuleTableFitsAHundredColumns() {
        String table = Cli.run(dir, "rules").out();
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        assertThat(table).contains("warning   yes      No ReservedConcurrentExecutions");
    }
}
