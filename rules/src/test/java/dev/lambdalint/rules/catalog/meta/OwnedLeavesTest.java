package dev.lambdalint.rules.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.schema.SchemaFiles;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LL004 puts the settings of {@link PropertyInvalid#OWNED_LEAVES} at Lambda's defaults before it validates,
 * which is right only while every fault the schema can find there is one another rule owns: a whole number
 * between two bounds. A refresh of the vendored schemas that adds a keyword there (a pattern, an enum)
 * fails this test instead of silencing LL004.
 */
class OwnedLeavesTest {

    @Test
    void eachOwnedSettingIsABoundedWholeNumberInEveryFunctionSchemaAndItsDefaultPasses() throws Exception {
        for (String type : List.of(FunctionView.PLAIN_TYPE, FunctionView.SAM_TYPE, SchemaFiles.SAM_GLOBALS_FUNCTION)) {
            JsonNode root;
            try (InputStream in = PropertyInvalid.class.getResourceAsStream(SchemaFiles.resource(type).orElseThrow())) {
                root = new ObjectMapper().readTree(in);
            }
            for (Map.Entry<String, Integer> leaf : PropertyInvalid.OWNED_LEAVES.entrySet()) {
                JsonNode schema = root;
                for (String name : Pointers.segments(leaf.getKey())) {
                    schema = resolve(root, resolve(root, schema).path("properties").path(name));
                }
                String where = type + " " + leaf.getKey();
                assertThat(schema.isObject()).as(where).isTrue();
                assertThat(schema.fieldNames()).toIterable().as(where)
                        .isSubsetOf("type", "minimum", "maximum", "description", "markdownDescription", "title");
                assertThat(schema.path("type").asText()).as(where).isEqualTo("integer");
                assertThat(leaf.getValue()).as(where)
                        .isBetween(schema.path("minimum").asInt(Integer.MIN_VALUE), schema.path("maximum").asInt(Integer.MAX_VALUE));
                assertThat(PropertyInvalid.OWNED.stream().filter(o -> o.path().equals(leaf.getKey())))
                        .as(where + ": its range and its kind are other rules'").hasSize(2);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = root.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }
}
