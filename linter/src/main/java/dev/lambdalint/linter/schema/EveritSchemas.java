package dev.lambdalint.linter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.schema.PropertyNames;
import dev.lambdalint.rules.schema.PropertySchemas;
import dev.lambdalint.rules.schema.SchemaFiles;
import dev.lambdalint.rules.schema.SchemaViolation;
import dev.lambdalint.rules.schema.SchemaViolation.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The vendored resource schemas ({@link SchemaFiles}), validated with Everit: the judge of every value
 * {@link Acceptance} does not pass, and the only class of the run that names Everit's (so that a run
 * whose resources all pass never loads them). Each schema is built the first time it is needed, then
 * kept for the rest of the run (the schemas are immutable and Everit's validation is thread-safe, so the
 * engine's parallel templates share them). Everit's findings are turned into {@link SchemaViolation}s,
 * the rules' own terms.
 */
final class EveritSchemas implements PropertySchemas {
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    @Override
    public boolean covers(String type) {
        return SchemaFiles.covers(type);
    }

    @Override
    public List<SchemaViolation> validate(String type, JsonNode properties) {
        Optional<String> resource = SchemaFiles.resource(type);
        if (resource.isEmpty()) {
            return List.of();
        }
        Schema schema = schemas.computeIfAbsent(type, t -> load(resource.get()));
        List<SchemaViolation> out = new ArrayList<>();
        try {
            schema.validate(toJson(properties));
        } catch (ValidationException e) {
            collect(e, out);
        }
        return oneEach(out);
    }

    /** A value of the wrong type is that fault alone, not also outside the enum that type would have. */
    private static List<SchemaViolation> oneEach(List<SchemaViolation> found) {
        java.util.Set<String> wrongType = new java.util.HashSet<>();
        for (SchemaViolation v : found) {
            if (v.kind() == Kind.TYPE) {
                wrongType.add(v.pointer());
            }
        }
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaViolation v : found) {
            if ((v.kind() == Kind.TYPE || !wrongType.contains(v.pointer())) && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static Schema load(String resource) {
        try (InputStream in = EveritSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            JSONObject json = new JSONObject(new JSONTokener(in));
            // CloudFormation's own formats (AWS::EC2::SecurityGroup.Id, ...) are names for its linters,
            // not checks a JSON Schema validator knows: Everit is told to let unknown formats pass.
            return SchemaLoader.builder().schemaJson(json).enableOverrideOfBuiltInFormatValidators()
                    .build().load().build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Everit reads org.json values; the template is a Jackson tree. */
    static Object toJson(JsonNode node) {
        if (node.isObject()) {
            JSONObject out = new JSONObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), toJson(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            JSONArray out = new JSONArray();
            for (JsonNode item : node) {
                out.put(toJson(item));
            }
            return out;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull() || node.isMissingNode()) {
            return JSONObject.NULL;
        }
        return node.asText();
    }

    private static void collect(ValidationException e, List<SchemaViolation> out) {
        String pointer = pointer(e);
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        if (!e.getCausingExceptions().isEmpty()) {
            if (keyword.equals("anyOf") || keyword.equals("oneOf")) {
                chooseForm(e, pointer, out);
                return;
            }
            for (ValidationException cause : e.getCausingExceptions()) {
                collect(cause, out);
            }
            return;
        }
        Schema violated = unwrap(e.getViolatedSchema());
        String message = e.getErrorMessage() == null ? "" : e.getErrorMessage();
        switch (keyword) {
            case "additionalProperties" -> {
                String key = bracketed(message);
                List<String> near = violated instanceof ObjectSchema object
                        ? PropertyNames.nearest(key, object.getPropertySchemas().keySet()).stream().toList()
                        : List.of();
                out.add(new SchemaViolation(Pointers.child(pointer, key), Kind.UNKNOWN_PROPERTY, key, near, ""));
            }
            case "required" -> out.add(new SchemaViolation(pointer, Kind.MISSING_PROPERTY, bracketed(message), List.of(), ""));
            case "type" -> out.add(new SchemaViolation(pointer, Kind.TYPE, "", types(violated), ""));
            case "enum" -> out.add(new SchemaViolation(pointer, Kind.ENUM, "",
                    violated instanceof EnumSchema en ? en.getPossibleValues().stream().map(String::valueOf).sorted().toList() : List.of(), ""));
            case "const" -> out.add(new SchemaViolation(pointer, Kind.ENUM, "",
                    violated instanceof ConstSchema c ? List.of(String.valueOf(c.getPermittedValue())) : List.of(), ""));
            case "minimum", "exclusiveMinimum" -> out.add(bound(pointer, Kind.MINIMUM,
                    violated instanceof NumberSchema n ? first(n.getMinimum(), n.getExclusiveMinimumLimit()) : null));
            case "maximum", "exclusiveMaximum" -> out.add(bound(pointer, Kind.MAXIMUM,
                    violated instanceof NumberSchema n ? first(n.getMaximum(), n.getExclusiveMaximumLimit()) : null));
            case "minLength" -> out.add(bound(pointer, Kind.MIN_LENGTH, violated instanceof StringSchema s ? s.getMinLength() : null));
            case "maxLength" -> out.add(bound(pointer, Kind.MAX_LENGTH, violated instanceof StringSchema s ? s.getMaxLength() : null));
            case "pattern" -> out.add(new SchemaViolation(pointer, Kind.PATTERN, "", List.of(),
                    violated instanceof StringSchema s && s.getPattern() != null ? s.getPattern().toString() : ""));
            case "minItems" -> out.add(bound(pointer, Kind.MIN_ITEMS, violated instanceof ArraySchema a ? a.getMinItems() : null));
            case "maxItems" -> out.add(bound(pointer, Kind.MAX_ITEMS, violated instanceof ArraySchema a ? a.getMaxItems() : null));
            case "uniqueItems" -> out.add(new SchemaViolation(pointer, Kind.UNIQUE_ITEMS, "", List.of(), ""));
            default -> out.add(new SchemaViolation(pointer, Kind.OTHER, "", List.of(), message));
        }
    }

    /**
     * {@code anyOf}/{@code oneOf}: SAM writes {@code CodeUri} as text or a mapping, {@code Tracing} as a
     * mapping or one of three words. The forms whose type does not fit the value say nothing useful; when
     * one form fits the value's type, its own faults are the ones to tell, otherwise the value has none of
     * the accepted forms.
     */
    private static void chooseForm(ValidationException e, String pointer, List<SchemaViolation> out) {
        List<ValidationException> fitting = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (ValidationException cause : e.getCausingExceptions()) {
            forms.addAll(types(unwrap(cause.getViolatedSchema())));
            boolean wrongType = "type".equals(cause.getKeyword()) && cause.getCausingExceptions().isEmpty()
                    && pointer(cause).equals(pointer);
            if (!wrongType) {
                fitting.add(cause);
            }
        }
        if (fitting.isEmpty()) {
            out.add(new SchemaViolation(pointer, Kind.TYPE, "", forms.stream().distinct().toList(), ""));
            return;
        }
        ValidationException best = fitting.get(0);
        boolean tie = false;
        for (ValidationException cause : fitting.subList(1, fitting.size())) {
            if (cause.getViolationCount() < best.getViolationCount()) {
                best = cause;
                tie = false;
            } else if (cause.getViolationCount() == best.getViolationCount()) {
                tie = true;
            }
        }
        if (tie) {
            out.add(new SchemaViolation(pointer, Kind.NO_FORM, "", forms.stream().distinct().toList(), ""));
            return;
        }
        collect(best, out);
    }

    private static Schema unwrap(Schema schema) {
        Schema s = schema;
        for (int i = 0; i < 16 && s instanceof ReferenceSchema ref && ref.getReferredSchema() != null; i++) {
            s = ref.getReferredSchema();
        }
        return s;
    }

    /** The JSON types a schema accepts, in JSON Schema's words. */
    private static List<String> types(Schema schema) {
        Schema s = unwrap(schema);
        if (s instanceof NumberSchema n) {
            return List.of(n.requiresInteger() ? "integer" : "number");
        }
        if (s instanceof StringSchema || s instanceof EnumSchema) {
            return List.of("string");
        }
        if (s instanceof BooleanSchema) {
            return List.of("boolean");
        }
        if (s instanceof ObjectSchema) {
            return List.of("object");
        }
        if (s instanceof ArraySchema) {
            return List.of("array");
        }
        if (s instanceof NullSchema) {
            return List.of("null");
        }
        if (s instanceof CombinedSchema c) {
            List<String> out = new ArrayList<>();
            for (Schema sub : c.getSubschemas()) {
                for (String t : types(sub)) {
                    if (!out.contains(t)) {
                        out.add(t);
                    }
                }
            }
            return out;
        }
        return List.of();
    }

    private static SchemaViolation bound(String pointer, Kind kind, Object limit) {
        return new SchemaViolation(pointer, kind, "", List.of(), limit == null ? "?" : plain(limit));
    }

    private static Object first(Object a, Object b) {
        return a != null ? a : b;
    }

    private static String plain(Object number) {
        if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(number.toString()).stripTrailingZeros();
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        }
        if (number instanceof BigInteger) {
            return number.toString();
        }
        return String.valueOf(number);
    }

    private static String pointer(ValidationException e) {
        String p = e.getPointerToViolation();
        if (p == null) {
            return "";
        }
        return p.startsWith("#") ? p.substring(1) : p;
    }

    /** {@code extraneous key [MemmorySize] is not permitted}, {@code required key [Code] not found}. */
    private static String bracketed(String message) {
        int start = message.indexOf('[');
        int end = message.lastIndexOf(']');
        return start >= 0 && end > start ? message.substring(start + 1, end) : message;
    }
}
