package dev.lambdalint.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the model tells of packaging: measured code sizes, layers of the template, Lambda@Edge. */
class TemplateModelPackagingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateModel model(String json, Map<String, CodeSize> sizes) throws Exception {
        return TemplateModel.of(new Template("t.json", JSON.readTree(json.replace('\'', '"')), sizes));
    }

    @Test
    void givesTheCodeSizesTheLoaderMeasured() throws Exception {
        CodeSize size = new CodeSize(5_000_000, "build/app.zip", false);
        TemplateModel m = model("{'Resources': {'Fn': {'Type': 'AWS::Lambda::Function'}}}", Map.of("Fn", size));
        assertThat(m.codeSize("Fn")).contains(size);
        assertThat(m.codeSize("Other")).isEmpty();
        assertThat(m.template().withCodeSizes(Map.of()).codeSizes()).isEmpty();
    }

    @Test
    void namesTheLayersOfTheTemplateAnEntryReferences() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'A': {'Type': 'AWS::Lambda::LayerVersion'},
                  'B': {'Type': 'AWS::Serverless::LayerVersion'},
                  'Q': {'Type': 'AWS::SQS::Queue'}}}""", Map.of());
        assertThat(m.layersReferencedBy(JSON.readTree("{\"Ref\": \"A\"}"))).containsExactly("A");
        assertThat(m.layersReferencedBy(JSON.readTree("{\"Fn::If\": [\"C\", {\"Ref\": \"A\"}, {\"Ref\": \"B\"}]}")))
                .containsExactly("A", "B");
        assertThat(m.layersReferencedBy(JSON.readTree("{\"Ref\": \"Q\"}"))).isEmpty();
        assertThat(m.layersReferencedBy(JSON.readTree("\"arn:aws:lambda:us-east-1:123456789012:layer:x:1\""))).isEmpty();
    }

    @Test
    void recognisesLambdaAtEdgeFunctionsThroughTheirVersions() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Sam': {'Type': 'AWS::Serverless::Function', 'Properties': {'AutoPublishAlias': 'live'}},
                  'Plain': {'Type': 'AWS::Lambda::Function'},
                  'PlainVersion': {'Type': 'AWS::Lambda::Version', 'Properties': {'FunctionName': {'Ref': 'Plain'}}},
                  'Regional': {'Type': 'AWS::Lambda::Function'},
                  'Cdn': {'Type': 'AWS::CloudFront::Distribution', 'Properties': {'DistributionConfig': {
                    'DefaultCacheBehavior': {'LambdaFunctionAssociations': [
                      {'EventType': 'origin-request', 'LambdaFunctionARN': {'Fn::GetAtt': ['Sam', 'Version.FunctionArn']}}]},
                    'CacheBehaviors': [{'LambdaFunctionAssociations': [
                      {'EventType': 'viewer-request', 'LambdaFunctionARN': {'Ref': 'PlainVersion'}}]}]}}}}}""", Map.of());
        assertThat(m.isEdgeFunction("Sam")).isTrue();
        assertThat(m.isEdgeFunction("Plain")).isTrue();
        assertThat(m.isEdgeFunction("Regional")).isFalse();
    }
}
