package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.Version;
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The top-level command. It carries what subcommands need from the process ({@link RunContext}): the
 * folder, stdin, the clock, the environment. Its command-line model is built in code
 * ({@link CommandModels#root}), as is {@code check}'s; the other subcommands are annotated.
 */
public final class Lambdalint extends RunContext implements Runnable {
    /** The subcommands' names, in the order the help lists them. */
    static final List<String> SUBCOMMANDS = List.of(
            "check", "rules", "explain", "report", "init", "install-hook", "completion", "help");

    /** Subcommands that read the whole command tree: they need every sibling registered. */
    private static final List<String> NEED_ALL = List.of("completion", "help");

    /** Set by {@link CommandModels#root}. */
    CommandLine.Model.CommandSpec spec;

    Lambdalint(Path workingDirectory, Supplier<InputStream> stdin, Clock clock, Environment environment) {
        super(workingDirectory, stdin, clock, environment);
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine(Lambdalint root) {
        return commandLine(root, null);
    }

    /**
     * The command line for a run whose first argument is {@code first}. Picocli builds an annotated
     * command's model by reflection in every fresh JVM (the root's and {@code check}'s are built in code,
     * {@link CommandModels}), so each subcommand costs start-up time. When the first argument names
     * a subcommand, only that one is registered: it parses, helps and fails exactly as in the full tree.
     * Anything else (root options, a typo, help, completion) gets the full tree.
     */
    static CommandLine commandLine(Lambdalint root, String first) {
        CommandLine cli = new CommandLine(CommandModels.root(root));
        boolean one = first != null && SUBCOMMANDS.contains(first) && !NEED_ALL.contains(first);
        for (String name : one ? List.of(first) : SUBCOMMANDS) {
            cli.addSubcommand(name, name.equals("check")
                    ? new CommandLine(CommandModels.check(new CheckCommand(), root))
                    : commandClass(name));
            // -V on a subcommand (mixinStandardHelpOptions shows it) prints what it prints on the root.
            cli.getSubcommands().get(name).getCommandSpec().versionProvider(new VersionProvider());
        }
        return cli;
    }

    /** Whether the arguments are {@code --version} (or {@code -V}) alone. */
    static boolean versionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * The command line for a run with these arguments. {@code lambdalint --version} (or {@code -V}) alone
     * prints the root's version and nothing else, whatever the subcommands: it gets the root alone, so that
     * the most common probe of an install (and of a pre-commit setup) builds no subcommand's model.
     */
    static CommandLine forArguments(Lambdalint root, String[] args) {
        if (versionOnly(args)) {
            return new CommandLine(CommandModels.root(root));
        }
        return commandLine(root, args.length > 0 ? args[0] : null);
    }

    /** By name, so that a run loads the classes of the subcommands it registers and no others. */
    private static Class<?> commandClass(String name) {
        return switch (name) {
            case "rules" -> RulesCommand.class;
            case "explain" -> ExplainCommand.class;
            case "report" -> ReportCommand.class;
            case "init" -> InitCommand.class;
            case "install-hook" -> InstallHookCommand.class;
            case "completion" -> CompletionCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try 'lambdalint check PATH...', 'lambdalint rules' or 'lambdalint --help'");
    }

    /**
     * What {@code --version} prints, one line each. Picocli formats each line ({@code %} specifiers,
     * {@code ${...}} variables, {@code @|style ...|@} markup) before it prints it; {@link #plain} says when
     * that leaves the lines as they are. Written for a cold JVM (it is most of {@code --version}): no lambda
     * or stream, the runtime table's date read alone, and the Java version as the JVM's property says it
     * (what {@code Runtime.version()} prints, without its parsing and streams).
     */
    static String[] versionLines() {
        Optional<String> commit = Version.commit();
        return new String[] {
            "lambdalint " + Version.current() + (commit.isPresent() ? " (commit " + commit.get() + ")" : ""),
            "runtime lifecycle data as of " + RuntimeTable.bundledAsOf(),
            "Java " + System.getProperty("java.runtime.version", Runtime.version().toString())
                    + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    /**
     * The lines when picocli would print them unchanged (no character it formats or interpolates), else
     * empty: then {@code lambdalint --version} goes through picocli like any other command.
     */
    static Optional<String[]> plain(String[] lines) {
        for (String line : lines) {
            if (line.indexOf('%') >= 0 || line.indexOf('$') >= 0 || line.indexOf('@') >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(lines);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return versionLines();
        }
    }
}
