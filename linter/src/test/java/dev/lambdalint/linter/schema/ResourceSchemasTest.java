package dev.lambdalint.linter.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.schema.SchemaFiles;
import dev.lambdalint.rules.schema.SchemaViolation;
import dev.lambdalint.rules.schema.SchemaViolation.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceSchemasTest {
    private static final ResourceSchemas SCHEMAS = new ResourceSchemas();

    private static List<SchemaViolation> check(String type, String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        return SCHEMAS.validate(type, node);
    }

    @Test
    void everyVendoredSchemaLoadsAndAcceptsAMinimalResource() throws Exception {
        for (String type : List.of("AWS::Lambda::Version", "AWS::Lambda::Alias", "AWS::Lambda::EventSourceMapping",
                "AWS::Lambda::EventInvokeConfig", "AWS::Lambda::Url", "AWS::Lambda::Permission",
                "AWS::Lambda::LayerVersion", SchemaFiles.SAM_GLOBALS_FUNCTION)) {
            assertThat(SCHEMAS.covers(type)).as(type).isTrue();
            assertThat(check(type, "{}")).as(type).allMatch(v -> v.kind() == Kind.MISSING_PROPERTY);
        }
        assertThat(SCHEMAS.covers("AWS::Lambda::WebFunction")).isFalse();
    }

    @Test
    void aMisspeltPropertyIsUnknownWithTheNearestName() throws Exception {
        assertThat(check("AWS::Lambda::Function", "{\"Code\": {\"ZipFile\": \"x\"}, \"Role\": \"arn:aws:iam::123456789012:role/r\", \"MemmorySize\": 512}"))
                .containsExactly(new SchemaViolation("/MemmorySize", Kind.UNKNOWN_PROPERTY, "MemmorySize", List.of("MemorySize"), ""));
    }

    @Test
    void typesEnumsBoundsAndRequiredPropertiesAreTold() throws Exception {
        List<SchemaViolation> found = check("AWS::Lambda::Function", """
                {"Code": {"ZipFile": "x"}, "Role": "arn:aws:iam::123456789012:role/r",
                 "PackageType": "zip", "ReservedConcurrentExecutions": -1, "Handler": "a b",
                 "RuntimeManagementConfig": {}, "Architectures": ["arm64", "x86_64"], "TracingConfig": {"Mode": 1}}
                """);
        assertThat(found).extracting(SchemaViolation::pointer, SchemaViolation::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/PackageType", Kind.ENUM),
                org.assertj.core.groups.Tuple.tuple("/ReservedConcurrentExecutions", Kind.MINIMUM),
                org.assertj.core.groups.Tuple.tuple("/Handler", Kind.PATTERN),
                org.assertj.core.groups.Tuple.tuple("/RuntimeManagementConfig", Kind.MISSING_PROPERTY),
                org.assertj.core.groups.Tuple.tuple("/Architectures", Kind.MAX_ITEMS),
                org.assertj.core.groups.Tuple.tuple("/TracingConfig/Mode", Kind.TYPE));
        SchemaViolation reserve = found.stream().filter(v -> v.kind() == Kind.MINIMUM).findFirst().orElseThrow();
        assertThat(reserve.describe("AWS::Lambda::Function", new ObjectMapper().readTree("-1")))
                .isEqualTo("ReservedConcurrentExecutions is -1, below the minimum of 0");
    }

    @Test
    void samShorthandPassesAndSamFormsAreChosenByTheValuesType() throws Exception {
        assertThat(check("AWS::Serverless::Function", """
                {"CodeUri": "src/", "Handler": "app.handler", "Runtime": "python3.13", "Policies": "AWSLambdaBasicExecutionRole",
                 "Events": {"Api": {"Type": "Api", "Properties": {"Path": "/", "Method": "get"}},
                            "Q": {"Type": "SQS", "Properties": {"Queue": "arn:aws:sqs:us-east-1:123456789012:q", "BatchSize": 10}}},
                 "Tracing": "Active", "MemorySize": 512, "Tags": {"team": "a"}}
                """)).isEmpty();
        assertThat(check("AWS::Serverless::Function", "{\"Tracing\": \"On\", \"Timeout\": \"x\"}"))
                .extracting(SchemaViolation::pointer, SchemaViolation::kind).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/Tracing", Kind.ENUM),
                        org.assertj.core.groups.Tuple.tuple("/Timeout", Kind.TYPE));
    }
}
