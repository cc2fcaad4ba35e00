package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;

/**
 * Which qualifier of a function an event source invokes: {@code $LATEST} when it names the function itself
 * ({@code !Ref Fn}, {@code !GetAtt Fn.Arn}, its plain name or ARN), an alias's name when it names an alias
 * ({@code !Ref FnLive}, {@code ...:function:name:live}), {@link #UNKNOWN_QUALIFIER} for a version or a
 * qualifier built at deploy time ({@code !Sub ${Fn.Arn}:${Stage}}), and empty when it cannot be told.
 * A SAM event invokes the alias of {@code AutoPublishAlias} when there is one (SAM points it there).
 */
public final class InvokedQualifier {
    public static final String LATEST = "$LATEST";
    /** Some published version or alias, not known statically. */
    public static final String UNKNOWN_QUALIFIER = "?";

    private static final String ALIAS = "AWS::Lambda::Alias";
    private static final String VERSION = "AWS::Lambda::Version";

    private InvokedQualifier() {}

    public static Optional<String> of(TemplateModel model, FunctionView fn, EventSource source) {
        if (source.declaredBy().equals(fn.logicalId())) {
            Optional<Value> alias = fn.property("AutoPublishAlias");
            if (alias.isEmpty()) {
                return Optional.of(LATEST);
            }
            return Optional.of(alias.get().text().orElse(UNKNOWN_QUALIFIER));
        }
        return of(model, fn, source.declaration().node());
    }

    /** The qualifier with which {@code node} (a source's declaration) names {@code fn}. */
    public static Optional<String> of(TemplateModel model, FunctionView fn, JsonNode node) {
        Found found = new Found();
        walk(model, fn, node, found, 0);
        if (found.qualifier != null) {
            return Optional.of(found.qualifier);
        }
        return found.unqualified ? Optional.of(LATEST) : Optional.empty();
    }

    private static final class Found {
        String qualifier;
        boolean unqualified;
    }

    private static void walk(TemplateModel model, FunctionView fn, JsonNode node, Found found, int depth) {
        if (depth > 50 || found.qualifier != null) {
            return;
        }
        if (node.isTextual()) {
            literal(model, fn, node.asText(), found);
            return;
        }
        if (!node.isContainerNode()) {
            return;
        }
        String function = Intrinsics.functionName(node);
        if ("Ref".equals(function) && node.get(function).asText().equals(fn.logicalId() + ".Alias")) {
            // SAM's !Ref Fn.Alias: the alias of AutoPublishAlias.
            found.qualifier = fn.property("AutoPublishAlias").flatMap(Value::text).orElse(UNKNOWN_QUALIFIER);
            return;
        }
        if ("Ref".equals(function) && node.get(function).asText().equals(fn.logicalId() + ".Version")) {
            found.qualifier = UNKNOWN_QUALIFIER;
            return;
        }
        if ("Ref".equals(function) || "Fn::GetAtt".equals(function)) {
            JsonNode arg = node.get(function);
            String id = arg.isArray() && arg.size() > 0 ? arg.get(0).asText() : arg.asText().split("\\.", 2)[0];
            reference(model, fn, id, found);
            return;
        }
        if ("Fn::Sub".equals(function)) {
            JsonNode arg = node.get(function);
            String text = (arg.isArray() && arg.size() > 0 ? arg.get(0) : arg).asText();
            String id = fn.logicalId();
            if (text.contains("${" + id + ".Arn}:") || text.contains("${" + id + "}:")) {
                found.qualifier = UNKNOWN_QUALIFIER;
                return;
            }
        }
        if ("Fn::Join".equals(function)) {
            JsonNode arg = node.get(function);
            if (arg.isArray() && arg.size() == 2 && arg.get(1).isArray() && joinQualifies(fn, arg.get(0).asText(), arg.get(1))) {
                found.qualifier = UNKNOWN_QUALIFIER;
                return;
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            walk(model, fn, it.next(), found, depth + 1);
        }
        if (node.isObject()) {
            // A Sub template names its references in the string: ${Fn.Arn}, ${FnLive}.
            JsonNode sub = node.get("Fn::Sub");
            if (sub != null) {
                for (String id : model.references(node)) {
                    reference(model, fn, id, found);
                }
            }
        }
    }

    /** {@code Fn::Join [":", [!GetAtt Fn.Arn, live]]} or {@code ["", [!GetAtt Fn.Arn, ":live"]]}. */
    private static boolean joinQualifies(FunctionView fn, String separator, JsonNode parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            boolean namesFn = Intrinsics.isRefTo(parts.get(i), fn.logicalId())
                    || fn.logicalId().equals(parts.get(i).path("Fn::GetAtt").path(0).asText(null));
            if (namesFn) {
                JsonNode next = parts.get(i + 1);
                return separator.equals(":") || (next.isTextual() && next.asText().startsWith(":"));
            }
        }
        return false;
    }

    private static void reference(TemplateModel model, FunctionView fn, String id, Found found) {
        if (id.equals(fn.logicalId())) {
            found.unqualified = true;
            return;
        }
        Optional<Resource> r = model.resource(id);
        if (r.isEmpty() || !(r.get().is(ALIAS) || r.get().is(VERSION))) {
            return;
        }
        boolean ofFn = r.get().property("FunctionName")
                .map(f -> model.functionsReferencedBy(f.node()).contains(fn.logicalId()))
                .orElse(false);
        if (ofFn) {
            found.qualifier = r.get().is(ALIAS)
                    ? r.get().property("Name").flatMap(Value::text).orElse(UNKNOWN_QUALIFIER)
                    : UNKNOWN_QUALIFIER;
        }
    }

    private static void literal(TemplateModel model, FunctionView fn, String text, Found found) {
        Optional<String> name = fn.functionName().flatMap(Value::text);
        if (name.isEmpty()) {
            return;
        }
        int at = text.indexOf(":function:" + name.get());
        if (at >= 0) {
            String rest = text.substring(at + ":function:".length() + name.get().length());
            if (rest.isEmpty()) {
                found.unqualified = true;
            } else if (rest.startsWith(":")) {
                found.qualifier = rest.substring(1);
            }
        } else if (text.equals(name.get())) {
            found.unqualified = true;
        }
    }
}
