package dev.lambdalint.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Runtime;

/** Small helpers for tests that build a stack and read its template. */
final class Cdk {
    static final ObjectMapper JSON = new ObjectMapper();

    private Cdk() {}

    static Stack stack() {
        return new Stack(new App(), "Test");
    }

    static Code python() {
        return Code.fromAsset("cdk-constructs/src/test/example-handlers/python");
    }

    static Code java() {
        return Code.fromAsset("cdk-constructs/src/test/example-handlers/java");
    }

    /** A hardened Python function with every required setting, to be completed by the test. */
    static HardenedFunction.Builder hardened(Stack stack, String id) {
        return HardenedFunction.Builder.create(stack, id)
                .runtime(Runtime.PYTHON_3_13)
                .handler("index.handler")
                .code(python());
    }

    static JsonNode template(Stack stack) {
        Map<String, Object> json = Template.fromStack(stack).toJSON();
        return JSON.valueToTree(json);
    }

    /** The resources of {@code type}, as {@code {logicalId: declaration}} entries. */
    static List<Map.Entry<String, JsonNode>> resources(JsonNode template, String type) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : template.path("Resources").properties()) {
            if (type.equals(e.getValue().path("Type").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    static JsonNode only(JsonNode template, String type) {
        List<Map.Entry<String, JsonNode>> all = resources(template, type);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + type + ", found " + all.size());
        }
        return all.get(0).getValue();
    }
}
