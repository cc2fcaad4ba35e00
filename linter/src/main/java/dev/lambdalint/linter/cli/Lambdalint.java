package dev.lambdalint.linter.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
        CommandLine cli = new CommandLine(rootSpec(root));
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
            return new CommandLine(rootSpec(root));
        }
        return commandLine(root, args.length > 0 ? args[0] : null);
    }

    /** The root's model (built in code), kept in {@link #spec} as picocli's {@code @Spec} would. */
    private static CommandLine.Model.CommandSpec rootSpec(Lambdalint root) {
        root.spec = CommandModels.root(root);
        return root.spec;
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
}
