package dev.lambdalint.rules.catalog.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.schema.PropertySchemas;
import dev.lambdalint.rules.schema.SchemaFiles;
import dev.lambdalint.rules.schema.SchemaViolation;
import dev.lambdalint.rules.schema.SchemaViolation.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "LL004",
        name = "property-invalid",
        severity = Severity.ERROR,
        summary = "A property of a Lambda resource that its official CloudFormation or SAM schema rejects",
        rationale = """
                CloudFormation validates every resource's properties against the resource type's schema, and \
                SAM validates its own resources before the transform; a property the schema rejects fails the \
                deployment (or the whole change set). The usual causes are a misspelt property name \
                (`MemmorySize`, `ReservedConcurrentExecution`), which also leaves the setting meant at its \
                default; a value outside the accepted values (`PackageType: zip`); a number outside its range; \
                a value of the wrong kind (text where a list is expected); and a mapping without a property it \
                requires (`RuntimeManagementConfig` without `UpdateRuntimeOn`). lambdalint checks the \
                `AWS::Lambda::*` resources it reads and `AWS::Serverless::Function` with SAM's `Globals` \
                against the schemas AWS publishes: the us-east-1 CloudFormation registry schemas as cfn-lint vendors \
                them (2025-12-08) and SAM's own schema (2026-05-29), shipped in the jar with their sources \
                (rules/src/main/resources/dev/lambdalint/rules/schemas/README.md). Lambda Web Functions have \
                no published schema there yet and are not checked. Values written as \
                intrinsic functions are judged only where lambdalint can resolve them: a parameter's Default \
                and AllowedValues, each branch of an Fn::If. Where a more specific rule owns the fault \
                (memory, /tmp or timeout out of range, too many layers, architectures, an unknown runtime), \
                that rule reports it and this one stays silent; a misspelt property is reported here once, \
                and the rules that would call the property "not set" stay silent on that resource.""",
        fix = "Correct the property as the message says: the name it suggests, a value from the accepted list or range, or the required property it names.",
        example = """
                Fn:
                  Type: AWS::Lambda::Function
                  Properties:
                    MemorySize: 1024                  # not MemmorySize
                    PackageType: Zip                  # not zip
                    RuntimeManagementConfig:
                      UpdateRuntimeOn: Auto           # required in RuntimeManagementConfig""",
        tags = {"schema", "deployment"})
public final class PropertyInvalid implements TemplateRule {

    /**
     * A fault a specific rule owns: at {@code path} (a JSON pointer inside {@code Properties}; with
     * {@code below}, everything inside it too), of one of {@code kinds}. LL004 is silent there, so that
     * each fault is reported once, by the rule that explains it best. Owners need not exist yet: a rule
     * written later takes its share by its entry here.
     */
    record Owned(String rule, String path, Set<Kind> kinds, boolean below) {
        boolean owns(String pointer, Kind kind) {
            return kinds.contains(kind) && (pointer.equals(path) || (below && pointer.startsWith(path + "/")));
        }
    }

    private static final Set<Kind> RANGE = EnumSet.of(Kind.MINIMUM, Kind.MAXIMUM);
    private static final Set<Kind> SHAPE = EnumSet.of(Kind.TYPE, Kind.NO_FORM);

    /** The faults of function properties (plain, SAM, SAM Globals) that other rules report. */
    static final List<Owned> OWNED = List.of(
            new Owned("LL101", "/MemorySize", RANGE, false),
            new Owned("LL201", "/EphemeralStorage/Size", RANGE, false),
            new Owned("LL501", "/Timeout", RANGE, false),
            new Owned("LL607", "/Layers", EnumSet.of(Kind.MAX_ITEMS), false),
            new Owned("LL611", "/Architectures", EnumSet.of(Kind.MAX_ITEMS, Kind.ENUM, Kind.UNIQUE_ITEMS), true),
            new Owned("LL613", "/Runtime", EnumSet.of(Kind.ENUM), false),
            // LL001 (template-invalid) tells a value of the wrong kind in the settings lambdalint reads.
            new Owned("LL001", "/MemorySize", SHAPE, false),
            new Owned("LL001", "/Timeout", SHAPE, false),
            new Owned("LL001", "/ReservedConcurrentExecutions", SHAPE, false),
            new Owned("LL001", "/EphemeralStorage", SHAPE, false),
            new Owned("LL001", "/EphemeralStorage/Size", SHAPE, false),
            new Owned("LL001", "/ProvisionedConcurrencyConfig", SHAPE, false),
            new Owned("LL001", "/ProvisionedConcurrencyConfig/ProvisionedConcurrentExecutions", SHAPE, false),
            new Owned("LL001", "/VpcConfig", SHAPE, false),
            new Owned("LL001", "/VpcConfig/SubnetIds", SHAPE, false),
            new Owned("LL001", "/VpcConfig/SecurityGroupIds", SHAPE, false),
            new Owned("LL001", "/Environment", SHAPE, false),
            new Owned("LL001", "/Environment/Variables", SHAPE, false),
            new Owned("LL001", "/Events", SHAPE, false),
            new Owned("LL001", "/Architectures", SHAPE, false),
            new Owned("LL001", "/Layers", SHAPE, false),
            new Owned("LL001", "/Runtime", SHAPE, false));

    /**
     * Where {@code aws cloudformation package} (and {@code sam package}) accept a local path or an S3 URI
     * as text and write the mapping the schema wants before the deployment: text there is not a fault.
     */
    static final Map<String, String> PACKAGED = Map.of(
            FunctionView.PLAIN_TYPE, "/Code",
            "AWS::Lambda::LayerVersion", "/Content");

    private static final Set<String> FUNCTION_SCHEMAS = Set.of(
            FunctionView.PLAIN_TYPE, FunctionView.SAM_TYPE, SchemaFiles.SAM_GLOBALS_FUNCTION);
    private static final String DYNAMIC_REFERENCE = "{{resolve:";
    private static final int COERCION_ROUNDS = 3;

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        PropertySchemas schemas = context.schemas();
        Value root = new Value(template.template().root(), "");
        Optional<Value> globals = root.get("Globals").flatMap(g -> g.get("Function")).filter(Value::isMapping);
        if (globals.isPresent() && schemas.covers(SchemaFiles.SAM_GLOBALS_FUNCTION)) {
            judge(template, schemas, SchemaFiles.SAM_GLOBALS_FUNCTION, "Globals", globals.get(), globals.get().pointer(),
                    MissingNode.getInstance(), out);
        }
        for (Resource r : template.resources()) {
            if (!schemas.covers(r.type())) {
                continue;
            }
            Optional<Value> written = r.declaration().get("Properties");
            if (written.isPresent() && !written.get().isMapping()) {
                continue; // Properties: !If [...] or a list: nothing here can be read as a mapping
            }
            Value properties = written.orElse(new Value(JsonNodeFactory.instance.objectNode(), Pointers.child(r.pointer(), "Properties")));
            // A SAM function's Globals are merged in: what came from Globals is judged there, once.
            JsonNode skip = r.is(FunctionView.SAM_TYPE) && globals.isPresent() ? globals.get().node() : MissingNode.getInstance();
            judge(template, schemas, r.type(), r.logicalId(), properties, r.pointer(), skip, out);
        }
    }

    private void judge(TemplateModel template, PropertySchemas schemas, String type, String resource, Value properties,
                       String resourcePointer, JsonNode skip, Findings out) {
        JsonNode written = properties.node();
        List<String> unknowable = new ArrayList<>();
        findIntrinsics(written, "", unknowable);

        for (SchemaViolation v : validate(schemas, type, written.deepCopy())) {
            if (!touchesUnknowable(v, unknowable) && !fromGlobals(v, written, skip)) {
                report(type, resource, v, at(written, v), properties.pointer() + v.pointer(), resourcePointer, out);
            }
        }
        // Intrinsics lambdalint resolves (a parameter's Default and AllowedValues, Fn::If branches, ...):
        // each value they can take is put in their place and judged there, at the line it is written.
        for (String place : unknowable) {
            JsonNode intrinsic = at(written, place);
            if (!Intrinsics.isIntrinsic(intrinsic)) {
                continue;
            }
            for (Value candidate : template.candidates(new Value(intrinsic, properties.pointer() + place))) {
                if (candidate.node().isMissingNode() || Intrinsics.isIntrinsic(candidate.node())) {
                    continue;
                }
                JsonNode copy = written.deepCopy();
                JsonNode replaced = replace(copy, place, asDeployed(template, intrinsic, candidate.node().deepCopy()));
                List<String> inside = new ArrayList<>();
                findIntrinsics(candidate.node(), place, inside);
                for (SchemaViolation v : validate(schemas, type, replaced)) {
                    boolean here = v.pointer().equals(place) || v.pointer().startsWith(place + "/");
                    if (here && !touchesUnknowable(v, inside) && !fromGlobals(v, written, skip)) {
                        String pointer = candidate.pointer() + v.pointer().substring(place.length());
                        report(type, resource, v, at(replaced, v), pointer, resourcePointer, out);
                    }
                }
            }
        }
    }

    /** A list parameter's Default, written as one text, reaches the resource as a list (Intrinsics.parameterValue). */
    private static JsonNode asDeployed(TemplateModel template, JsonNode intrinsic, JsonNode value) {
        if (!value.isTextual() || !intrinsic.isObject() || intrinsic.size() != 1 || !intrinsic.path("Ref").isTextual()) {
            return value;
        }
        JsonNode parameter = template.template().root().path("Parameters").path(intrinsic.get("Ref").asText());
        return parameter.isObject() ? Intrinsics.parameterValue(parameter, value.asText()) : value;
    }

    private void report(String type, String resource, SchemaViolation v, JsonNode value,
                        String pointer, String resourcePointer, Findings out) {
        if (FUNCTION_SCHEMAS.contains(type) && OWNED.stream().anyMatch(o -> o.owns(v.pointer(), v.kind()))) {
            return;
        }
        if (v.kind() == Kind.TYPE && value.isTextual() && v.pointer().equals(PACKAGED.get(type))) {
            return;
        }
        // A required property that is missing from the properties points at the resource itself.
        String at = v.kind() == Kind.MISSING_PROPERTY && v.pointer().isEmpty() ? resourcePointer : pointer;
        String shown = type.equals(SchemaFiles.SAM_GLOBALS_FUNCTION) ? "Globals.Function" : type;
        out.report(this, resource, at, resource + ": " + v.describe(shown, value) + " (rejected at deployment)");
    }

    /**
     * Validates, reading values as CloudFormation does: {@code "512"} is a number where one is expected,
     * {@code "true"} a boolean, and a number or boolean is text where text is expected.
     */
    private static List<SchemaViolation> validate(PropertySchemas schemas, String type, JsonNode properties) {
        JsonNode doc = ownedLeavesSettled(type, properties);
        List<SchemaViolation> found = schemas.validate(type, doc);
        for (int round = 0; round < COERCION_ROUNDS; round++) {
            boolean changed = false;
            for (SchemaViolation v : found) {
                if (v.kind() == Kind.TYPE) {
                    JsonNode value = at(doc, v.pointer());
                    JsonNode read = coerce(value, v.expected());
                    if (read != null) {
                        doc = replace(doc, v.pointer(), read);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
            found = schemas.validate(type, doc);
        }
        return misspeltOnce(found);
    }

    /**
     * A required property written under a misspelt name ({@code Rol} for {@code Role}) is one fault: the
     * unknown name, with the name it meant. The schema also finds the meant property missing from the
     * same mapping; that second finding would only repeat the first, so it goes.
     */
    static List<SchemaViolation> misspeltOnce(List<SchemaViolation> found) {
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaViolation v : found) {
            boolean meantElsewhere = v.kind() == Kind.MISSING_PROPERTY && found.stream().anyMatch(u ->
                    u.kind() == Kind.UNKNOWN_PROPERTY && !u.expected().isEmpty() && u.expected().get(0).equals(v.name())
                            && u.pointer().startsWith(v.pointer() + "/") && u.pointer().indexOf('/', v.pointer().length() + 1) < 0);
            if (!meantElsewhere) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Function settings whose every possible schema fault another rule owns (their schema is a whole
     * number between two bounds: the kind is LL001's, the range LL101's, LL501's or LL201's; {@code
     * PropertyInvalidTest} checks the vendored schemas still say so), each with Lambda's default, a value
     * every schema accepts.
     */
    static final Map<String, Integer> OWNED_LEAVES = Map.of(
            "/MemorySize", 128, "/Timeout", 3, "/EphemeralStorage/Size", 512);

    /**
     * The properties with each {@link #OWNED_LEAVES owned setting} at its default: LL004 would drop any
     * fault found there, and a value out of range (the memory below 128 MB that LL101 reports) would
     * otherwise make the schema check hand the whole resource to Everit, whose set-up costs a small run
     * more than the rest of it, only to drop what it finds.
     */
    private static JsonNode ownedLeavesSettled(String type, JsonNode properties) {
        if (!FUNCTION_SCHEMAS.contains(type)) {
            return properties;
        }
        JsonNode doc = properties;
        for (Map.Entry<String, Integer> leaf : OWNED_LEAVES.entrySet()) {
            JsonNode value = doc.at(leaf.getKey());
            if (!value.isMissingNode() && !value.isContainerNode()) {
                doc = replace(doc, leaf.getKey(), LongNode.valueOf(leaf.getValue()));
            }
        }
        return doc;
    }

    private static JsonNode coerce(JsonNode value, List<String> expected) {
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (expected.contains("integer") && text.matches("[+-]?\\d{1,18}")) {
                return LongNode.valueOf(Long.parseLong(text));
            }
            if (expected.contains("number") && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                return DoubleNode.valueOf(Double.parseDouble(text));
            }
            if (expected.contains("boolean") && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return BooleanNode.valueOf(Boolean.parseBoolean(text));
            }
            return null;
        }
        if ((value.isNumber() || value.isBoolean()) && expected.contains("string")) {
            return TextNode.valueOf(value.asText());
        }
        return null;
    }

    /** Pointers (relative to the properties) of values nobody can know before the deployment. */
    private static void findIntrinsics(JsonNode node, String pointer, List<String> out) {
        if (Intrinsics.isIntrinsic(node) || (node.isTextual() && node.asText().contains(DYNAMIC_REFERENCE))) {
            out.add(pointer);
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                findIntrinsics(e.getValue(), Pointers.child(pointer, e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findIntrinsics(node.get(i), Pointers.child(pointer, i), out);
            }
        }
    }

    /**
     * True when the fault may be the intrinsic's doing: it is at or inside one, or it judges a whole
     * list or mapping with one inside (an {@code Fn::If} item may vanish, a form may fit once resolved).
     */
    private static boolean touchesUnknowable(SchemaViolation v, List<String> unknowable) {
        String pointer = v.pointer();
        if (v.kind() == Kind.UNKNOWN_PROPERTY) {
            // A misspelt name is wrong whatever its value; only the key of an intrinsic (Fn::If) is no name.
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            for (String place : unknowable) {
                if (pointer.equals(place) || pointer.startsWith(place + "/")) {
                    return true;
                }
            }
            return false;
        }
        boolean whole = EnumSet.of(Kind.MIN_ITEMS, Kind.MAX_ITEMS, Kind.UNIQUE_ITEMS, Kind.NO_FORM, Kind.OTHER).contains(v.kind());
        for (String place : unknowable) {
            if (v.pointer().equals(place) || v.pointer().startsWith(place + "/")) {
                return true;
            }
            if (whole && (v.pointer().isEmpty() || place.startsWith(v.pointer() + "/"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the faulty value is one SAM's Globals gave the function: the merge keeps the Globals'
     * nodes (lists keep their items first), so the same path in {@code Globals.Function} leads to the
     * very same node.
     */
    private static boolean fromGlobals(SchemaViolation v, JsonNode written, JsonNode globals) {
        if (globals.isMissingNode()) {
            return false;
        }
        JsonNode mine = written;
        JsonNode theirs = globals;
        for (String segment : Pointers.segments(v.pointer())) {
            mine = at(mine, Pointers.child("", segment));
            theirs = at(theirs, Pointers.child("", segment));
            if (mine.isMissingNode() || theirs.isMissingNode()) {
                return false;
            }
            if (mine == theirs) {
                return true;
            }
        }
        return false;
    }

    /** The value a violation is about: for a missing property, the mapping that lacks it. */
    private static JsonNode at(JsonNode properties, SchemaViolation v) {
        return at(properties, v.pointer());
    }

    private static JsonNode at(JsonNode node, String pointer) {
        JsonNode current = node;
        for (String segment : Pointers.segments(pointer)) {
            if (current.isObject()) {
                current = current.path(segment);
            } else if (current.isArray() && segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                current = current.path(Integer.parseInt(segment));
            } else {
                return MissingNode.getInstance();
            }
        }
        return current;
    }

    /** {@code document} with the value at {@code pointer} replaced (the document itself when it is the root). */
    private static JsonNode replace(JsonNode document, String pointer, JsonNode value) {
        List<String> segments = Pointers.segments(pointer);
        if (segments.isEmpty()) {
            return value;
        }
        JsonNode parent = at(document, pointerOf(segments.subList(0, segments.size() - 1)));
        String last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return document;
    }

    private static String pointerOf(List<String> segments) {
        String out = "";
        for (String s : segments) {
            out = Pointers.child(out, s);
        }
        return out;
    }
}
