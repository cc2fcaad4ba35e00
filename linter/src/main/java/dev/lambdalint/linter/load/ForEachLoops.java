package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the {@code Fn::ForEach} loops of the {@code AWS::LanguageExtensions} transform under
 * {@code Resources}, as CloudFormation does before anything else reads the template:
 *
 * <pre>
 * Fn::ForEach::Tenants:
 *   - Tenant                      # the identifier
 *   - [acme, globex]              # the collection: a list, or a Ref to a list parameter
 *   - ${Tenant}Function:          # one resource per value; &amp;{Tenant} drops non-alphanumerics
 *       Type: AWS::Serverless::Function
 *       Properties: {FunctionName: !Sub '${Tenant}-fn', Environment: {Variables: {TENANT: !Ref Tenant}}}
 * </pre>
 *
 * Each generated resource is a copy of the loop's fragment with the identifier replaced ({@code Ref} to
 * it, and {@code ${Tenant}} / {@code &{Tenant}} in keys and strings); its source map points at the lines
 * inside the loop, which is where the developer wrote the values. A loop whose collection is known only at
 * deploy time (an import, a parameter without a Default, an SSM parameter) is left as written: the model
 * skips it rather than guess. Loops inside loops are expanded the same way.
 */
final class ForEachLoops {
    static final String PREFIX = "Fn::ForEach::";
    /** CloudFormation's limit on resources in one template: a loop cannot legitimately make more. */
    private static final int MAX_RESOURCES = 500;
    /**
     * Nodes the expansion may copy in all. Loops in loops multiply: a hostile template could ask for
     * billions of copies. Past this the template is linted as written, its loops skipped.
     */
    private static final long MAX_COPIED_NODES = 2_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode parameters;
    private final SourceMap map;
    private long copiedNodes;

    private ForEachLoops(JsonNode root, SourceMap map) {
        this.parameters = root.path("Parameters");
        this.map = map;
    }

    static void expand(JsonNode root, SourceMap map) {
        JsonNode resources = root.path("Resources");
        if (!resources.isObject() || !hasLoop(resources)) {
            return;
        }
        ForEachLoops loops = new ForEachLoops(root, map);
        ObjectNode expanded = NODES.objectNode();
        Set<String> taken = new HashSet<>();
        resources.fieldNames().forEachRemaining(taken::add);
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith(PREFIX)) {
                ObjectNode generated = NODES.objectNode();
                if (loops.expandLoop(e.getValue(), generated, taken)) {
                    for (Iterator<String> ids = generated.fieldNames(); ids.hasNext(); ) {
                        String id = ids.next();
                        expanded.set(id, generated.get(id));
                        map.copyMemberToLast(generated, id, expanded);
                    }
                    continue;
                }
            }
            expanded.set(e.getKey(), e.getValue());
            map.copyMemberToLast(resources, e.getKey(), expanded);
        }
        if (loops.copiedNodes > MAX_COPIED_NODES) {
            return;
        }
        // Replaces the value of the existing member: Resources keeps its place and position in the root.
        ((ObjectNode) root).set("Resources", expanded);
    }

    private static boolean hasLoop(JsonNode resources) {
        for (Iterator<String> it = resources.fieldNames(); it.hasNext(); ) {
            if (it.next().startsWith(PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the resources {@code loop} makes to {@code out}; false, adding nothing, when they cannot be known. */
    private boolean expandLoop(JsonNode loop, ObjectNode out, Set<String> taken) {
        if (!loop.isArray() || loop.size() != 3 || !loop.get(0).isTextual() || !loop.get(2).isObject()) {
            return false;
        }
        String identifier = loop.get(0).asText();
        Optional<List<String>> values = collection(loop.get(1));
        if (values.isEmpty()) {
            return false;
        }
        JsonNode fragment = loop.get(2);
        ObjectNode made = NODES.objectNode();
        // Ids are claimed on a copy, kept only when the whole loop (nested loops included) expands.
        Set<String> claimed = new HashSet<>(taken);
        for (String value : values.get()) {
            if (copiedNodes > MAX_COPIED_NODES) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = fragment.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith(PREFIX)) {
                    if (!expandLoop(substitute(e.getValue(), identifier, value), made, claimed)) {
                        return false;
                    }
                    continue;
                }
                String id = substituteText(e.getKey(), identifier, value);
                // A logical id given twice is CloudFormation's error to report; the first one stands.
                if (claimed.size() >= MAX_RESOURCES || !claimed.add(id)) {
                    continue;
                }
                made.set(id, substitute(e.getValue(), identifier, value));
                map.copyMemberToLast(fragment, e.getKey(), made);
            }
        }
        taken.addAll(claimed);
        for (Iterator<String> ids = made.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            out.set(id, made.get(id));
            map.copyMemberToLast(made, id, out);
        }
        return true;
    }

    /** The values of a loop's collection: a literal list, or a Ref to a list parameter's Default. */
    private Optional<List<String>> collection(JsonNode node) {
        if (node.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isValueNode() || item.isNull()) {
                    return Optional.empty();
                }
                out.add(item.asText());
            }
            return Optional.of(out);
        }
        JsonNode ref = node.isObject() && node.size() == 1 ? node.get("Ref") : null;
        if (ref == null || !ref.isTextual()) {
            return Optional.empty();
        }
        JsonNode parameter = parameters.path(ref.asText());
        JsonNode defaultValue = parameter.path("Default");
        String type = parameter.path("Type").asText("");
        // An SSM parameter's Default names the parameter to read, not the list.
        if (!defaultValue.isValueNode() || defaultValue.isNull() || type.startsWith("AWS::SSM::")) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String part : defaultValue.asText().split(",", -1)) {
            out.add(part.trim());
        }
        return Optional.of(out);
    }

    /** A copy of {@code node} with the identifier replaced, each copied member keeping its position. */
    private JsonNode substitute(JsonNode node, String identifier, String value) {
        if (++copiedNodes > MAX_COPIED_NODES) {
            return node;
        }
        if (node.isTextual()) {
            String text = substituteText(node.asText(), identifier, value);
            return text.equals(node.asText()) ? node : NODES.textNode(text);
        }
        if (node.isObject()) {
            JsonNode ref = node.size() == 1 ? node.get("Ref") : null;
            if (ref != null && ref.isTextual() && ref.asText().equals(identifier)) {
                return NODES.textNode(value);
            }
            ObjectNode copy = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(substituteText(e.getKey(), identifier, value), substitute(e.getValue(), identifier, value));
                map.copyMemberToLast(node, e.getKey(), copy);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(substitute(node.get(i), identifier, value));
                map.copyElement(node, i, copy, i);
            }
            return copy;
        }
        return node;
    }

    private static String substituteText(String text, String identifier, String value) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return text.replace("${" + identifier + "}", value)
                .replace("&{" + identifier + "}", value.replaceAll("[^A-Za-z0-9]", ""));
    }
}
