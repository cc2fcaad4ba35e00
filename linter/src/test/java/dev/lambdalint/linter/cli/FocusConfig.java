package dev.lambdalint.linter.cli;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests of output formats, baselines and hooks are about the plumbing, not the catalogue: they run
 * with the rules of memory, storage, concurrency and VPC only (LL0xx-LL4xx), so that a new rule does
 * not change their expected output.
 */
final class FocusConfig {
    private FocusConfig() {}

    static Path write(Path dir) {
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (Rule rule : Catalog.RULES) {
            if (rule.id().compareTo("LL500") >= 0) {
                yaml.append("  ").append(rule.id()).append(": {enabled: false}\n");
            }
        }
        try {
            return Files.writeString(dir.resolve(".lambdalint.yaml"), yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
