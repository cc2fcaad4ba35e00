package dev.lambdalint.linter.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.Fixtures;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.schema.Acceptance.Verdict;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.catalog.meta.PropertyInvalid;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.schema.PropertySchemas;
import dev.lambdalint.rules.schema.SchemaFiles;
import dev.lambdalint.rules.schema.SchemaViolation;
import dev.lambdalint.rules.schema.SchemaViolation.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The acceptance check stands in for Everit wherever it says a resource passes, so it must say so exactly
 * where Everit finds nothing (or nothing LL004 reports). Judged against Everit itself on every resource
 * of every fixture template, as LL004 hands it over, and on mutations of each: a value of another type,
 * out of its range, length, pattern or accepted values, an unknown or a missing property, more or
 * repeated list items, an intrinsic function in its place, at every depth (Events, VpcConfig, ...).
 */
class AcceptanceTest {
    private static final EveritSchemas EVERIT = new EveritSchemas();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Kind> WHOLE = EnumSet.of(Kind.MIN_ITEMS, Kind.MAX_ITEMS, Kind.UNIQUE_ITEMS, Kind.NO_FORM, Kind.OTHER);
    private static final Map<String, Acceptance> CHECKS = new LinkedHashMap<>();

    private static Acceptance check(String type) {
        return CHECKS.computeIfAbsent(type, t -> Acceptance.of(SchemaFiles.resource(t).orElseThrow()));
    }

    /** What LL004 hands its validator for each fixture template, recorded; with what Everit says of each. */
    private record Input(String type, JsonNode properties) {}

    private static final class Recorder implements PropertySchemas {
        final Map<String, Input> seen = new LinkedHashMap<>();
        private final PropertySchemas delegate;

        Recorder(PropertySchemas delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean covers(String type) {
            return delegate.covers(type);
        }

        @Override
        public List<SchemaViolation> validate(String type, JsonNode properties) {
            seen.putIfAbsent(type + " " + properties, new Input(type, properties.deepCopy()));
            return delegate.validate(type, properties);
        }
    }

    private static List<Path> fixtureTemplates() throws Exception {
        try (Stream<Path> files = Files.walk(Fixtures.ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || f.toString().endsWith(".json"))
                    .filter(f -> !f.toString().contains("cdk.out") && !f.getFileName().toString().endsWith(".assets.json"))
                    .sorted().toList();
        }
    }

    private static Optional<TemplateModel> model(Path file) {
        try {
            return Optional.of(TemplateModel.of(new TemplateReader(ReadLimits.DEFAULT)
                    .read(Files.readAllBytes(file), file.toString(), Optional.empty(), Map.of()).template()));
        } catch (Exception notATemplate) {
            return Optional.empty(); // hostile inputs, config files: not what this test is about
        }
    }

    private static List<Finding> ll004(TemplateModel model, PropertySchemas schemas) {
        Findings out = Findings.of(model);
        new PropertyInvalid().check(model, new LintContext(Policy.DEFAULT, Fixtures.TODAY).withSchemas(schemas), out);
        return out.list();
    }

    @Test
    void everyKeywordOfTheVendoredSchemasIsOneTheCheckKnows() {
        for (String type : List.of("AWS::Lambda::Function", "AWS::Lambda::Version", "AWS::Lambda::Alias",
                "AWS::Lambda::EventSourceMapping", "AWS::Lambda::EventInvokeConfig", "AWS::Lambda::Url",
                "AWS::Lambda::Permission", "AWS::Lambda::LayerVersion", "AWS::Serverless::Function",
                SchemaFiles.SAM_GLOBALS_FUNCTION)) {
            Set<String> keywords = new TreeSet<>();
            keywords(check(type).schema(), keywords);
            assertThat(keywords).as("keywords of the %s schema", type).isNotEmpty()
                    .allMatch(k -> Acceptance.KNOWN.contains(k) || Acceptance.IGNORED.contains(k));
            assertThat(keywords).as(type).contains("properties", "type");
        }
    }

    /** Every keyword at a schema position (not, say, the property names under {@code properties}). */
    private static void keywords(JsonNode schema, Set<String> out) {
        if (!schema.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(e.getKey());
            switch (e.getKey()) {
                case "properties", "patternProperties", "definitions" -> e.getValue().forEach(s -> keywords(s, out));
                case "items", "additionalProperties", "not" -> keywords(e.getValue(), out);
                case "allOf", "anyOf", "oneOf" -> e.getValue().forEach(s -> keywords(s, out));
                default -> { }
            }
        }
    }

    @Test
    void anUnknownKeywordIsHandedToEverit() {
        Acceptance check = Acceptance.ofTree(parse("{\"type\": \"object\", \"properties\": {\"A\": {\"multipleOf\": 2}}}"));
        assertThat(check.check(parse("{\"A\": 3}"))).isEqualTo(Verdict.UNSURE);
        assertThat(check.check(parse("{\"A\": true, \"B\": 1}"))).isEqualTo(Verdict.UNSURE);
    }

    @Test
    void everitsOwnMeaningsOfPatternLengthAndInteger() {
        Acceptance check = Acceptance.ofTree(parse("""
                {"type": "object", "additionalProperties": false,
                 "properties": {"P": {"type": "string", "pattern": "[a-z]+"}, "L": {"type": "string", "maxLength": 1},
                                "I": {"type": "integer"}},
                 "patternProperties": {"[A-Z][a-z]+": {}}}
                """));
        assertThat(check.check(parse("{\"P\": \"ABCdEF\"}"))).as("a pattern is found, not matched whole").isEqualTo(Verdict.PASS);
        assertThat(check.check(parse("{\"L\": \"\\uD83D\\uDE00\"}"))).as("length in code points").isEqualTo(Verdict.PASS);
        assertThat(check.check(parse("{\"I\": 5.0}"))).as("5.0 is no integer to Everit").isEqualTo(Verdict.FAIL);
        assertThat(check.check(parse("{\"_Ab\": 1}"))).as("a property pattern is found too").isEqualTo(Verdict.PASS);
        assertThat(check.check(parse("{\"P\": {\"Ref\": \"X\"}}"))).isEqualTo(Verdict.MASKED);
    }

    @Test
    void theCheckAgreesWithEveritOnEveryFixtureResourceAndItsMutations() throws Exception {
        Recorder recorder = new Recorder(EVERIT);
        int templates = 0;
        for (Path file : fixtureTemplates()) {
            Optional<TemplateModel> model = model(file);
            if (model.isEmpty()) {
                continue;
            }
            templates++;
            ll004(model.get(), recorder);
        }
        assertThat(templates).isGreaterThan(100);
        assertThat(recorder.seen.values()).extracting(Input::type)
                .contains("AWS::Lambda::Function", "AWS::Serverless::Function", SchemaFiles.SAM_GLOBALS_FUNCTION);

        Map<String, Input> cases = new LinkedHashMap<>();
        for (Input input : recorder.seen.values()) {
            cases.putIfAbsent(input.type() + " " + input.properties(), input);
            for (JsonNode mutant : mutations(input.properties())) {
                String key = input.type() + " " + mutant;
                // A fixed quarter of ~120,000 mutants (by their text, so that no kind of change is left out
                // wholesale): Everit takes a few seconds for them, not half a minute.
                if (Math.floorMod(key.hashCode(), 4) == 0) {
                    cases.putIfAbsent(key, new Input(input.type(), mutant));
                }
            }
        }
        int passed = 0;
        int failed = 0;
        int masked = 0;
        int unsure = 0;
        for (Input c : cases.values()) {
            Verdict verdict = check(c.type()).check(c.properties());
            List<SchemaViolation> everit = EVERIT.validate(c.type(), c.properties());
            String what = c.type() + " " + c.properties() + " -> Everit " + everit;
            switch (verdict) {
                case PASS -> {
                    assertThat(everit).as(what).isEmpty();
                    passed++;
                }
                case FAIL -> {
                    assertThat(everit).as(what).isNotEmpty();
                    failed++;
                }
                case MASKED -> {
                    List<String> unknowable = new ArrayList<>();
                    unknowable(c.properties(), "", unknowable);
                    assertThat(unknowable).as(what).isNotEmpty();
                    assertThat(everit).as(what).allMatch(v -> touches(v, unknowable));
                    masked++;
                }
                case UNSURE -> {
                    // Exact where nothing is unknowable; around an intrinsic, a form chosen among several
                    // (SAM's Events) is Everit's to tell.
                    List<String> unknowable = new ArrayList<>();
                    unknowable(c.properties(), "", unknowable);
                    assertThat(unknowable).as("unsure without an intrinsic: " + what).isNotEmpty();
                    unsure++;
                }
            }
        }
        assertThat(unsure).as("unsure answers, of %d", cases.size()).isLessThan(cases.size() / 20);
        // The mutations reach each verdict many times over: a generator that stopped mutating fails here.
        assertThat(passed).isGreaterThan(2000);
        assertThat(failed).isGreaterThan(10000);
        assertThat(masked).isGreaterThan(2000);
    }

    @Test
    void ll004FindsTheSameOnEveryFixtureWithEveritAloneAsWithTheCheckFirst() throws Exception {
        ResourceSchemas schemas = new ResourceSchemas();
        int withFindings = 0;
        for (Path file : fixtureTemplates()) {
            Optional<TemplateModel> model = model(file);
            if (model.isEmpty()) {
                continue;
            }
            List<Finding> alone = ll004(model.get(), EVERIT);
            assertThat(ll004(model.get(), schemas)).as(file.toString()).isEqualTo(alone);
            withFindings += alone.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).isGreaterThan(5);
    }

    /** LL004's own reading (PropertyInvalid.touchesUnknowable): a fault it leaves out for an intrinsic. */
    private static boolean touches(SchemaViolation v, List<String> unknowable) {
        String pointer = v.kind() == Kind.UNKNOWN_PROPERTY ? v.pointer().substring(0, v.pointer().lastIndexOf('/')) : v.pointer();
        for (String place : unknowable) {
            if (pointer.equals(place) || pointer.startsWith(place + "/")) {
                return true;
            }
            if (v.kind() != Kind.UNKNOWN_PROPERTY && WHOLE.contains(v.kind())
                    && (pointer.isEmpty() || place.startsWith(pointer + "/"))) {
                return true;
            }
        }
        return false;
    }

    private static void unknowable(JsonNode node, String pointer, List<String> out) {
        if (Acceptance.unknowable(node)) {
            out.add(pointer);
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> unknowable(e.getValue(), Pointers.child(pointer, e.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unknowable(node.get(i), Pointers.child(pointer, i), out);
            }
        }
    }

    /** Each value of the document changed in each way a schema judges, one at a time. */
    private static List<JsonNode> mutations(JsonNode document) {
        List<JsonNode> out = new ArrayList<>();
        mutate(document, document, "", 0, out);
        return out;
    }

    private static void mutate(JsonNode document, JsonNode node, String pointer, int depth, List<JsonNode> out) {
        if (depth > 6) {
            return;
        }
        List<JsonNode> values = new ArrayList<>(List.of(NODES.textNode("x"), NODES.numberNode(7), NODES.numberNode(-1),
                NODES.numberNode(100_000_000L), NODES.numberNode(1.5), NODES.booleanNode(true), NODES.nullNode(),
                NODES.textNode(""), NODES.textNode("a".repeat(300)), NODES.objectNode(), NODES.arrayNode(),
                NODES.objectNode().put("Ref", "Elsewhere"), NODES.textNode("{{resolve:ssm:/p}}")));
        if (node.isTextual()) {
            values.add(NODES.textNode(node.asText() + " !"));
            values.add(NODES.textNode(node.asText().toLowerCase(java.util.Locale.ROOT)));
        }
        if (node.isArray() && !node.isEmpty()) {
            ArrayNode twice = node.deepCopy();
            twice.add(node.get(0).deepCopy());
            values.add(twice);
            ArrayNode many = node.deepCopy();
            for (int i = 0; i < 10; i++) {
                many.add(NODES.textNode("item" + i));
            }
            values.add(many);
            ArrayNode withIntrinsic = twice.deepCopy();
            withIntrinsic.add(NODES.objectNode().set("Fn::If", NODES.arrayNode().add("C").add("a").add("b")));
            values.add(withIntrinsic);
        }
        if (node.isObject() && !Acceptance.unknowable(node)) {
            values.add(((ObjectNode) node.deepCopy()).put("Bogus", 1));
            values.add(((ObjectNode) node.deepCopy()).put("_Ab", "x"));
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                ObjectNode without = node.deepCopy();
                without.remove(names.next());
                values.add(without);
            }
        }
        if (!pointer.isEmpty()) {
            for (JsonNode value : values) {
                out.add(replaced(document, pointer, value));
            }
        } else {
            out.addAll(values.stream().filter(JsonNode::isObject).toList());
        }
        if (node.isObject() && !Acceptance.unknowable(node)) {
            node.fields().forEachRemaining(e -> mutate(document, e.getValue(), Pointers.child(pointer, e.getKey()), depth + 1, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                mutate(document, node.get(i), Pointers.child(pointer, i), depth + 1, out);
            }
        }
    }

    private static JsonNode replaced(JsonNode document, String pointer, JsonNode value) {
        JsonNode copy = document.deepCopy();
        List<String> segments = Pointers.segments(pointer);
        JsonNode parent = copy;
        for (String s : segments.subList(0, segments.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(s)) : parent.get(s);
        }
        String last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
