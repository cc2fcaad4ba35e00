package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run that names a subcommand gets a command line with only that subcommand (start-up time); it must
 * behave exactly as the full tree does.
 */
class CommandTreeTest {
    @TempDir
    Path dir;

    private static Lambdalint root() {
        return new Lambdalint(Path.of("."), InputStream::nullInputStream, Cli.CLOCK, Environment.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "rules", "explain", "report", "init", "install-hook"})
    void registersOnlyTheNamedSubcommandWithTheSameModel(String name) {
        CommandLine alone = Lambdalint.commandLine(root(), name);
        CommandLine full = Lambdalint.commandLine(root());
        assertThat(alone.getSubcommands()).containsOnlyKeys(name);
        assertThat(alone.getSubcommands().get(name).getUsageMessage())
                .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
    }

    @Test
    void registersEverySubcommandUnderTheNameItsAnnotationGives() {
        CommandLine full = Lambdalint.commandLine(root());
        assertThat(full.getSubcommands().keySet()).containsExactlyElementsOf(Lambdalint.SUBCOMMANDS);
        full.getSubcommands().forEach((name, sub) -> assertThat(sub.getCommandSpec().name()).isEqualTo(name));
    }

    @Test
    void givesTheFullTreeToHelpCompletionRootOptionsAndTypos() {
        int all = Lambdalint.SUBCOMMANDS.size();
        assertThat(Lambdalint.commandLine(root(), "help").getSubcommands()).hasSize(all);
        assertThat(Lambdalint.commandLine(root(), "completion").getSubcommands()).hasSize(all);
        assertThat(Lambdalint.commandLine(root(), "--help").getSubcommands()).hasSize(all);
        assertThat(Lambdalint.commandLine(root(), "chek").getSubcommands()).hasSize(all);
        assertThat(Lambdalint.commandLine(root(), null).getSubcommands()).hasSize(all);
    }

    @Test
    void givesTheRootAloneToAVersionProbeAndPrintsTheSameVersion() {
        assertThat(Lambdalint.forArguments(root(), new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(Lambdalint.forArguments(root(), new String[] {"-V"}).getSubcommands()).isEmpty();
        // Anything more than the probe itself parses against the tree as before.
        assertThat(Lambdalint.forArguments(root(), new String[] {"--version", "check"}).getSubcommands())
                .containsOnlyKeys(Lambdalint.SUBCOMMANDS);
        assertThat(Lambdalint.forArguments(root(), new String[] {"check", "--version"}).getSubcommands())
                .containsOnlyKeys("check");
        java.io.StringWriter full = new java.io.StringWriter();
        Lambdalint.commandLine(root()).printVersionHelp(new java.io.PrintWriter(full, true));
        Cli.Run version = Cli.run(dir, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(full.toString()).startsWith("lambdalint ");
        assertThat(Cli.run(dir, "-V").out()).isEqualTo(full.toString());
        // Main prints the probe's lines itself (start-up time); picocli prints a subcommand's -V.
        Cli.Run throughPicocli = Cli.run(dir, "check", "-V");
        assertThat(throughPicocli.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(throughPicocli.out());
        assertThat(version.err()).isEqualTo(throughPicocli.err()).isEmpty();
    }

    @Test
    void namesTheJavaVersionAsRuntimeVersionPrintsIt() {
        assertThat(VersionProvider.versionLines()[2]).startsWith("Java " + Runtime.version() + " (");
    }

    @Test
    void leavesToPicocliTheVersionLinesItWouldPrintDifferently() {
        String[] plain = {"lambdalint 1.2.3 (commit abc1234-dirty)", "Java 17.0.15+6 (Eclipse Adoptium)"};
        assertThat(VersionProvider.plain(plain)).hasValue(plain);
        for (String special : new String[] {"vendor 100%% sure", "built by ${USER}", "@|bold vendor|@"}) {
            String[] lines = {"lambdalint 1.2.3", special};
            assertThat(VersionProvider.plain(lines)).isEmpty();
            // picocli formats, interpolates or styles such a line: printing it as it is would differ
            CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().version(lines);
            java.io.StringWriter printed = new java.io.StringWriter();
            new CommandLine(spec).printVersionHelp(new java.io.PrintWriter(printed, true));
            assertThat(printed.toString()).isNotEqualTo(String.join(System.lineSeparator(), lines) + System.lineSeparator());
        }
    }

    @Test
    void printsTheSameHelpAndUsageErrorsThroughMain() {
        String fullHelp = Lambdalint.commandLine(root()).getSubcommands().get("check").getUsageMessage();
        assertThat(Cli.run(dir, "check", "--help").out()).isEqualTo(fullHelp);
        assertThat(Cli.run(dir, "help", "check").out()).isEqualTo(fullHelp);
        Cli.Run typo = Cli.run(dir, "check", "--formt", "json");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("""
                lambdalint: unknown option '--formt' for lambdalint check; did you mean --format?
                Run 'lambdalint check --help' for usage.
                """);
        assertThat(Cli.run(dir, "--help").out()).contains("check").contains("install-hook").contains("completion");
    }
}
