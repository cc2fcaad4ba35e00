package dev.lambdalint.linter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionIndexTest {
    private static final String TEMPLATE = """
            Globals:
              Function:
                Timeout: 900   # lambdalint: suppress LL502 -- long batch jobs, on purpose
            Resources:
              Orders:
                Type: AWS::Serverless::Function
                Metadata:
                  lambdalint:
                    suppress:
                      - {rule: LL301, reason: first}
                      - {rule: reserved-concurrency-missing, reason: second}
                      - {rule: LL999, reason: unknown rule}
                      - {rule: LL704}
              Billing:
                Type: AWS::Serverless::Function
                Properties:
                  MemorySize: 128   # lambdalint: suppress LL103 -- measured
              Orders/Queue:   # lambdalint: suppress LL504 -- escaped id
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 5   # lambdalint: suppress LL503 -- escaped property
            """;

    private final Template template;
    private final SuppressionIndex index;

    SuppressionIndexTest() throws Exception {
        template = new TemplateReader(ReadLimits.DEFAULT)
                .read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml", Optional.empty(), Map.of()).template();
        index = SuppressionIndex.of(TemplateModel.of(template));
    }

    private Optional<String> reason(String rule, String resource, String pointer) {
        return index.reasonFor(new Finding(rule, template, pointer, resource, "m"));
    }

    @Test
    void takesTheFirstSuppressionWrittenForAResource() {
        assertThat(reason("LL301", "Orders", "/Resources/Orders")).contains("first");
        assertThat(reason("LL301", "Billing", "/Resources/Billing")).isEmpty();
    }

    @Test
    void ignoresSuppressionsWithoutReasonOrOfUnknownRules() {
        assertThat(reason("LL704", "Orders", "/Resources/Orders")).isEmpty();
    }

    @Test
    void coversPropertiesEveryFunctionInheritsFromAGlobalsLine() {
        assertThat(reason("LL502", "Orders", "/Resources/Orders/Properties/Timeout")).contains("long batch jobs, on purpose");
        assertThat(reason("LL502", "Billing", "/Resources/Billing/Properties/Timeout")).contains("long batch jobs, on purpose");
        assertThat(reason("LL502", "Billing", "/Resources/Billing/Properties/MemorySize")).isEmpty();
    }

    @Test
    void coversAPropertyByThePointerWhateverResourceTheFindingNames() {
        assertThat(reason("LL103", "Billing", "/Resources/Billing/Properties/MemorySize")).contains("measured");
        assertThat(reason("LL103", "SomeAlias", "/Resources/Billing/Properties/MemorySize")).contains("measured");
        assertThat(reason("LL504", "Orders", "/Resources/Orders~1Queue")).isEmpty();
        assertThat(reason("LL504", "Orders/Queue", "/Resources/Orders~1Queue")).contains("escaped id");
        assertThat(reason("LL503", "Orders", "/Resources/Orders~1Queue/Properties/VisibilityTimeout"))
                .contains("escaped property");
    }

    @Test
    void neverSuppressesInvalidTemplatesOrBadSuppressions() {
        assertThat(reason("LL001", "Orders", "/Resources/Orders")).isEmpty();
        assertThat(reason("LL002", "Orders", "/Resources/Orders")).isEmpty();
    }
}
