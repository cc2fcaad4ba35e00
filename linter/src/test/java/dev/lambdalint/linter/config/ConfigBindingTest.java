package dev.lambdalint.linter.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema and the policy records name the same settings: every one a record holds can be set in the file. */
class ConfigBindingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everySettingOfThePolicyRecordsPassesTheSchemaAndBinds() throws Exception {
        Map<String, Object> sections = Map.of(
                "lambdaLimits", Policy.DEFAULT.limits(),
                "memory", Policy.DEFAULT.memory(),
                "ephemeralStorage", Policy.DEFAULT.ephemeralStorage(),
                "concurrency", Policy.DEFAULT.concurrency(),
                "runtimes", Policy.DEFAULT.runtimes(),
                "package", Policy.DEFAULT.packageSize());
        ObjectNode policy = MAPPER.createObjectNode();
        sections.forEach((key, record) -> policy.set(key, plusOne(MAPPER.valueToTree(record))));
        ObjectNode root = MAPPER.createObjectNode();
        root.set("policy", policy);
        root.set("input", plusOne(MAPPER.valueToTree(ReadLimits.DEFAULT)));
        Path file = Files.writeString(dir.resolve(".lambdalint.yaml"), MAPPER.writeValueAsString(root));

        Config config = ConfigLoader.load(file);

        Policy bound = config.policy();
        Map<String, Object> read = Map.of(
                "lambdaLimits", bound.limits(),
                "memory", bound.memory(),
                "ephemeralStorage", bound.ephemeralStorage(),
                "concurrency", bound.concurrency(),
                "runtimes", bound.runtimes(),
                "package", bound.packageSize());
        read.forEach((key, record) -> assertThat((JsonNode) MAPPER.valueToTree(record)).as(key).isEqualTo(policy.get(key)));
        assertThat((JsonNode) MAPPER.valueToTree(config.input())).isEqualTo(root.get("input"));
    }

    @Test
    void aSectionKeepsTheDefaultsItDoesNotName() throws Exception {
        Path file = Files.writeString(dir.resolve(".lambdalint.yaml"),
                "policy:\n  memory: {minimumMbByRuntime: {python*: 512}}\n  lambdaLimits: {layersMax: 6}\n");
        Policy policy = ConfigLoader.load(file).policy();
        assertThat(policy.memory().minimumMbByRuntime()).containsEntry("java*", 1024).containsEntry("python*", 512);
        assertThat(policy.memory().minimumMb()).isEqualTo(Policy.DEFAULT.memory().minimumMb());
        assertThat(policy.limits().layersMax()).isEqualTo(6);
        assertThat(policy.limits().memoryMaxMb()).isEqualTo(Policy.DEFAULT.limits().memoryMaxMb());
    }

    /** Every number one above what it was, so that a setting the binding drops shows as its default. */
    private static JsonNode plusOne(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = MAPPER.createObjectNode();
            object.properties().forEach(e -> out.set(e.getKey(), plusOne(e.getValue())));
            return out;
        }
        if (node.isInt()) {
            return IntNode.valueOf(node.intValue() + 1);
        }
        if (node.isLong()) {
            return LongNode.valueOf(node.longValue() + 1);
        }
        return node;
    }
}
