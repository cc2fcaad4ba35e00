package dev.lambdalint.benchmarks.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.load.cdk.CdkInternalFunctions;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.SourceMap;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten times the resources must cost at most ten times the work. Timing cannot show that reliably in a
 * unit test, so this counts the work instead: every read of a mapping or list of the template while
 * the model is built, every rule runs, and the engine looks for suppressions and CDK-internal
 * functions. Something that scanned all resources for each function would read a hundred times as
 * much for ten times the functions.
 */
class LinearGrowthTest {
    private static final LintContext CONTEXT = new LintContext(Config.DEFAULT.policy(), LocalDate.of(2025, 6, 1))
            .withRules(Catalog::find);

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("cfn", TemplateSpec.cfn(1)),
                Arguments.of("sam", TemplateSpec.sam(1)),
                Arguments.of("conditions", TemplateSpec.cfn(1).withConditions(32)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void modelAndRulesReadTheTemplateInProportionToItsSize(String name, TemplateSpec shape) throws Exception {
        long small = reads(withFunctions(shape, 20));
        long large = reads(withFunctions(shape, 200));
        assertThat(small).isPositive();
        // 10 for linear work (a little over when the share of functions with findings differs), 100 for a
        // scan of all resources per function.
        assertThat((double) large / small).as("reads for 200 functions / reads for 20").isLessThanOrEqualTo(10.5);
    }

    private static TemplateSpec withFunctions(TemplateSpec shape, int functions) {
        return new TemplateSpec(functions, shape.flavor(), shape.conditions(), shape.cdkStack());
    }

    private static long reads(TemplateSpec spec) throws Exception {
        byte[] yaml = DocumentWriter.yaml(TemplateGenerator.template(spec)).getBytes(StandardCharsets.UTF_8);
        JsonNode loaded = new TemplateReader(ReadLimits.DEFAULT).read(yaml, "t.yaml", Optional.empty(), Map.of())
                .template().root();
        Counting counting = new Counting();
        Template template = new Template("t.yaml", counting.copy(loaded));
        counting.reads = 0;
        TemplateModel model = TemplateModel.of(template);
        List<Finding> findings = TemplateRule.checkAll(Catalog.ofKind(TemplateRule.class), model, CONTEXT);
        assertThat(findings).isNotEmpty();
        // What the engine does per template besides the rules.
        model.suppressions();
        CdkInternalFunctions.of(new LoadedTemplate(template, "t.yaml", new SourceMap(), Optional.empty(), Map.of()),
                model.functions().stream().map(FunctionView::logicalId).toList());
        return counting.reads;
    }

    /** Makes mappings and lists that count how often they are read. */
    private static final class Counting extends JsonNodeFactory {
        long reads;

        Counting() {
            super(false);
        }

        JsonNode copy(JsonNode node) {
            if (node.isObject()) {
                ObjectNode out = objectNode();
                node.properties().forEach(e -> out.set(e.getKey(), copy(e.getValue())));
                return out;
            }
            if (node.isArray()) {
                ArrayNode out = arrayNode();
                node.forEach(item -> out.add(copy(item)));
                return out;
            }
            return node;
        }

        @Override
        public ObjectNode objectNode() {
            return new ObjectNode(this) {
                @Override
                public JsonNode get(String field) {
                    reads++;
                    return super.get(field);
                }

                @Override
                public JsonNode path(String field) {
                    reads++;
                    return super.path(field);
                }

                @Override
                public boolean has(String field) {
                    reads++;
                    return super.has(field);
                }

                @Override
                public Iterator<Map.Entry<String, JsonNode>> fields() {
                    reads++;
                    return super.fields();
                }

                @Override
                public java.util.Set<Map.Entry<String, JsonNode>> properties() {
                    reads++;
                    return super.properties();
                }

                @Override
                public Iterator<JsonNode> elements() {
                    reads++;
                    return super.elements();
                }

                @Override
                public Iterator<String> fieldNames() {
                    reads++;
                    return super.fieldNames();
                }
            };
        }

        @Override
        public ArrayNode arrayNode() {
            return new ArrayNode(this) {
                @Override
                public JsonNode get(int index) {
                    reads++;
                    return super.get(index);
                }

                @Override
                public JsonNode path(int index) {
                    reads++;
                    return super.path(index);
                }

                @Override
                public Iterator<JsonNode> elements() {
                    reads++;
                    return super.elements();
                }
            };
        }
    }
}
