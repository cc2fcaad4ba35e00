package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A template's resources by logical id, the resolution of its values (parameters, conditions,
 * mappings) and the references between its resources: what {@link TemplateModel} and the views it
 * derives ({@link EventSources}, {@link RolePolicies}, {@link ApiIntegrations},
 * {@link DeploymentHandlers}) are built from. A class of its own so that those views read the
 * template without depending on the model that holds them.
 */
final class TemplateIndex {
    static final String ALIAS = "AWS::Lambda::Alias";
    static final String VERSION = "AWS::Lambda::Version";

    private final Map<String, Resource> resources;
    private final Map<String, String> functionIdByName;
    private final ValueResolver resolver;

    TemplateIndex(Template template) {
        Value root = new Value(template.root(), "");
        this.resolver = new ValueResolver(root);
        this.resources = readResources(root);
        this.functionIdByName = functionNames();
    }

    static boolean isFunctionType(String type) {
        return FunctionView.PLAIN_TYPE.equals(type) || FunctionView.SAM_TYPE.equals(type);
    }

    /** The resources in template order, by logical id. */
    Map<String, Resource> resourcesById() {
        return resources;
    }

    Collection<Resource> resources() {
        return resources.values();
    }

    Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    /** The concrete values {@code value} can take (see {@link ValueResolver}); empty when unknowable. */
    List<Value> candidates(Value value) {
        return resolver.candidates(value);
    }

    List<Value> candidates(Optional<Value> value) {
        return value.map(resolver::candidates).orElse(List.of());
    }

    /**
     * Where {@code value} leaves its property unset ({@code Ref: AWS::NoValue}, itself or as an
     * {@code Fn::If} branch): for rules about a property that is missing, a branch like a missing key.
     */
    List<Value> noValueBranches(Optional<Value> value) {
        return value.map(resolver::noValueBranches).orElse(List.of());
    }

    /** The whole-number candidates of {@code value}; candidates that are not numbers are left out. */
    List<IntegerCandidate> integers(Optional<Value> value) {
        List<IntegerCandidate> out = new ArrayList<>();
        for (Value v : candidates(value)) {
            OptionalLong n = v.integer();
            if (n.isPresent()) {
                out.add(new IntegerCandidate(n.getAsLong(), v));
            }
        }
        return out;
    }

    /**
     * As {@link #integers(Optional)}, each with the conditions under which the property takes it, for
     * rules that compare two properties: values that need opposite conditions never meet in a deployment.
     */
    List<IntegerCandidate> conditionalIntegers(Optional<Value> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<IntegerCandidate> out = new ArrayList<>();
        for (ValueResolver.Conditional c : resolver.conditionalCandidates(value.get())) {
            OptionalLong n = c.value().integer();
            if (n.isPresent()) {
                out.add(new IntegerCandidate(n.getAsLong(), c.value(), c.when()));
            }
        }
        return out;
    }

    /**
     * The whole-number candidates of {@code field} inside {@code value}, where {@code value} itself may
     * be an intrinsic: {@code EphemeralStorage: !If [IsProd, {Size: 4096}, !Ref AWS::NoValue]} gives the
     * 4096 of the first branch, which {@code integers(value.get(field))} cannot see.
     */
    List<IntegerCandidate> integers(Optional<Value> value, String field) {
        List<IntegerCandidate> out = new ArrayList<>();
        for (Value v : candidates(value)) {
            out.addAll(integers(v.get(field)));
        }
        return out;
    }

    /**
     * The conditions that hold wherever {@code value} is written: its resource's {@code Condition} and the
     * {@code Fn::If} branches around it (for the {@code AWS::NoValue} branches of {@link #noValueBranches}).
     */
    Map<String, Boolean> conditionsAt(Value value) {
        return resolver.conditionsAbove(value.pointer());
    }

    /** The string candidates of {@code value}. */
    List<StringCandidate> strings(Optional<Value> value) {
        List<StringCandidate> out = new ArrayList<>();
        for (Value v : candidates(value)) {
            if (v.node().isTextual()) {
                out.add(new StringCandidate(v.node().asText(), v));
            }
        }
        return out;
    }

    /** Logical ids (or parameter names) that {@code node} names through Ref, GetAtt or Sub. */
    Set<String> references(JsonNode node) {
        Set<String> ids = new LinkedHashSet<>();
        Intrinsics.forEachReference(node, ids::add);
        return ids;
    }

    /**
     * The functions of this template that {@code node} designates: through a Ref or GetAtt of the
     * function, of one of its aliases or versions, or by its literal name or ARN.
     */
    Set<String> functionsReferencedBy(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : references(node)) {
            Resource r = resources.get(id);
            if (r == null) {
                continue;
            }
            if (isFunctionType(r.type())) {
                out.add(id);
            } else if (r.is(ALIAS) || r.is(VERSION)) {
                r.property("FunctionName").ifPresent(fn -> references(fn.node()).stream()
                        .filter(x -> resources.containsKey(x) && isFunctionType(resources.get(x).type()))
                        .forEach(out::add));
            }
        }
        collectLiteralFunctionNames(node, out, 0);
        return out;
    }

    /**
     * {@code Fn::ForEach::Name: [Identifier, Collection, {"${Identifier}Fn": {...}}]} under {@code Resources}
     * (the {@code AWS::LanguageExtensions} transform) is a loop that writes resources, not a resource. The
     * loader expands the loops whose collection it can know; one still here iterates over something known
     * only at deploy time, so it is left out of the model rather than reported as a malformed resource.
     */
    private static final String FOR_EACH_PREFIX = "Fn::ForEach::";

    /**
     * {@code Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://...}}} under {@code Resources}
     * pulls in resources from a snippet stored elsewhere when the stack is deployed: not a resource either.
     */
    private static final String TRANSFORM = "Fn::Transform";

    private static Map<String, Resource> readResources(Value root) {
        Map<String, Resource> out = new LinkedHashMap<>();
        root.get("Resources").ifPresent(resources -> {
            for (Map.Entry<String, Value> e : resources.fields()) {
                if (e.getKey().startsWith(FOR_EACH_PREFIX) || e.getKey().equals(TRANSFORM)) {
                    continue;
                }
                Value decl = e.getValue();
                String type = decl.get("Type").flatMap(Value::text).orElse("");
                out.put(e.getKey(), new Resource(e.getKey(), type, decl));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private Map<String, String> functionNames() {
        Map<String, String> out = new HashMap<>();
        for (Resource r : resources.values()) {
            if (isFunctionType(r.type())) {
                r.property("FunctionName").flatMap(Value::text).ifPresent(name -> out.put(name, r.logicalId()));
            }
        }
        return out;
    }

    private void collectLiteralFunctionNames(JsonNode node, Set<String> out, int depth) {
        if (functionIdByName.isEmpty() || depth > 50) {
            return;
        }
        if (node.isTextual()) {
            String text = node.asText();
            String id = functionIdByName.get(text);
            int marker = text.indexOf(":function:");
            if (id == null && marker >= 0) {
                String rest = text.substring(marker + ":function:".length());
                int colon = rest.indexOf(':');
                id = functionIdByName.get(colon >= 0 ? rest.substring(0, colon) : rest);
            }
            if (id != null) {
                out.add(id);
            }
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                collectLiteralFunctionNames(child, out, depth + 1);
            }
        }
    }
}
