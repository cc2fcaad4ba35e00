package dev.lambdalint.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

    private static JsonNode read(String json) throws Exception {
        return JsonTrees.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheSameTreeAsObjectMapper() throws Exception {
        String json = """
                {"version": "39.0.0", "n": 3, "big": 12345678901, "huge": 123456789012345678901234567890,
                 "f": 1.5, "t": true, "no": false, "nil": null,
                 "artifacts": {"A": {"type": "aws:cloudformation:stack", "list": [1, [2, {"x": []}], {}]}}}
                """;
        assertThat(read(json)).isEqualTo(new ObjectMapper().readTree(json));
    }

    @Test
    void keepsTheLastOfDuplicateKeysLikeObjectMapper() throws Exception {
        assertThat(read("{\"a\": 1, \"a\": 2}").get("a").asInt()).isEqualTo(2);
    }

    @Test
    void readsScalarsAndArraysAtTheTopLevel() throws Exception {
        assertThat(read("[1, \"two\"]").size()).isEqualTo(2);
        assertThat(read("\"text\"").asText()).isEqualTo("text");
    }

    @Test
    void givesAMissingNodeForEmptyInput() throws Exception {
        assertThat(read("  ").isMissingNode()).isTrue();
        assertThat(JsonTrees.read(new ByteArrayInputStream(new byte[0])).isMissingNode()).isTrue();
    }

    @Test
    void reportsSyntaxErrorsWithTheirLocation() {
        assertThatThrownBy(() -> read("{\"a\": [1, 2}"))
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation().getLineNr()).isEqualTo(1));
        assertThatThrownBy(() -> read("{\"a\": ")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void readsDeepNestingWithoutRecursion() throws Exception {
        String deep = "[".repeat(900) + "]".repeat(900);
        assertThat(read(deep).isArray()).isTrue();
    }

    private static String member(String json, String name) throws Exception {
        return JsonTrees.topLevelText(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void readsOneTopLevelMemberPastNestedOnesOfTheSameName() throws Exception {
        String json = "{\"runtimes\": {\"asOf\": \"nested\", \"list\": [{\"asOf\": 1}]}, \"asOf\": \"2026-12-04\"}";
        assertThat(member(json, "asOf")).isEqualTo("2026-12-04");
        assertThat(member("{\"n\": 3}", "n")).isEqualTo("3");
    }

    @Test
    void readsNoMemberFromAnythingButAnObjectThatHasIt() throws Exception {
        assertThat(member("{\"other\": \"x\"}", "asOf")).isNull();
        assertThat(member("{\"asOf\": null}", "asOf")).isNull();
        assertThat(member("{\"asOf\": {\"y\": 1}}", "asOf")).isNull();
        assertThat(member("[\"asOf\"]", "asOf")).isNull();
        assertThat(member("", "asOf")).isNull();
    }

    @Test
    void stopsAtTheMemberWithoutReadingTheRest() throws Exception {
        // what follows is not even JSON: reading it would fail
        assertThat(member("{\"asOf\": \"2026-12-04\", \"runtimes\": {,,,", "asOf")).isEqualTo("2026-12-04");
    }
}
