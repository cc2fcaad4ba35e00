package dev.lambdalint.linter.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.rules.model.Intrinsics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a resource's properties pass its vendored schema, answered by walking the schema's JSON
 * without Everit. Everit's set-up (building the schema objects, its cold classes, the locale data of its
 * date-time check) costs a start-up more than the rest of a small run; most templates have nothing the
 * schemas reject, and for those this walk is the whole of LL004's work. It answers only "passes": where
 * a value fails, Everit judges it again and says how ({@link ResourceSchemas}).
 *
 * <p>It knows the keywords the vendored schemas use ({@link #KNOWN}) with Everit 1.14's meaning: a
 * {@code pattern} is found anywhere in the text ({@code Matcher.find}, as Everit), a length counts code
 * points, {@code integer} is a number written without a fraction, keywords of one type pass values of
 * another, unknown formats pass. Any other keyword makes it unsure, and unsure is handed to Everit.
 *
 * <p>A value nobody can know before the deployment (an intrinsic function, a {@code {{resolve:...}}}
 * reference) is what LL004 never reports: every fault Everit finds at or inside it, and a list's item
 * count or uniqueness around one, is left out by the rule. Where those are the only possible faults the
 * verdict is {@link Verdict#MASKED}: nothing the rule would report, so Everit is spared too.
 */
final class Acceptance {

    enum Verdict {
        /** Everit finds nothing. */
        PASS,
        /** Everit may find faults, but each is at, inside or around a value nobody can know. */
        MASKED,
        /** Everit finds a fault. */
        FAIL,
        /** Not known here: ask Everit. */
        UNSURE
    }

    /** The keywords this check applies; every other keyword a vendored schema uses must be in {@link #IGNORED}. */
    static final Set<String> KNOWN = Set.of("type", "enum", "minimum", "maximum", "minLength", "maxLength",
            "pattern", "format", "items", "minItems", "maxItems", "uniqueItems", "properties", "patternProperties",
            "additionalProperties", "required", "allOf", "anyOf", "$ref");

    /**
     * Keywords that do not judge a value: JSON Schema's annotations and the CloudFormation registry's
     * own metadata (handlers, identifiers, which properties are read-only), which Everit ignores.
     */
    static final Set<String> IGNORED = Set.of("$comment", "$schema", "$id", "title", "description", "default",
            "examples", "definitions", "typeName", "sourceUrl", "documentationUrl", "tagging", "primaryIdentifier",
            "additionalIdentifiers", "createOnlyProperties", "readOnlyProperties", "writeOnlyProperties",
            "conditionalCreateOnlyProperties", "deprecatedProperties", "nonPublicProperties",
            "nonPublicDefinitions", "propertyTransform", "insertionOrder", "arrayType", "relationshipRef",
            "handlers", "replacementStrategy", "taggable", "markdownDescription");

    /** Everit's built-in formats, which it checks; the CloudFormation ones ({@code AWS::EC2::...}) it lets pass. */
    private static final Set<String> EVERIT_FORMATS = Set.of("date-time", "date", "time", "email", "hostname",
            "ipv4", "ipv6", "uri", "uri-reference", "uri-template", "json-pointer", "relative-json-pointer",
            "regex", "idn-email", "idn-hostname", "iri", "iri-reference", "duration");

    private static final String DYNAMIC_REFERENCE = "{{resolve:";
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean", "null");

    private final JsonNode root;
    private final Map<String, JsonNode> refs = new ConcurrentHashMap<>();

    private Acceptance(JsonNode root) {
        this.root = root;
    }

    /** The schema in the class-path resource {@code resource}. */
    static Acceptance of(String resource) {
        try (InputStream in = Acceptance.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            try (JsonParser parser = JSON.createParser(in)) {
                parser.nextToken();
                return new Acceptance(tree(parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A schema given as a tree (tests). */
    static Acceptance ofTree(JsonNode schema) {
        return new Acceptance(schema);
    }

    JsonNode schema() {
        return root;
    }

    /** How Everit, and then LL004, would judge {@code value} against the whole schema. */
    Verdict check(JsonNode value) {
        return check(root, value, 0);
    }

    private Verdict check(JsonNode schema, JsonNode value, int depth) {
        if (depth > MAX_DEPTH || !schema.isObject()) {
            return schema.isBoolean() && schema.booleanValue() ? Verdict.PASS : Verdict.UNSURE;
        }
        if (unknowable(value)) {
            Verdict exact = keywords(schema, value, depth);
            return exact == Verdict.PASS ? Verdict.PASS : Verdict.MASKED;
        }
        return keywords(schema, value, depth);
    }

    private Verdict keywords(JsonNode schema, JsonNode value, int depth) {
        Verdict out = Verdict.PASS;
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext() && out != Verdict.FAIL; ) {
            Map.Entry<String, JsonNode> e = it.next();
            String keyword = e.getKey();
            JsonNode arg = e.getValue();
            Verdict v = switch (keyword) {
                case "type" -> type(arg, value);
                case "enum" -> enumeration(arg, value);
                case "minimum", "maximum" -> bound(keyword, arg, value);
                case "minLength", "maxLength" -> length(keyword, arg, value);
                case "pattern" -> pattern(arg, value);
                case "format" -> !value.isTextual() || !EVERIT_FORMATS.contains(arg.asText()) ? Verdict.PASS : Verdict.UNSURE;
                case "items" -> items(arg, value, depth);
                case "minItems", "maxItems" -> itemCount(keyword, arg, value);
                case "uniqueItems" -> unique(arg, value);
                case "properties", "patternProperties", "additionalProperties" -> keywordOfObject(schema, keyword, value, depth);
                case "required" -> required(arg, value);
                case "allOf" -> allOf(arg, value, depth);
                case "anyOf" -> anyOf(arg, value, depth);
                case "$ref" -> ref(arg, value, depth);
                default -> IGNORED.contains(keyword) ? Verdict.PASS : Verdict.UNSURE;
            };
            out = and(out, v);
        }
        return out;
    }

    /** Everit fails when any keyword does; a fault found is a fault even beside one not known here. */
    private static Verdict and(Verdict a, Verdict b) {
        if (a == Verdict.FAIL || b == Verdict.FAIL) {
            return Verdict.FAIL;
        }
        if (a == Verdict.UNSURE || b == Verdict.UNSURE) {
            return Verdict.UNSURE;
        }
        return a == Verdict.MASKED || b == Verdict.MASKED ? Verdict.MASKED : Verdict.PASS;
    }

    /** What LL004 never judges as written (its {@code findIntrinsics}). */
    static boolean unknowable(JsonNode value) {
        return Intrinsics.isIntrinsic(value) || (value.isTextual() && value.asText().contains(DYNAMIC_REFERENCE));
    }

    private static Verdict type(JsonNode arg, JsonNode value) {
        if (arg.isTextual()) {
            return isType(arg.asText(), value);
        }
        if (arg.isArray()) {
            Verdict out = Verdict.FAIL;
            for (JsonNode t : arg) {
                Verdict v = t.isTextual() ? isType(t.asText(), value) : Verdict.UNSURE;
                if (v == Verdict.PASS) {
                    return Verdict.PASS;
                }
                if (v == Verdict.UNSURE) {
                    out = Verdict.UNSURE;
                }
            }
            return out;
        }
        return Verdict.UNSURE;
    }

    /** The JSON type of a value as Everit sees it after {@code ResourceSchemas.toJson}. */
    private static Verdict isType(String type, JsonNode value) {
        boolean is = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> !value.isContainerNode() && !value.isNumber() && !value.isBoolean() && !isNull(value);
            // Everit takes a number with a fraction (even 5.0) for no integer: only integral nodes pass.
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> isNull(value);
            default -> false;
        };
        if (!is && !TYPES.contains(type)) {
            return Verdict.UNSURE;
        }
        return is ? Verdict.PASS : Verdict.FAIL;
    }

    private static boolean isNull(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    /** Text against text only: a number equal to an enum's number is Everit's to judge. */
    private static Verdict enumeration(JsonNode arg, JsonNode value) {
        if (!arg.isArray()) {
            return Verdict.UNSURE;
        }
        for (JsonNode allowed : arg) {
            if (!allowed.isTextual()) {
                return Verdict.UNSURE;
            }
            if (value.isTextual() && allowed.asText().equals(value.asText())) {
                return Verdict.PASS;
            }
        }
        return value.isContainerNode() || value.isNumber() || value.isBoolean() || isNull(value) || value.isTextual()
                ? Verdict.FAIL : Verdict.UNSURE;
    }

    private static Verdict bound(String keyword, JsonNode arg, JsonNode value) {
        if (!arg.isNumber()) {
            return Verdict.UNSURE;
        }
        if (!value.isNumber()) {
            return Verdict.PASS;
        }
        int c = value.decimalValue().compareTo(arg.decimalValue());
        boolean ok = keyword.equals("minimum") ? c >= 0 : c <= 0;
        return ok ? Verdict.PASS : Verdict.FAIL;
    }

    private static Verdict length(String keyword, JsonNode arg, JsonNode value) {
        if (!arg.isIntegralNumber()) {
            return Verdict.UNSURE;
        }
        if (!isType("string", value).equals(Verdict.PASS)) {
            return Verdict.PASS;
        }
        String text = value.asText();
        long n = text.codePointCount(0, text.length());
        boolean ok = keyword.equals("minLength") ? n >= arg.longValue() : n <= arg.longValue();
        return ok ? Verdict.PASS : Verdict.FAIL;
    }

    private static Verdict pattern(JsonNode arg, JsonNode value) {
        if (!arg.isTextual()) {
            return Verdict.UNSURE;
        }
        if (!isType("string", value).equals(Verdict.PASS)) {
            return Verdict.PASS;
        }
        return compiled(arg.asText()).matcher(value.asText()).find() ? Verdict.PASS : Verdict.FAIL;
    }

    private static Pattern compiled(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    private Verdict items(JsonNode arg, JsonNode value, int depth) {
        if (!arg.isObject()) {
            return Verdict.UNSURE; // a list of schemas (tuple form) is not used by the vendored schemas
        }
        if (!value.isArray()) {
            return Verdict.PASS;
        }
        Verdict out = Verdict.PASS;
        for (JsonNode item : value) {
            out = and(out, check(arg, item, depth + 1));
            if (out == Verdict.FAIL) {
                break;
            }
        }
        return out;
    }

    /**
     * The count and uniqueness of a list are judged as written; where the list holds a value nobody can
     * know (an {@code Fn::If} item may vanish), LL004 leaves such a fault out.
     */
    private static Verdict itemCount(String keyword, JsonNode arg, JsonNode value) {
        if (!arg.isIntegralNumber()) {
            return Verdict.UNSURE;
        }
        if (!value.isArray()) {
            return Verdict.PASS;
        }
        boolean ok = keyword.equals("minItems") ? value.size() >= arg.longValue() : value.size() <= arg.longValue();
        return ok ? Verdict.PASS : aroundUnknowable(value);
    }

    private static Verdict unique(JsonNode arg, JsonNode value) {
        if (!arg.isBoolean()) {
            return Verdict.UNSURE;
        }
        if (!arg.booleanValue() || !value.isArray()) {
            return Verdict.PASS;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
            String key = canonical(item);
            if (key == null) {
                return Verdict.UNSURE;
            }
            if (!seen.add(key)) {
                return aroundUnknowable(value);
            }
        }
        return Verdict.PASS;
    }

    private static Verdict aroundUnknowable(JsonNode value) {
        return holdsUnknowable(value, 0) ? Verdict.MASKED : Verdict.FAIL;
    }

    private static boolean holdsUnknowable(JsonNode value, int depth) {
        if (unknowable(value)) {
            return true;
        }
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (JsonNode child : value) {
            if (holdsUnknowable(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One text per value equal in Everit's eyes (objects by their members in any order, whole numbers by
     * value); null for a value holding a fraction, whose equality (1 and 1.0) is Everit's to judge.
     */
    private static String canonical(JsonNode value) {
        if (value.isObject()) {
            java.util.TreeMap<String, String> members = new java.util.TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String c = canonical(e.getValue());
                if (c == null) {
                    return null;
                }
                members.put(e.getKey(), c);
            }
            return "{" + members.entrySet().stream().map(m -> quote(m.getKey()) + ":" + m.getValue())
                    .reduce((a, b) -> a + "," + b).orElse("") + "}";
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (JsonNode item : value) {
                String c = canonical(item);
                if (c == null) {
                    return null;
                }
                out.append(c).append(',');
            }
            return out.append(']').toString();
        }
        if (value.isIntegralNumber()) {
            return "n" + value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return null;
        }
        if (value.isBoolean()) {
            return "b" + value.booleanValue();
        }
        if (isNull(value)) {
            return "null";
        }
        return quote(value.asText());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@code properties}, {@code patternProperties} and {@code additionalProperties} judge the members
     * together (a member is additional only when neither of the others names it): the walk does it once,
     * at {@code properties} or, without it, at the first of the others.
     */
    private Verdict keywordOfObject(JsonNode schema, String keyword, JsonNode value, int depth) {
        String first = schema.has("properties") ? "properties"
                : schema.has("patternProperties") ? "patternProperties" : "additionalProperties";
        if (!keyword.equals(first) || !value.isObject()) {
            return Verdict.PASS;
        }
        JsonNode properties = schema.path("properties");
        JsonNode patterns = schema.path("patternProperties");
        JsonNode additional = schema.get("additionalProperties");
        if ((!properties.isMissingNode() && !properties.isObject()) || (!patterns.isMissingNode() && !patterns.isObject())
                || (additional != null && !additional.isObject() && !additional.isBoolean())) {
            return Verdict.UNSURE;
        }
        Verdict out = Verdict.PASS;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext() && out != Verdict.FAIL; ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            boolean named = false;
            JsonNode own = properties.get(key);
            if (own != null) {
                named = true;
                out = and(out, check(own, member.getValue(), depth + 1));
            }
            for (Iterator<Map.Entry<String, JsonNode>> p = patterns.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> pattern = p.next();
                if (compiled(pattern.getKey()).matcher(key).find()) {
                    named = true;
                    out = and(out, check(pattern.getValue(), member.getValue(), depth + 1));
                }
            }
            if (!named && additional != null) {
                if (additional.isBoolean()) {
                    out = and(out, additional.booleanValue() ? Verdict.PASS : Verdict.FAIL);
                } else {
                    out = and(out, check(additional, member.getValue(), depth + 1));
                }
            }
        }
        return out;
    }

    private static Verdict required(JsonNode arg, JsonNode value) {
        if (!arg.isArray()) {
            return Verdict.UNSURE;
        }
        if (!value.isObject()) {
            return Verdict.PASS;
        }
        for (JsonNode name : arg) {
            if (!name.isTextual()) {
                return Verdict.UNSURE;
            }
            if (!value.has(name.asText())) {
                return Verdict.FAIL;
            }
        }
        return Verdict.PASS;
    }

    private Verdict allOf(JsonNode arg, JsonNode value, int depth) {
        if (!arg.isArray()) {
            return Verdict.UNSURE;
        }
        Verdict out = Verdict.PASS;
        for (JsonNode sub : arg) {
            out = and(out, check(sub, value, depth + 1));
            if (out == Verdict.FAIL) {
                break;
            }
        }
        return out;
    }

    /**
     * One passing form is a pass. Without one, LL004 tells the fault of the form it finds nearest, which
     * only Everit's own account says: when a form is only masked, the answer is unsure, not masked.
     */
    private Verdict anyOf(JsonNode arg, JsonNode value, int depth) {
        if (!arg.isArray()) {
            return Verdict.UNSURE;
        }
        boolean allFail = true;
        for (JsonNode sub : arg) {
            Verdict v = check(sub, value, depth + 1);
            if (v == Verdict.PASS) {
                return Verdict.PASS;
            }
            allFail &= v == Verdict.FAIL;
        }
        return allFail ? Verdict.FAIL : Verdict.UNSURE;
    }

    /** Local references only ({@code #/definitions/X}), as the vendored schemas write them. */
    private Verdict ref(JsonNode arg, JsonNode value, int depth) {
        if (!arg.isTextual() || !arg.asText().startsWith("#/")) {
            return Verdict.UNSURE;
        }
        JsonNode target = refs.computeIfAbsent(arg.asText(), r -> root.at(r.substring(1)));
        return target.isMissingNode() ? Verdict.UNSURE : check(target, value, depth + 1);
    }

    /** The schema as a tree, read with the streaming parser (a run that lints leaves databind's ObjectMapper unloaded). */
    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode out = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                out.set(name, tree(parser));
            }
            return out;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode out = nodes.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                out.add(tree(parser));
            }
            return out;
        }
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IOException("unexpected " + token + " in a schema");
        };
    }
}
