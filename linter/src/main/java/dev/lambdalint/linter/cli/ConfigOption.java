package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.config.ConfigException;
import dev.lambdalint.linter.config.ConfigLoader;
import dev.lambdalint.linter.load.DisplayPaths;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --config}, shared by every command that reads the config, and the one way the config is found. */
final class ConfigOption {

    /** Shared with the model of {@code check}, built in code (CommandModels). */
    static final String CONFIG_DESCRIPTION = "Config file (default: the nearest .lambdalint.yaml up to the repository root).";

    @Option(names = "--config", paramLabel = "FILE",
            description = CONFIG_DESCRIPTION)
    Path configFile;

    /** The config in force, or empty after telling the user on {@code err} what is wrong with it. */
    Optional<Config> load(Path workingDirectory, PrintWriter err) {
        try {
            return Optional.of(load(workingDirectory));
        } catch (ConfigException e) {
            err.println("lambdalint: invalid config:");
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    private Config load(Path workingDirectory) throws ConfigException {
        DisplayPaths display = new DisplayPaths(workingDirectory);
        if (configFile != null) {
            Path file = workingDirectory.resolve(configFile);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(configFile + ": no such config file");
            }
            return ConfigLoader.load(file, display.of(file));
        }
        Optional<Path> found = ConfigLoader.discover(workingDirectory);
        return found.isPresent() ? ConfigLoader.load(found.get(), display.of(found.get())) : Config.DEFAULT;
    }
}
