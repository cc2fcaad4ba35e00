package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.parse.SourceMap;
import dev.lambdalint.rules.model.LoadProblem;
import dev.lambdalint.rules.model.Pointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    /**
     * CloudFormation expands at most five levels of nested {@code Fn::ForEach} and rejects deeper nesting
     * (AWS::LanguageExtensions; the SAM CLI, which expands loops locally, enforces the same limit).
     */
    static final int MAX_NESTING = 5;
    /** The sections where CloudFormation allows Fn::ForEach. */
    private static final List<String> SECTIONS = List.of("Resources", "Conditions", "Outputs");
    /** Below this the loader's own depth limit has already refused the document. */
    private static final int MAX_WALK_DEPTH = 1000;

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
                if (loops.expandLoop(e.getValue(), generated, taken, 1)) {
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

    /**
     * The loops CloudFormation would refuse, each at its key: one that is not a list of an identifier
     * (a non-empty string), a collection (a list, or an intrinsic such as a Ref to a list parameter) and
     * a fragment (a mapping), and one nested more than {@link #MAX_NESTING} loops deep. The expansion
     * skips them; without this they would be skipped silently, and the resources they meant to make with them.
     */
    static List<LoadProblem> malformed(JsonNode root) {
        List<LoadProblem> out = new ArrayList<>();
        record Pending(JsonNode node, String pointer, int loops, int depth) {}
        Deque<Pending> pending = new ArrayDeque<>();
        for (String section : SECTIONS) {
            JsonNode node = root.get(section);
            if (node != null) {
                pending.push(new Pending(node, Pointers.child("", section), 0, 0));
            }
        }
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Pending p = pending.pop();
            // Aliased subtrees are shared: each is looked at once; the walk is bounded like the reader.
            if (!p.node().isContainerNode() || !seen.add(p.node()) || p.depth() > MAX_WALK_DEPTH) {
                continue;
            }
            if (p.node().isArray()) {
                for (int i = 0; i < p.node().size(); i++) {
                    pending.push(new Pending(p.node().get(i), Pointers.child(p.pointer(), i), p.loops(), p.depth() + 1));
                }
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = p.node().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String pointer = Pointers.child(p.pointer(), e.getKey());
                int loops = p.loops();
                if (e.getKey().startsWith(PREFIX)) {
                    loops++;
                    String problem = shapeProblem(e.getValue());
                    if (problem == null && loops > MAX_NESTING) {
                        problem = String.format("is nested %d loops deep, more than the %d levels of Fn::ForEach "
                                + "CloudFormation expands", loops, MAX_NESTING);
                    }
                    if (problem != null) {
                        out.add(new LoadProblem(pointer, String.format("%s %s: CloudFormation rejects the template",
                                e.getKey(), problem)));
                        continue;
                    }
                }
                pending.push(new Pending(e.getValue(), pointer, loops, p.depth() + 1));
            }
        }
        return out;
    }

    /** What is wrong with a loop's value, or null when it has the form [identifier, collection, fragment]. */
    private static String shapeProblem(JsonNode loop) {
        String form = " (it takes [identifier, collection, fragment])";
        if (!loop.isArray()) {
            return "is not a list" + form;
        }
        if (loop.size() != 3) {
            return "has " + loop.size() + (loop.size() == 1 ? " item" : " items") + " instead of 3" + form;
        }
        if (!loop.get(0).isTextual() || loop.get(0).asText().isBlank()) {
            return "has no identifier: its first item must be a name such as Tenant" + form;
        }
        if (!loop.get(1).isArray() && !loop.get(1).isObject()) {
            return "has no collection: its second item must be a list or a Ref to a list parameter" + form;
        }
        if (!loop.get(2).isObject()) {
            return "has no fragment: its third item must be a mapping of output keys to values" + form;
        }
        return null;
    }

    private static boolean hasLoop(JsonNode resources) {
        for (Iterator<String> it = resources.fieldNames(); it.hasNext(); ) {
            if (it.next().startsWith(PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the resources {@code loop}, at nesting {@code level}, makes to {@code out}; false, adding
     * nothing, when they cannot be known or CloudFormation would refuse the loop ({@link #malformed}).
     */
    private boolean expandLoop(JsonNode loop, ObjectNode out, Set<String> taken, int level) {
        if (level > MAX_NESTING || shapeProblem(loop) != null) {
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
                    if (!expandLoop(substitute(e.getValue(), identifier, value), made, claimed, level + 1)) {
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
