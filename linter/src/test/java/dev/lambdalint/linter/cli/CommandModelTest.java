package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The root's and {@code check}'s models are built in code (start-up time: no annotation reflection), and
 * must behave byte for byte as the annotated models they replaced. The files under
 * {@code linter/src/test/resources/cli-model} were written by the annotated models (commit "Pin the command
 * model's help, errors and completion") and are compared here; {@code -Dlambdalint.updateSnapshots=true}
 * writes them anew, for review as a diff.
 */
class CommandModelTest {
    private static final Path PINNED = Path.of("linter/src/test/resources/cli-model");

    @TempDir
    Path dir;

    private static Lambdalint root() {
        return new Lambdalint(Path.of("."), InputStream::nullInputStream, Cli.CLOCK, Environment.NONE);
    }

    private static void assertPinned(String name, String actual) throws IOException {
        Path file = PINNED.resolve(name);
        if (Boolean.getBoolean("lambdalint.updateSnapshots")) {
            Files.createDirectories(PINNED);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("%s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheSameHelp() throws IOException {
        assertPinned("check-help.txt", Cli.run(dir, "check", "--help").out());
        assertPinned("help-check.txt", Cli.run(dir, "help", "check").out());
        assertPinned("root-help.txt", Cli.run(dir, "--help").out());
        assertPinned("root-help-alone.txt", Cli.run(dir, "help").out());
        assertPinned("check-version.txt", Cli.run(dir, "check", "-V").out().replace(
                VersionProvider.versionLines()[0], "VERSION").replace(VersionProvider.versionLines()[1], "TABLE")
                .replace(VersionProvider.versionLines()[2], "JAVA"));
    }

    @Test
    void printsTheSameCompletionScript() throws IOException {
        Cli.Run run = Cli.run(dir, "completion");
        assertThat(run.exitCode()).isZero();
        assertPinned("completion.bash", run.out());
    }

    @Test
    void reportsTheSameUsageErrors() throws IOException {
        String[][] cases = {
            {},
            {"chek"},
            {"--formt"},
            {"check", "--formt", "json"},
            {"check", "--format", "xml"},
            {"check", "--format"},
            {"check", "--fail-on", "sometimes"},
            {"check", "--color", "rarely"},
            {"check", "--date", "yesterday"},
            {"check", "--output", "sarif"},
            {"check", "--output", "pdf=x.pdf"},
            {"check", "--select"},
            {"check", "-p"},
            {"check", "--parameters"},
            {"check", "--evidence"},
            {"check", "--baseline"},
            {"check", "--config"},
            {"check", "--debug=yes"},
            {"check", "-Lx"},
            {"check", "-z"},
            {"check", "--sequental"},
            {"check", "--list-inputs=maybe"},
        };
        StringBuilder all = new StringBuilder();
        for (String[] args : cases) {
            Cli.Run run = Cli.run(dir, args);
            all.append("$ lambdalint ").append(String.join(" ", args)).append("\n")
                    .append("exit ").append(run.exitCode()).append("\n")
                    .append(run.out()).append(run.err()).append("\n");
        }
        assertPinned("usage-errors.txt", all.toString());
    }

    /** What help does not show: arity, types, defaults, split, order, the help flags. */
    @Test
    void buildsTheSameModel() throws IOException {
        CommandLine full = Lambdalint.commandLine(root());
        assertPinned("root-model.txt", describe(full.getCommandSpec(), true));
        assertPinned("check-model.txt", describe(full.getSubcommands().get("check").getCommandSpec(), true));
        assertPinned("check-alone-model.txt",
                describe(Lambdalint.commandLine(root(), "check").getSubcommands().get("check").getCommandSpec(), true));
    }

    private static String describe(CommandSpec spec, boolean withArgs) {
        StringBuilder b = new StringBuilder();
        b.append("name ").append(spec.name()).append(" qualified ").append(spec.qualifiedName())
                .append(" aliases ").append(Arrays.toString(spec.aliases()))
                .append(" subcommands ").append(spec.subcommands().keySet()).append("\n");
        b.append("version ").append(spec.versionProvider() != null).append(" helpCommand ").append(spec.helpCommand())
                .append(" exitCodeOnSuccess ").append(spec.exitCodeOnSuccess())
                .append(" exitCodeOnUsageHelp ").append(spec.exitCodeOnUsageHelp())
                .append(" exitCodeOnInvalidInput ").append(spec.exitCodeOnInvalidInput()).append("\n");
        b.append("usage sortOptions ").append(spec.usageMessage().sortOptions())
                .append(" abbreviateSynopsis ").append(spec.usageMessage().abbreviateSynopsis())
                .append(" width ").append(spec.usageMessage().width())
                .append(" exitCodeList ").append(spec.usageMessage().exitCodeList()).append("\n");
        if (!withArgs) {
            return b.toString();
        }
        List<ArgSpec> args = new ArrayList<>(spec.args());
        for (ArgSpec arg : args) {
            if (arg instanceof OptionSpec o) {
                b.append("option ").append(Arrays.toString(o.names()))
                        .append(" help ").append(o.usageHelp()).append('/').append(o.versionHelp())
                        .append(" negatable ").append(o.negatable())
                        .append(" order ").append(o.order());
            } else {
                PositionalParamSpec p = (PositionalParamSpec) arg;
                b.append("positional ").append(p.index());
            }
            b.append(" arity ").append(arg.arity()).append(" label ").append(arg.paramLabel())
                    .append(" type ").append(arg.type().getName())
                    .append(" aux ").append(Arrays.toString(arg.auxiliaryTypes()))
                    .append(" split ").append(arg.splitRegex())
                    .append(" hidden ").append(arg.hidden())
                    .append(" required ").append(arg.required())
                    .append(" interactive ").append(arg.interactive())
                    .append(" default ").append(arg.defaultValue())
                    .append(" shown ").append(arg.showDefaultValue())
                    .append(" initial ").append(arg.initialValue())
                    .append(" converters ").append(arg.converters().length)
                    .append(" candidates ").append(arg.completionCandidates() == null ? "none"
                            : String.join(",", arg.completionCandidates()))
                    .append("\n  ").append(String.join("\n  ", arg.description())).append("\n");
        }
        return b.toString();
    }
}
