package dev.lambdalint.linter.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import dev.lambdalint.rules.model.LoadProblem;
import dev.lambdalint.rules.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds and reads {@code .lambdalint.yaml}: validated against the JSON Schema shipped in the jar, so that
 * an unknown key or a wrong type stops the run with the key's path and what was expected.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".lambdalint.yaml";

    private ConfigLoader() {}

    /** The nearest {@code .lambdalint.yaml} from {@code start} upward, stopping at the repository root. */
    public static Optional<Path> discover(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        while (dir != null) {
            for (String name : List.of(FILE_NAME, ".lambdalint.yml")) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    public static Config load(Path file) throws ConfigException {
        return load(file, file.toString());
    }

    /** @param name how to name the file in messages (relative to the working directory) */
    public static Config load(Path file, String name) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read the config file: " + e.getMessage());
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new Config(Map.of(), Policy.DEFAULT, ReadLimits.DEFAULT, List.of(), Optional.of(file));
        }
        ParsedTree tree;
        try {
            tree = new TreeReader(ReadLimits.DEFAULT).read(bytes);
        } catch (LoadException e) {
            throw new ConfigException(name + e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("")
                    + ": " + e.getMessage());
        }
        // `rules:` with every entry commented out is empty, not wrong. A copy, because the source map
        // numbers the members of the tree it was read with.
        List<Problem> problems = new ArrayList<>();
        // A template with a key written twice is still linted (CloudFormation keeps the last value); a config
        // is the team's own file, so the same slip is an error to fix, said without CloudFormation's words.
        for (LoadProblem duplicate : tree.problems()) {
            problems.add(new Problem(tree.sourceMap().find(tree.root(), duplicate.pointer()),
                    duplicate.message().replace(": CloudFormation keeps the last value and ignores the first; remove one of them",
                            ": only the last would count; remove one of them")));
        }
        JsonNode root = RuleEntries.expand(withoutEmptyMembers(tree.root()), tree, problems);
        problems.addAll(ConfigSchema.validate(root, tree));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream()
                    .sorted(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()))
                    .map(p -> p.format(name))
                    .collect(Collectors.joining("\n")));
        }
        return ConfigBinding.bind(root, file);
    }

    /** {@code node} without the null members of its mappings, at any depth of nested mappings. */
    private static JsonNode withoutEmptyMembers(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!e.getValue().isNull()) {
                copy.set(e.getKey(), withoutEmptyMembers(e.getValue()));
            }
        }
        return copy;
    }
}
