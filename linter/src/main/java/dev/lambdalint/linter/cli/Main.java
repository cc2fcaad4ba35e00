package dev.lambdalint.linter.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The process entry point: a thin shell around {@link #run}, which tests call directly. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Numbers in messages and reports print the same whatever the user's locale (reports are compared
        // across machines and CI runs). Locale.US rather than ROOT (here and in the rules' String.format
        // calls; both print the same digits and separators): for any locale but US, "en" and ROOT included,
        // the first %d or %f loads the JDK's CLDR locale data, ~190 classes and about a tenth of a small
        // check's instructions (docs/performance.md).
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err, () -> System.in, workingDirectory(), Clock.systemUTC(),
                Environment.system());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The folder relative paths are taken from: the process's own, unless the launcher says otherwise. The
     * release bundle's launcher (distribution/src/bundle/bin/lambdalint) starts the JVM in the bundle's
     * folder, because JDK 17 maps a class-data-sharing archive only when the class path matches the one it
     * was made with, and only a relative class path stays the same wherever the bundle is unpacked; it
     * passes the user's folder as lambdalint.workingDirectory.
     */
    static Path workingDirectory() {
        String given = System.getProperty("lambdalint.workingDirectory", "");
        return (given.isEmpty() ? Path.of("") : Path.of(given)).toAbsolutePath().normalize();
    }

    /** Runs without environment variables or a terminal: plain output, the same wherever it runs. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<InputStream> stdin,
                          Path workingDirectory, Clock clock) {
        return run(args, out, err, stdin, workingDirectory, clock, Environment.NONE);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<InputStream> stdin,
                          Path workingDirectory, Clock clock, Environment environment) {
        if (Lambdalint.versionOnly(args)) {
            // The probe of an install (and of every pre-commit setup) prints three lines: picocli's model of
            // even the root alone (reflection over its annotations, its built-in converters) would be about
            // half of the run. The same bytes as picocli's version help (tested); when picocli would format a
            // line differently (a % or $ or @ in it), picocli prints it; so it does when reading the lines fails
            // here (a jar without its runtime table), and reports it as picocli reports any failure.
            Optional<String[]> plain;
            try {
                plain = VersionProvider.plain(VersionProvider.versionLines());
            } catch (RuntimeException e) {
                plain = Optional.empty();
            }
            if (plain.isPresent()) {
                for (String line : plain.get()) {
                    out.println(line);
                }
                out.flush();
                return ExitCode.CLEAN.code;
            }
        }
        Handlers handlers = new Handlers(Arrays.asList(args).contains("--debug"));
        CommandLine cli = Lambdalint.forArguments(new Lambdalint(workingDirectory, stdin, clock, environment), args)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(handlers)
                .setParameterExceptionHandler(handlers)
                .setExecutionExceptionHandler(handlers);
        try {
            return cli.execute(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("lambdalint: internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code;
        }
    }

    /**
     * How a run ends in an error. A named class, not lambdas: picocli's handler interfaces are Java 5 class
     * files, and a lambda implementing one makes the class-data archive leave out the interface (and the
     * lambda is spun again on every run); a plain class lets both be stored.
     */
    private static final class Handlers implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final boolean debug;

        Handlers(boolean debug) {
            this.debug = debug;
        }

        @Override
        public int getExitCode(Throwable e) {
            return ExitCode.INTERNAL_ERROR.code;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
            e.getCommandLine().getErr().println("lambdalint: " + UsageErrors.describe(e));
            e.getCommandLine().getErr().println("Run '" + spec.qualifiedName() + " --help' for usage.");
            return ExitCode.INPUT_ERROR.code;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            commandLine.getErr().println("lambdalint: internal error: " + e
                    + (debug ? "" : " (rerun with --debug for the stack trace, and please report it)"));
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCode.INTERNAL_ERROR.code;
        }
    }
}
