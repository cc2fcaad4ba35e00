package dev.lambdalint.linter.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What a run of the command line takes from its process: the folder, stdin, the clock, the environment.
 * The subcommands reach it as their parent command ({@code @ParentCommand}); a class of its own, which
 * {@link Lambdalint} extends, so that the subcommands do not depend on the command that registers them.
 */
abstract class RunContext {
    final Path workingDirectory;
    final Supplier<InputStream> stdin;
    final Clock clock;
    final Environment environment;

    RunContext(Path workingDirectory, Supplier<InputStream> stdin, Clock clock, Environment environment) {
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
        this.clock = clock;
        this.environment = environment;
    }
}
