package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.parse.SourceMap;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Merges SAM {@code Globals.Function} into every {@code AWS::Serverless::Function}, as the SAM
 * translator does (serverless-application-model docs/globals.rst): the resource's primitives win, maps
 * merge key by key, lists are concatenated with the Globals entries first, an intrinsic counts as a
 * primitive, and a type mismatch keeps the resource's value. {@code IgnoreGlobals: "*"} or a list of
 * property names opts a function out.
 *
 * <p>Merged nodes are new; nodes of the document are never changed, since a YAML alias may share them.
 * The source map of a merged node points at the line it came from, in Globals or in the resource.
 */
final class SamGlobals {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SamGlobals() {}

    static void merge(JsonNode root, SourceMap sourceMap) {
        JsonNode globals = root.path("Globals").path("Function");
        JsonNode resources = root.path("Resources");
        if (!globals.isObject() || globals.isEmpty() || Intrinsics.isIntrinsic(globals) || !resources.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            JsonNode resource = it.next().getValue();
            if (!resource.isObject() || !FunctionView.SAM_TYPE.equals(resource.path("Type").asText())) {
                continue;
            }
            Set<String> ignored = ignored(resource.get("IgnoreGlobals"));
            if (ignored.contains("*")) {
                continue;
            }
            JsonNode properties = resource.get("Properties");
            if (properties != null && !properties.isObject()) {
                continue;
            }
            if (properties != null && Intrinsics.isIntrinsic(properties)) {
                continue;
            }
            ObjectNode local = properties == null ? NODES.objectNode() : (ObjectNode) properties;
            ObjectNode merged = mergeObjects((ObjectNode) globals, local, ignored, sourceMap);
            ((ObjectNode) resource).set("Properties", merged);
        }
    }

    private static Set<String> ignored(JsonNode ignoreGlobals) {
        Set<String> out = new HashSet<>();
        if (ignoreGlobals == null) {
            return out;
        }
        if (ignoreGlobals.isTextual()) {
            out.add(ignoreGlobals.asText());
        }
        for (JsonNode name : ignoreGlobals) {
            out.add(name.asText());
        }
        return out;
    }

    private static ObjectNode mergeObjects(ObjectNode global, ObjectNode local, Set<String> ignored, SourceMap map) {
        ObjectNode merged = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = global.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (ignored.contains(key)) {
                continue;
            }
            JsonNode localValue = local.get(key);
            if (localValue == null) {
                merged.set(key, e.getValue());
                map.copyMemberToLast(global, key, merged);
            } else {
                merged.set(key, mergeValues(e.getValue(), localValue, map));
                map.copyMemberToLast(local, key, merged);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = local.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!merged.has(e.getKey())) {
                merged.set(e.getKey(), e.getValue());
                map.copyMemberToLast(local, e.getKey(), merged);
            }
        }
        return merged;
    }

    private static JsonNode mergeValues(JsonNode global, JsonNode local, SourceMap map) {
        if (Intrinsics.isIntrinsic(global) || Intrinsics.isIntrinsic(local)) {
            return local;
        }
        if (global.isObject() && local.isObject()) {
            return mergeObjects((ObjectNode) global, (ObjectNode) local, Set.of(), map);
        }
        if (global.isArray() && local.isArray()) {
            ArrayNode merged = NODES.arrayNode();
            for (int i = 0; i < global.size(); i++) {
                merged.add(global.get(i));
                map.copyElement(global, i, merged, merged.size() - 1);
            }
            for (int i = 0; i < local.size(); i++) {
                merged.add(local.get(i));
                map.copyElement(local, i, merged, merged.size() - 1);
            }
            return merged;
        }
        return local;
    }
}
