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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private static final List<String> TYPES = List.of("object", "array", "string", "integer", "number", "boolean", "null");
    private static final Check UNKNOWN = (value, depth) -> Verdict.UNSURE;

    /** One keyword of one schema node, its argument read once. */
    @FunctionalInterface
    private interface Check {
        Verdict apply(JsonNode value, int depth);
    }

    /**
     * A schema node: its keywords made into checks the first time a value meets it (a run meets a few of
     * the SAM schema's many definitions), then kept. Made under the schema's lock, read without it.
     */
    private final class Node {
        private final JsonNode schema;
        private volatile Check[] checks;

        Node(JsonNode schema) {
            this.schema = schema;
        }

        Verdict check(JsonNode value, int depth) {
            if (depth > MAX_DEPTH) {
                return Verdict.UNSURE;
            }
            if (unknowable(value)) {
                return all(value, depth) == Verdict.PASS ? Verdict.PASS : Verdict.MASKED;
            }
            return all(value, depth);
        }

        private Verdict all(JsonNode value, int depth) {
            Check[] made = checks;
            if (made == null) {
                made = compiled(this);
            }
            Verdict out = Verdict.PASS;
            for (Check c : made) {
                out = and(out, c.apply(value, depth));
                if (out == Verdict.FAIL) {
                    break;
                }
            }
            return out;
        }
    }

    private final JsonNode root;
    private final Node start;
    /** The node of each schema object (by identity: two equal definitions are still two places). */
    private final Map<JsonNode, Node> nodes = new IdentityHashMap<>();

    private Acceptance(JsonNode root) {
        this.root = root;
        this.start = node(root);
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
        return start.check(value, 0);
    }

    /** Called under the lock (from {@link #compiled} or the constructor). */
    private Node node(JsonNode schema) {
        return nodes.computeIfAbsent(schema, Node::new);
    }

    private synchronized Check[] compiled(Node node) {
        if (node.checks != null) {
            return node.checks;
        }
        JsonNode schema = node.schema;
        List<Check> checks = new ArrayList<>();
        if (schema.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Check c = compile(schema, e.getKey(), e.getValue());
                if (c != null) {
                    checks.add(c);
                }
            }
        } else if (!(schema.isBoolean() && schema.booleanValue())) {
            checks.add(UNKNOWN);
        }
        Check[] made = checks.toArray(new Check[0]);
        node.checks = made;
        return made;
    }

    /** The check of one keyword; null for a keyword that judges nothing here. */
    private Check compile(JsonNode schema, String keyword, JsonNode arg) {
        return switch (keyword) {
            case "type" -> type(arg);
            case "enum" -> enumeration(arg);
            case "minimum", "maximum" -> bound(keyword.equals("minimum"), arg);
            case "minLength", "maxLength" -> length(keyword.equals("minLength"), arg);
            case "pattern" -> pattern(arg);
            case "format" -> EVERIT_FORMATS.contains(arg.asText())
                    ? (value, depth) -> value.isTextual() ? Verdict.UNSURE : Verdict.PASS : null;
            case "items" -> items(arg);
            case "minItems", "maxItems" -> itemCount(keyword.equals("minItems"), arg);
            case "uniqueItems" -> unique(arg);
            case "properties", "patternProperties", "additionalProperties" -> members(schema, keyword);
            case "required" -> required(arg);
            case "allOf" -> allOf(arg);
            case "anyOf" -> anyOf(arg);
            case "$ref" -> ref(arg);
            default -> IGNORED.contains(keyword) ? null : UNKNOWN;
        };
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

    private static Check type(JsonNode arg) {
        List<String> names = new ArrayList<>();
        if (arg.isTextual()) {
            names.add(arg.asText());
        } else if (arg.isArray()) {
            arg.forEach(t -> names.add(t.isTextual() ? t.asText() : "?"));
        }
        if (names.isEmpty() || !TYPES.containsAll(names)) {
            return UNKNOWN;
        }
        int accepted = 0;
        for (String name : names) {
            accepted |= 1 << TYPES.indexOf(name);
        }
        int mask = accepted;
        return (value, depth) -> (typeBits(value) & mask) != 0 ? Verdict.PASS : Verdict.FAIL;
    }

    /**
     * The JSON types of a value as Everit sees it after {@code EveritSchemas.toJson}, as bits of
     * {@link #TYPES}. Everit takes a number with a fraction (even 5.0) for no integer.
     */
    private static int typeBits(JsonNode value) {
        if (value.isObject()) {
            return 1;
        }
        if (value.isArray()) {
            return 1 << 1;
        }
        if (value.isIntegralNumber()) {
            return 1 << 3 | 1 << 4;
        }
        if (value.isNumber()) {
            return 1 << 4;
        }
        if (value.isBoolean()) {
            return 1 << 5;
        }
        if (isNull(value)) {
            return 1 << 6;
        }
        return 1 << 2;
    }

    private static boolean isText(JsonNode value) {
        return typeBits(value) == 1 << 2;
    }

    private static boolean isNull(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    /** Text against text only: a number equal to an enum's number is Everit's to judge. */
    private static Check enumeration(JsonNode arg) {
        if (!arg.isArray()) {
            return UNKNOWN;
        }
        Set<String> allowed = new HashSet<>();
        for (JsonNode a : arg) {
            if (!a.isTextual()) {
                return UNKNOWN;
            }
            allowed.add(a.asText());
        }
        return (value, depth) -> value.isTextual() && allowed.contains(value.asText()) ? Verdict.PASS : Verdict.FAIL;
    }

    private static Check bound(boolean minimum, JsonNode arg) {
        if (!arg.isNumber()) {
            return UNKNOWN;
        }
        BigDecimal limit = arg.decimalValue();
        return (value, depth) -> {
            if (!value.isNumber()) {
                return Verdict.PASS;
            }
            int c = value.decimalValue().compareTo(limit);
            return (minimum ? c >= 0 : c <= 0) ? Verdict.PASS : Verdict.FAIL;
        };
    }

    private static Check length(boolean minimum, JsonNode arg) {
        if (!arg.isIntegralNumber()) {
            return UNKNOWN;
        }
        long limit = arg.longValue();
        return (value, depth) -> {
            if (!isText(value)) {
                return Verdict.PASS;
            }
            String text = value.asText();
            long n = text.codePointCount(0, text.length());
            return (minimum ? n >= limit : n <= limit) ? Verdict.PASS : Verdict.FAIL;
        };
    }

    private static Check pattern(JsonNode arg) {
        if (!arg.isTextual()) {
            return UNKNOWN;
        }
        Pattern pattern = Pattern.compile(arg.asText());
        return (value, depth) -> !isText(value) || pattern.matcher(value.asText()).find() ? Verdict.PASS : Verdict.FAIL;
    }

    private Check items(JsonNode arg) {
        if (!arg.isObject()) {
            return UNKNOWN; // a list of schemas (tuple form) is not used by the vendored schemas
        }
        Node item = node(arg);
        return (value, depth) -> {
            if (!value.isArray()) {
                return Verdict.PASS;
            }
            Verdict out = Verdict.PASS;
            for (JsonNode each : value) {
                out = and(out, item.check(each, depth + 1));
                if (out == Verdict.FAIL) {
                    break;
                }
            }
            return out;
        };
    }

    /**
     * The count and uniqueness of a list are judged as written; where the list holds a value nobody can
     * know (an {@code Fn::If} item may vanish), LL004 leaves such a fault out.
     */
    private static Check itemCount(boolean minimum, JsonNode arg) {
        if (!arg.isIntegralNumber()) {
            return UNKNOWN;
        }
        long limit = arg.longValue();
        return (value, depth) -> {
            if (!value.isArray()) {
                return Verdict.PASS;
            }
            boolean ok = minimum ? value.size() >= limit : value.size() <= limit;
            return ok ? Verdict.PASS : aroundUnknowable(value);
        };
    }

    private static Check unique(JsonNode arg) {
        if (!arg.isBoolean()) {
            return UNKNOWN;
        }
        if (!arg.booleanValue()) {
            return null;
        }
        return (value, depth) -> {
            if (!value.isArray()) {
                return Verdict.PASS;
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode item : value) {
                // Text items (the usual list) stand for themselves: no other kind's key starts with "s".
                String key = item.isTextual() ? "s" + item.asText() : canonical(item);
                if (key == null) {
                    return Verdict.UNSURE;
                }
                if (!seen.add(key)) {
                    return aroundUnknowable(value);
                }
            }
            return Verdict.PASS;
        };
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
            TreeMap<String, String> members = new TreeMap<>();
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
     * together (a member is additional only when neither of the others names it): one check, made at
     * {@code properties} or, without it, at the first of the others.
     */
    private Check members(JsonNode schema, String keyword) {
        String first = schema.has("properties") ? "properties"
                : schema.has("patternProperties") ? "patternProperties" : "additionalProperties";
        if (!keyword.equals(first)) {
            return null;
        }
        JsonNode properties = schema.path("properties");
        JsonNode patterns = schema.path("patternProperties");
        JsonNode additional = schema.get("additionalProperties");
        if ((!properties.isMissingNode() && !properties.isObject()) || (!patterns.isMissingNode() && !patterns.isObject())
                || (additional != null && !additional.isObject() && !additional.isBoolean())) {
            return UNKNOWN;
        }
        Map<String, Node> named = new HashMap<>();
        properties.fields().forEachRemaining(e -> named.put(e.getKey(), node(e.getValue())));
        List<Pattern> keyPatterns = new ArrayList<>();
        List<Node> patterned = new ArrayList<>();
        patterns.fields().forEachRemaining(e -> {
            keyPatterns.add(Pattern.compile(e.getKey()));
            patterned.add(node(e.getValue()));
        });
        boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
        Node others = additional != null && additional.isObject() ? node(additional) : null;
        return (value, depth) -> {
            if (!value.isObject()) {
                return Verdict.PASS;
            }
            Verdict out = Verdict.PASS;
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext() && out != Verdict.FAIL; ) {
                Map.Entry<String, JsonNode> member = it.next();
                String key = member.getKey();
                Node own = named.get(key);
                boolean known = own != null;
                if (own != null) {
                    out = and(out, own.check(member.getValue(), depth + 1));
                }
                for (int i = 0; i < keyPatterns.size(); i++) {
                    if (keyPatterns.get(i).matcher(key).find()) {
                        known = true;
                        out = and(out, patterned.get(i).check(member.getValue(), depth + 1));
                    }
                }
                if (!known && closed) {
                    out = Verdict.FAIL;
                } else if (!known && others != null) {
                    out = and(out, others.check(member.getValue(), depth + 1));
                }
            }
            return out;
        };
    }

    private static Check required(JsonNode arg) {
        if (!arg.isArray()) {
            return UNKNOWN;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : arg) {
            if (!name.isTextual()) {
                return UNKNOWN;
            }
            names.add(name.asText());
        }
        return (value, depth) -> {
            if (!value.isObject()) {
                return Verdict.PASS;
            }
            for (String name : names) {
                if (!value.has(name)) {
                    return Verdict.FAIL;
                }
            }
            return Verdict.PASS;
        };
    }

    private Check allOf(JsonNode arg) {
        if (!arg.isArray()) {
            return UNKNOWN;
        }
        List<Node> all = new ArrayList<>();
        arg.forEach(s -> all.add(node(s)));
        return (value, depth) -> {
            Verdict out = Verdict.PASS;
            for (Node sub : all) {
                out = and(out, sub.check(value, depth + 1));
                if (out == Verdict.FAIL) {
                    break;
                }
            }
            return out;
        };
    }

    /**
     * One passing form is a pass. Without one, LL004 tells the fault of the form it finds nearest, which
     * only Everit's own account says: when a form is only masked, the answer is unsure, not masked.
     */
    private Check anyOf(JsonNode arg) {
        if (!arg.isArray()) {
            return UNKNOWN;
        }
        List<Node> forms = new ArrayList<>();
        arg.forEach(s -> forms.add(node(s)));
        return (value, depth) -> {
            boolean allFail = true;
            for (Node form : forms) {
                Verdict v = form.check(value, depth + 1);
                if (v == Verdict.PASS) {
                    return Verdict.PASS;
                }
                allFail &= v == Verdict.FAIL;
            }
            return allFail ? Verdict.FAIL : Verdict.UNSURE;
        };
    }

    /** Local references only ({@code #/definitions/X}), as the vendored schemas write them. */
    private Check ref(JsonNode arg) {
        if (!arg.isTextual() || !arg.asText().startsWith("#/")) {
            return UNKNOWN;
        }
        JsonNode target = root.at(arg.asText().substring(1));
        if (target.isMissingNode()) {
            return UNKNOWN;
        }
        Node referred = node(target);
        return (value, depth) -> referred.check(value, depth + 1);
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
