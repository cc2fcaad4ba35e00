package dev.lambdalint.linter.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.load.LoadException;
import dev.lambdalint.linter.load.ParsedTree;
import dev.lambdalint.linter.load.Position;
import dev.lambdalint.linter.load.ReadLimits;
import dev.lambdalint.linter.load.TreeReader;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.policy.ConcurrencyPolicy;
import dev.lambdalint.rules.policy.EphemeralStoragePolicy;
import dev.lambdalint.rules.policy.LambdaLimits;
import dev.lambdalint.rules.policy.MemoryPolicy;
import dev.lambdalint.rules.policy.PackagePolicy;
import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.policy.RuntimePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        JsonNode root = withoutEmptyMembers(tree.root());
        List<String> problems = ConfigSchema.validate(root, tree, name);
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        return toConfig(root, tree, name, file);
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

    private static Config toConfig(JsonNode root, ParsedTree tree, String name, Path file) throws ConfigException {
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Optional<Rule> rule = Catalog.find(e.getKey());
            if (rule.isEmpty()) {
                Position at = tree.sourceMap().find(tree.root(), "/rules/" + e.getKey());
                problems.add(String.format("%s:%d:%d: rules.%s: unknown rule; `lambdalint rules` lists them",
                        name, at.line(), at.column(), e.getKey()));
                continue;
            }
            JsonNode setting = e.getValue();
            rules.put(rule.get().id(), new RuleSetting(
                    Optional.ofNullable(setting.get("severity")).map(JsonNode::asText).flatMap(Severity::fromLabel),
                    Optional.ofNullable(setting.get("enabled")).map(JsonNode::asBoolean)));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        List<String> ignore = new ArrayList<>();
        root.path("ignore").forEach(g -> ignore.add(g.asText()));
        return new Config(rules, policy(root.path("policy")), input(root.path("input")), ignore, Optional.of(file));
    }

    private static Policy policy(JsonNode p) {
        Policy policy = Policy.DEFAULT;
        JsonNode memory = p.path("memory");
        if (!memory.isMissingNode()) {
            MemoryPolicy d = MemoryPolicy.DEFAULT;
            Map<String, Integer> byRuntime = new LinkedHashMap<>(d.minimumMbByRuntime());
            memory.path("minimumMbByRuntime").fields().forEachRemaining(e -> byRuntime.put(e.getKey(), e.getValue().asInt()));
            List<String> singleThreaded = new ArrayList<>();
            memory.path("singleThreadedRuntimes").forEach(r -> singleThreaded.add(r.asText()));
            policy = policy.withMemory(new MemoryPolicy(
                    memory.path("minimumMb").asInt(d.minimumMb()),
                    byRuntime,
                    memory.has("singleThreadedRuntimes") ? singleThreaded : d.singleThreadedRuntimes()));
        }
        JsonNode storage = p.path("ephemeralStorage");
        if (!storage.isMissingNode()) {
            policy = policy.withEphemeralStorage(new EphemeralStoragePolicy(
                    storage.path("maximumMb").asInt(EphemeralStoragePolicy.DEFAULT.maximumMb())));
        }
        JsonNode concurrency = p.path("concurrency");
        if (!concurrency.isMissingNode()) {
            ConcurrencyPolicy d = ConcurrencyPolicy.DEFAULT;
            policy = policy.withConcurrency(new ConcurrencyPolicy(
                    concurrency.path("accountLimit").asInt(d.accountLimit()),
                    concurrency.path("unreservedMinimum").asInt(d.unreservedMinimum()),
                    concurrency.path("streamConcurrencyLimit").asInt(d.streamConcurrencyLimit())));
        }
        JsonNode runtimes = p.path("runtimes");
        if (!runtimes.isMissingNode()) {
            policy = policy.withRuntimes(new RuntimePolicy(
                    runtimes.path("deprecationWarningDays").asInt(RuntimePolicy.DEFAULT.deprecationWarningDays())));
        }
        JsonNode pkg = p.path("package");
        if (!pkg.isMissingNode()) {
            policy = policy.withPackageSize(new PackagePolicy(
                    pkg.path("warnUnzippedMb").asInt(PackagePolicy.DEFAULT.warnUnzippedMb())));
        }
        JsonNode limits = p.path("lambdaLimits");
        if (!limits.isMissingNode()) {
            LambdaLimits d = LambdaLimits.DEFAULT;
            policy = policy.withLimits(new LambdaLimits(
                    limits.path("memoryMinMb").asInt(d.memoryMinMb()),
                    limits.path("memoryMaxMb").asInt(d.memoryMaxMb()),
                    limits.path("memoryDefaultMb").asInt(d.memoryDefaultMb()),
                    limits.path("mbPerVcpu").asInt(d.mbPerVcpu()),
                    limits.path("ephemeralStorageMinMb").asInt(d.ephemeralStorageMinMb()),
                    limits.path("ephemeralStorageMaxMb").asInt(d.ephemeralStorageMaxMb()),
                    limits.path("timeoutMinSeconds").asInt(d.timeoutMinSeconds()),
                    limits.path("timeoutMaxSeconds").asInt(d.timeoutMaxSeconds()),
                    limits.path("timeoutDefaultSeconds").asInt(d.timeoutDefaultSeconds()),
                    limits.path("unzippedCodeMaxMb").asInt(d.unzippedCodeMaxMb()),
                    limits.path("layersMax").asInt(d.layersMax()),
                    limits.path("snapStartEphemeralStorageMaxMb").asInt(d.snapStartEphemeralStorageMaxMb()),
                    limits.path("environmentMaxBytes").asInt(d.environmentMaxBytes()),
                    limits.path("sqsVisibilityTimeoutDefaultSeconds").asInt(d.sqsVisibilityTimeoutDefaultSeconds()),
                    limits.path("sqsVisibilityTimeoutFactor").asInt(d.sqsVisibilityTimeoutFactor()),
                    limits.path("restApiTimeoutDefaultMillis").asInt(d.restApiTimeoutDefaultMillis()),
                    limits.path("httpApiTimeoutDefaultMillis").asInt(d.httpApiTimeoutDefaultMillis()),
                    limits.path("webSocketTimeoutDefaultMillis").asInt(d.webSocketTimeoutDefaultMillis())));
        }
        return policy;
    }

    private static ReadLimits input(JsonNode input) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(
                input.path("maxFileBytes").asLong(d.maxFileBytes()),
                input.path("maxDepth").asInt(d.maxDepth()),
                input.path("maxNodes").asLong(d.maxNodes()));
    }
}
