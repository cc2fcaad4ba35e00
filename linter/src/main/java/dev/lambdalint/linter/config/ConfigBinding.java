package dev.lambdalint.linter.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.policy.ConcurrencyPolicy;
import dev.lambdalint.rules.policy.EphemeralStoragePolicy;
import dev.lambdalint.rules.policy.EvidencePolicy;
import dev.lambdalint.rules.policy.LambdaLimits;
import dev.lambdalint.rules.policy.MemoryPolicy;
import dev.lambdalint.rules.policy.PackagePolicy;
import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.policy.RuntimePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Binds a validated config onto the policy records with Jackson: each section of {@code policy:} is its
 * record's defaults with what the file says laid over them (mappings merge key by key, so
 * {@code minimumMbByRuntime: {python*: 512}} keeps the {@code java*} default; a list replaces the default
 * list), so a threshold added to a record is read without a line here. The schema has checked names and
 * types by now; binding fails only when the schema and the records disagree, which a test guards.
 */
final class ConfigBinding {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    /** A section of {@code policy:}, under the key the config file uses for it. */
    private record Section<T>(String key, Class<T> type, java.util.function.Function<Policy, T> current,
                              BiFunction<Policy, T, Policy> with) {
        Policy bind(Policy policy, JsonNode given) throws JsonProcessingException {
            if (given.isMissingNode()) {
                return policy;
            }
            JsonNode merged = merge(MAPPER.valueToTree(current.apply(policy)), given);
            return with.apply(policy, MAPPER.treeToValue(merged, type));
        }
    }

    private static final List<Section<?>> SECTIONS = List.of(
            new Section<>("lambdaLimits", LambdaLimits.class, Policy::limits, Policy::withLimits),
            new Section<>("memory", MemoryPolicy.class, Policy::memory, Policy::withMemory),
            new Section<>("ephemeralStorage", EphemeralStoragePolicy.class, Policy::ephemeralStorage, Policy::withEphemeralStorage),
            new Section<>("concurrency", ConcurrencyPolicy.class, Policy::concurrency, Policy::withConcurrency),
            new Section<>("runtimes", RuntimePolicy.class, Policy::runtimes, Policy::withRuntimes),
            new Section<>("package", PackagePolicy.class, Policy::packageSize, Policy::withPackageSize),
            new Section<>("evidence", EvidencePolicy.class, Policy::evidence, Policy::withEvidence));

    private ConfigBinding() {}

    /** @param root the config with its rules in long form ({@link RuleEntries}) and checked by the schema */
    static Config bind(JsonNode root, Path file) throws ConfigException {
        try {
            Policy policy = Policy.DEFAULT;
            for (Section<?> section : SECTIONS) {
                policy = section.bind(policy, root.path("policy").path(section.key()));
            }
            ReadLimits input = MAPPER.treeToValue(merge(MAPPER.valueToTree(ReadLimits.DEFAULT), root.path("input")),
                    ReadLimits.class);
            List<String> ignore = new ArrayList<>();
            root.path("ignore").forEach(g -> ignore.add(g.asText()));
            // Relative to the config, like the ignore globs, so that the hook, pre-commit and CI find the same
            // file from any working directory.
            Optional<Path> baseline = root.path("baseline").isTextual()
                    ? Optional.of(file.toAbsolutePath().getParent().resolve(root.path("baseline").asText()).normalize())
                    : Optional.empty();
            return new Config(rules(root.path("rules")), policy, input, ignore, Optional.of(file), baseline);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": the config passed its schema but does not bind ("
                    + e.getOriginalMessage() + "); this is a bug in lambdalint, please report it");
        }
    }

    private static Map<String, RuleSetting> rules(JsonNode rules) {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : rules.properties()) {
            JsonNode setting = e.getValue();
            out.put(Catalog.find(e.getKey()).orElseThrow().id(), new RuleSetting(
                    Optional.ofNullable(setting.get("severity")).map(JsonNode::asText).flatMap(Severity::fromLabel),
                    Optional.ofNullable(setting.get("enabled")).map(JsonNode::asBoolean)));
        }
        return out;
    }

    /** {@code defaults} with {@code given} laid over it: mappings member by member, anything else replaced. */
    private static JsonNode merge(JsonNode defaults, JsonNode given) {
        if (given.isMissingNode()) {
            return defaults;
        }
        if (!(defaults instanceof ObjectNode base) || !(given instanceof ObjectNode over)) {
            return given;
        }
        ObjectNode out = base.deepCopy();
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            out.set(e.getKey(), merge(out.path(e.getKey()), e.getValue()));
        }
        return out;
    }
}
