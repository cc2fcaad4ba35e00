package dev.lambdalint.cdk;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.config.ConfigException;
import dev.lambdalint.linter.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The config that {@link LambdaLint#config()} and the hardened constructs take their policy from: the
 * nearest {@code .lambdalint.yaml}, read once per process. Apart from {@link LambdaLint} so that the
 * constructs that {@code LambdaLint} applies do not depend on it in turn.
 */
final class NearestConfig {
    private static final Map<Path, Config> DISCOVERED = new ConcurrentHashMap<>();

    private NearestConfig() {}

    /** The config of the nearest {@code .lambdalint.yaml} from the working directory up to the repository root, or the defaults. */
    static Config get() {
        Path start = Path.of("").toAbsolutePath().normalize();
        return DISCOVERED.computeIfAbsent(start, dir -> {
            Optional<Path> file = ConfigLoader.discover(dir);
            return file.isPresent() ? read(file.get()) : Config.DEFAULT;
        });
    }

    static Config read(Path file) {
        try {
            return ConfigLoader.load(file);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("invalid lambdalint config:\n" + e.getMessage());
        }
    }
}
