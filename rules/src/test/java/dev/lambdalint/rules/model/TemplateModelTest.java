package dev.lambdalint.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateModel model(String json) throws Exception {
        return TemplateModel.of(new Template("t.json", JSON.readTree(json.replace('\'', '"'))));
    }

    private static List<String> pointers(List<Value> values) {
        return values.stream().map(Value::pointer).toList();
    }

    @Test
    void resolvesAParameterToItsDefaultAndOtherAllowedValues() throws Exception {
        TemplateModel m = model("""
                {'Parameters': {'Mem': {'Type': 'Number', 'Default': 256, 'AllowedValues': [128, 256, 512]}},
                 'Resources': {}}""");
        List<Value> values = m.candidates(new Value(JSON.readTree("{\"Ref\": \"Mem\"}"), "/x"));
        assertThat(pointers(values)).containsExactly(
                "/Parameters/Mem/Default", "/Parameters/Mem/AllowedValues/0", "/Parameters/Mem/AllowedValues/2");
    }

    @Test
    void resolvesEachBranchOfIfAndNestedIfs() throws Exception {
        TemplateModel m = model("{'Resources': {}}");
        List<Value> values = m.candidates(new Value(
                JSON.readTree("{\"Fn::If\": [\"A\", 1, {\"Fn::If\": [\"B\", 2, {\"Ref\": \"AWS::NoValue\"}]}]}"), "/p"));
        assertThat(values).extracting(v -> v.node().asInt()).containsExactly(1, 2);
        assertThat(pointers(values)).containsExactly("/p/Fn::If/1", "/p/Fn::If/2/Fn::If/1");
    }

    @Test
    void tellsTheConditionsUnderWhichEachValueIsTaken() throws Exception {
        TemplateModel m = model("""
                {'Parameters': {'ProdReserve': {'Type': 'Number', 'Default': 200}},
                 'Resources': {
                   'Fn': {'Type': 'AWS::Lambda::Function', 'Condition': 'Enabled', 'Properties': {
                     'ReservedConcurrentExecutions': {'Fn::If': ['IsProd', {'Ref': 'ProdReserve'},
                                                                {'Fn::If': ['IsStaging', 20, 5]}]},
                     'Config': {'Fn::If': ['IsProd', {'Size': 4096}, {'Ref': 'AWS::NoValue'}]}}}}}""");
        Value fn = m.resource("Fn").orElseThrow().properties().orElseThrow();

        List<IntegerCandidate> reserves = m.conditionalIntegers(fn.get("ReservedConcurrentExecutions"));
        assertThat(reserves).extracting(IntegerCandidate::value, IntegerCandidate::when).containsExactly(
                org.assertj.core.groups.Tuple.tuple(200L, java.util.Map.of("Enabled", true, "IsProd", true)),
                org.assertj.core.groups.Tuple.tuple(20L, java.util.Map.of("Enabled", true, "IsProd", false, "IsStaging", true)),
                org.assertj.core.groups.Tuple.tuple(5L, java.util.Map.of("Enabled", true, "IsProd", false, "IsStaging", false)));
        // A value the model took from inside an Fn::If keeps the branch it came from.
        Value size = m.candidates(fn.get("Config")).get(0).get("Size").orElseThrow();
        IntegerCandidate inProd = m.conditionalIntegers(Optional.of(size)).get(0);
        assertThat(inProd.when()).isEqualTo(java.util.Map.of("Enabled", true, "IsProd", true));

        assertThat(inProd.canCoexistWith(reserves.get(0))).isTrue();
        assertThat(inProd.canCoexistWith(reserves.get(1))).isFalse();
        assertThat(reserves.get(1).canCoexistWith(reserves.get(2))).isFalse();
        assertThat(new IntegerCandidate(1, size).canCoexistWith(reserves.get(2))).as("no conditions: always").isTrue();
    }

    @Test
    void resolvesFindInMapWithKnowableKeys() throws Exception {
        TemplateModel m = model("""
                {'Parameters': {'Stage': {'Type': 'String', 'Default': 'dev', 'AllowedValues': ['dev', 'prod']}},
                 'Mappings': {'Sizes': {'dev': {'Memory': 256}, 'prod': {'Memory': 2048}}},
                 'Resources': {}}""");
        List<Value> values = m.candidates(new Value(
                JSON.readTree("{\"Fn::FindInMap\": [\"Sizes\", {\"Ref\": \"Stage\"}, \"Memory\"]}"), "/p"));
        assertThat(pointers(values)).containsExactly("/Mappings/Sizes/dev/Memory", "/Mappings/Sizes/prod/Memory");
    }

    @Test
    void knowsNothingOfValuesOnlyADeploymentDecides() throws Exception {
        TemplateModel m = model("{'Parameters': {'NoDefault': {'Type': 'Number'}}, 'Resources': {}}");
        for (String unknowable : List.of("{\"Ref\": \"NoDefault\"}", "{\"Fn::ImportValue\": \"x\"}",
                "{\"Fn::GetAtt\": [\"A\", \"B\"]}", "{\"Ref\": \"AWS::Region\"}", "{\"Fn::FindInMap\": [\"Missing\", \"a\", \"b\"]}")) {
            assertThat(m.candidates(new Value(JSON.readTree(unknowable), "/p"))).as(unknowable).isEmpty();
        }
    }

    @Test
    void readsWholeNumbersTheWayCloudFormationDoes() throws Exception {
        assertThat(new Value(JSON.readTree("512"), "").integer()).hasValue(512);
        assertThat(new Value(JSON.readTree("\"512\""), "").integer()).hasValue(512);
        assertThat(new Value(JSON.readTree("512.0"), "").integer()).hasValue(512);
        assertThat(new Value(JSON.readTree("512.5"), "").integer()).isEmpty();
        assertThat(new Value(JSON.readTree("\"abc\""), "").integer()).isEmpty();
        assertThat(new Value(JSON.readTree("[1]"), "").integer()).isEmpty();
        assertThat(new Value(JSON.readTree("\" +30 \""), "").integer()).hasValue(30);
        assertThat(new Value(JSON.readTree("\"-7\""), "").integer()).hasValue(-7);
        for (String notWhole : List.of("\"+\"", "\"-\"", "\"1e3\"", "\"12a\"", "\"٣\"", "\"1234567890123456789\"")) {
            assertThat(new Value(JSON.readTree(notWhole), "").integer()).as(notWhole).isEmpty();
        }
    }

    @Test
    void findsFunctionsReferencedDirectlyThroughAliasesAndByName() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Fn': {'Type': 'AWS::Lambda::Function', 'Properties': {'FunctionName': 'orders'}},
                  'Live': {'Type': 'AWS::Lambda::Alias', 'Properties': {'FunctionName': {'Ref': 'Fn'}}}}}""");
        assertThat(m.functionsReferencedBy(JSON.readTree("{\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}"))).containsExactly("Fn");
        assertThat(m.functionsReferencedBy(JSON.readTree("{\"Ref\": \"Live\"}"))).containsExactly("Fn");
        assertThat(m.functionsReferencedBy(JSON.readTree("{\"Fn::Sub\": \"arn:aws:apigateway:${AWS::Region}:lambda:path/functions/${Fn.Arn}/invocations\"}")))
                .containsExactly("Fn");
        assertThat(m.functionsReferencedBy(JSON.readTree("\"orders\""))).containsExactly("Fn");
        assertThat(m.functionsReferencedBy(JSON.readTree("\"arn:aws:lambda:us-east-1:123456789012:function:orders:live\"")))
                .containsExactly("Fn");
        assertThat(m.functionsReferencedBy(JSON.readTree("{\"Fn::Sub\": \"${!Fn}\"}"))).isEmpty();
    }

    @Test
    void collectsEventSourcesFromSamEventsMappingsAndNotifications() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Worker': {'Type': 'AWS::Serverless::Function', 'Properties': {'Events': {
                     'Orders': {'Type': 'SQS', 'Properties': {'Queue': {'Fn::GetAtt': ['Q', 'Arn']}}},
                     'Api': {'Type': 'HttpApi'}}}},
                  'Q': {'Type': 'AWS::SQS::Queue'},
                  'Stream': {'Type': 'AWS::Kinesis::Stream'},
                  'Mapping': {'Type': 'AWS::Lambda::EventSourceMapping', 'Properties': {
                     'FunctionName': {'Ref': 'Worker'}, 'EventSourceArn': {'Fn::GetAtt': ['Stream', 'Arn']}}},
                  'Bucket': {'Type': 'AWS::S3::Bucket', 'Properties': {'NotificationConfiguration': {
                     'LambdaConfigurations': [{'Event': 's3:ObjectCreated:*', 'Function': {'Fn::GetAtt': ['Worker', 'Arn']}}]}}},
                  'S3Permission': {'Type': 'AWS::Lambda::Permission', 'Properties': {
                     'FunctionName': {'Ref': 'Worker'}, 'Principal': 's3.amazonaws.com', 'Action': 'lambda:InvokeFunction'}},
                  'Topic': {'Type': 'AWS::SNS::Topic', 'Properties': {'Subscription': [
                     {'Protocol': 'lambda', 'Endpoint': {'Fn::GetAtt': ['Worker', 'Arn']}}]}}}}""");
        FunctionView worker = m.function("Worker").orElseThrow();
        assertThat(worker.eventSources()).extracting(EventSource::kind).containsExactly(
                EventSourceKind.SQS, EventSourceKind.HTTP_API, EventSourceKind.KINESIS, EventSourceKind.S3, EventSourceKind.SNS);
        assertThat(worker.eventSources().get(0).target()).contains("Q");
        assertThat(worker.eventSources().get(3).declaration().pointer())
                .isEqualTo("/Resources/Bucket/Properties/NotificationConfiguration/LambdaConfigurations/0");
    }

    @Test
    void addsProvisionedConcurrencyOfAliasesAndVersions() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Fn': {'Type': 'AWS::Lambda::Function'},
                  'V': {'Type': 'AWS::Lambda::Version', 'Properties': {'FunctionName': {'Ref': 'Fn'},
                     'ProvisionedConcurrencyConfig': {'ProvisionedConcurrentExecutions': 5}}},
                  'A': {'Type': 'AWS::Lambda::Alias', 'Properties': {'FunctionName': {'Ref': 'Fn'},
                     'FunctionVersion': {'Fn::GetAtt': ['V', 'Version']},
                     'ProvisionedConcurrencyConfig': {'ProvisionedConcurrentExecutions': 10}}}}}""");
        assertThat(m.function("Fn").orElseThrow().provisionedConcurrency())
                .extracting(ProvisionedConcurrency::declaredBy).containsExactly("V", "A");
    }

    @Test
    void tellsAMissingPropertyFromOneItCannotRead() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'NoProps': {'Type': 'AWS::Lambda::Function'},
                  'Dynamic': {'Type': 'AWS::Lambda::Function', 'Properties': {'Fn::If': ['C', {}, {}]}}}}""");
        assertThat(m.function("NoProps").orElseThrow().lacks("MemorySize")).isTrue();
        assertThat(m.function("Dynamic").orElseThrow().lacks("MemorySize")).isFalse();
    }

    @Test
    void readsSuppressionsFromMetadata() throws Exception {
        TemplateModel m = model("""
                {'Resources': {'Fn': {'Type': 'AWS::Lambda::Function', 'Metadata': {'lambdalint': {'suppress': [
                   {'rule': 'LL301', 'reason': 'batch job'}, {'rule': 'LL102', 'reason': '  '}, 'junk']}}}}}""");
        assertThat(m.suppressions()).hasSize(3);
        assertThat(m.suppressions().get(0).reason()).contains("batch job");
        assertThat(m.suppressions().get(1).reason()).isEqualTo(Optional.empty());
        assertThat(m.suppressions().get(2).rule()).isEmpty();
    }
}
