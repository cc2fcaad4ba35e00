package dev.lambdalint.linter.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line in-process, as a user would from {@code cwd}. */
final class Cli {
    record Run(int exitCode, String out, String err) {}

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    static Run run(Path cwd, String... args) {
        return runWithStdin(cwd, "", args);
    }

    static Run runWithStdin(Path cwd, String stdin, String... args) {
        return run(Environment.NONE, cwd, stdin, args);
    }

    /** Runs as if from a process with these environment variables and terminal. */
    static Run runIn(Environment environment, Path cwd, String... args) {
        return run(environment, cwd, "", args);
    }

    private static Run run(Environment environment, Path cwd, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), cwd.toAbsolutePath(), CLOCK,
                environment);
        return new Run(code, out.toString(), err.toString());
    }

    private Cli() {}
}
