package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.report.Version;
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command. It carries what subcommands need from the process: the folder, stdin, the clock,
 * the environment.
 */
@Command(
        name = "lambdalint",
        mixinStandardHelpOptions = true,
        versionProvider = Lambdalint.VersionProvider.class,
        description = "Policy linter for AWS Lambda configuration in CloudFormation, SAM and CDK output.",
        subcommands = {
            CheckCommand.class,
            RulesCommand.class,
            ExplainCommand.class,
            ReportCommand.class,
            InitCommand.class,
            InstallHookCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:usage error, unreadable input or invalid config (other inputs are still linted)",
            "3:internal error (a bug in lambdalint; rerun with --debug and report it)"
        })
public final class Lambdalint implements Runnable {
    final Path workingDirectory;
    final Supplier<InputStream> stdin;
    final Clock clock;
    final Environment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Lambdalint(Path workingDirectory, Supplier<InputStream> stdin, Clock clock, Environment environment) {
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try 'lambdalint check PATH...', 'lambdalint rules' or 'lambdalint --help'");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "lambdalint " + Version.current(),
                "runtime lifecycle data as of " + RuntimeTable.bundled().asOf()
            };
        }
    }
}
