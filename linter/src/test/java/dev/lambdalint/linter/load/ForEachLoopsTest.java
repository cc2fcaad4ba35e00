package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForEachLoopsTest {
    private static final String TEMPLATE = """
            Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
            Parameters:
              Tenants:
                Type: CommaDelimitedList
                Default: acme, globex
              Unknown:
                Type: CommaDelimitedList
            Globals:
              Function:
                Runtime: python3.13
            Resources:
              Fn::ForEach::TenantFunctions:
                - Tenant
                - !Ref Tenants
                - ${Tenant}Function:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: !Sub '${Tenant}-orders'
                      MemorySize: 64
                      Environment:
                        Variables:
                          TENANT: !Ref Tenant
              Fn::ForEach::Queues:
                - Name
                - [fast-lane, slow.lane]
                - Queue&{Name}:
                    Type: AWS::SQS::Queue
              Fn::ForEach::Later:
                - Item
                - !Ref Unknown
                - ${Item}Topic:
                    Type: AWS::SNS::Topic
              Fn::ForEach::Regions:
                - Region
                - [east, west]
                - Fn::ForEach::Sizes:
                    - Size
                    - [small, large]
                    - ${Region}${Size}Bucket:
                        Type: AWS::S3::Bucket
              Shared:
                Type: AWS::SNS::Topic
            """;

    private final LoadedTemplate template;

    ForEachLoopsTest() throws LoadException {
        template = new TemplateReader(ReadLimits.DEFAULT)
                .read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml", Optional.empty(), Map.of());
    }

    private JsonNode resources() {
        return template.template().root().path("Resources");
    }

    private List<String> ids() {
        List<String> out = new ArrayList<>();
        resources().fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void makesOneResourcePerValueInPlaceOfTheLoop() {
        assertThat(ids()).containsExactly(
                "acmeFunction", "globexFunction", "Queuefastlane", "Queueslowlane", "Fn::ForEach::Later", "eastsmallBucket", "eastlargeBucket", "westsmallBucket",
                "westlargeBucket", "Shared");
    }

    @Test
    void replacesTheIdentifierInRefsAndSubs() {
        JsonNode props = resources().path("globexFunction").path("Properties");
        assertThat(props.path("FunctionName").path("Fn::Sub").asText()).isEqualTo("globex-orders");
        assertThat(props.path("Environment").path("Variables").path("TENANT").asText()).isEqualTo("globex");
    }

    @Test
    void generatedFunctionsInheritGlobals() {
        assertThat(resources().path("acmeFunction").path("Properties").path("Runtime").asText()).isEqualTo("python3.13");
    }

    @Test
    void pointsGeneratedValuesAtTheirLineInTheLoop() {
        assertThat(template.sourceMap().find(template.template().root(), "/Resources/globexFunction/Properties/MemorySize"))
                .isEqualTo(new Position(19, 11));
        assertThat(template.sourceMap().find(template.template().root(), "/Resources/acmeFunction"))
                .isEqualTo(new Position(15, 7));
        assertThat(template.sourceMap().find(template.template().root(), "/Resources/Shared"))
                .isEqualTo(new Position(41, 3));
    }

    @Test
    void leavesALoopOverAValueKnownOnlyAtDeployTimeAsWritten() {
        assertThat(resources().path("Fn::ForEach::Later").isArray()).isTrue();
    }

    @Test
    void givesUpOnLoopsThatWouldCopyWithoutEnd() throws Exception {
        // 2,000 x 2,000 nested iterations over a fragment: linted as written, quickly, instead.
        String values = String.join(",", java.util.Collections.nCopies(2000, "x"));
        String hostile = """
                Resources:
                  Fn::ForEach::Outer:
                    - A
                    - [%s]
                    - Fn::ForEach::Inner:
                        - B
                        - [%s]
                        - ${A}${B}:
                            Type: AWS::SNS::Topic
                            Properties: {Tags: [{Key: a, Value: b}, {Key: c, Value: d}]}
                  Kept:
                    Type: AWS::SNS::Topic
                """.formatted(values, values);
        LoadedTemplate t = new TemplateReader(ReadLimits.DEFAULT)
                .read(hostile.getBytes(StandardCharsets.UTF_8), "t.yaml", Optional.empty(), Map.of());
        JsonNode resources = t.template().root().path("Resources");
        assertThat(resources.has("Fn::ForEach::Outer")).isTrue();
        assertThat(resources.has("Kept")).isTrue();
    }
}
