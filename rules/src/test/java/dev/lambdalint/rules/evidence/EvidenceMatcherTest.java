package dev.lambdalint.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceMatcherTest {
    private static final String TEMPLATE = """
            {"Parameters": {"Stage": {"Type": "String", "Default": "prod"}},
             "Resources": {
               "Named": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "orders-api"}},
               "ByParameter": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": {"Fn::Sub": "billing-${Stage}"}}},
               "ByStack": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": {"Fn::Sub": "${AWS::StackName}-worker"}}},
               "Custom": {"Type": "AWS::Serverless::Function", "Properties": {"LoggingConfig": {"LogGroup": {"Ref": "Shared"}}}},
               "Shared": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "/app/custom", "RetentionInDays": 7}},
               "Generated": {"Type": "AWS::Lambda::Function", "Properties": {}},
               "AVeryLongLogicalIdForAFunctionThatCloudFormationMustCut": {"Type": "AWS::Lambda::Function", "Properties": {}}
             }}
            """;

    private static Observed observed(String source) {
        return new Observed(source, 1, 0, Distribution.EMPTY, Distribution.EMPTY, List.of(), 0, 0, 0,
                OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty());
    }

    private static Deployed deployed(String json, String stack) throws IOException {
        Template t = new Template("t.json", new ObjectMapper().readTree(json));
        return new Deployed(TemplateModel.of(t), Optional.ofNullable(stack), Map.of("Generated", "App/Worker/Resource"));
    }

    private static EvidenceMatch match(Deployed d, Set<String> explicit, String... sources) {
        Map<String, Observed> observed = new java.util.TreeMap<>();
        for (String s : sources) {
            observed.put(s, observed(s));
        }
        return EvidenceMatcher.match(List.of(d), observed, explicit);
    }

    @Test
    void matchesByFunctionNameLiteralSubstitutedOrWithTheStackName() throws IOException {
        Deployed d = deployed(TEMPLATE, "shop-prod");
        EvidenceMatch m = match(d, Set.of(), "orders-api", "billing-prod", "shop-prod-worker", "/app/custom", "stranger");
        Template t = d.model().template();
        assertThat(m.of(t, "Named")).map(Observed::source).contains("orders-api");
        assertThat(m.of(t, "ByParameter")).map(Observed::source).contains("billing-prod");
        assertThat(m.of(t, "ByStack")).map(Observed::source).contains("shop-prod-worker");
        assertThat(m.of(t, "Custom")).map(Observed::source).contains("/app/custom");
        assertThat(m.unmatched()).containsExactly("stranger");
        assertThat(m.ambiguous()).isEmpty();
    }

    @Test
    void matchesTheNameCloudFormationGeneratesOnlyWhenTheStackIsKnown() throws IOException {
        String cut = "shop-prod-AVeryLongLogicalIdForAFunctionThatCloudFo-Ab1Cd2Ef3Gh4";
        EvidenceMatch known = match(deployed(TEMPLATE, "shop-prod"), Set.of(), "shop-prod-Generated-Ab1Cd2Ef3Gh4", cut);
        assertThat(known.matchedFunctions()).isEqualTo(2);
        EvidenceMatch unknown = match(deployed(TEMPLATE, null), Set.of(), "shop-prod-Generated-Ab1Cd2Ef3Gh4");
        assertThat(unknown.unmatched()).containsExactly("shop-prod-Generated-Ab1Cd2Ef3Gh4");
        assertThat(match(deployed(TEMPLATE, "Prod/Shop"), Set.of(), "Prod-Shop-Generated-Ab1Cd2Ef3Gh4").matchedFunctions()).isEqualTo(1);
        // Another stack's function of the same logical id is not this one.
        assertThat(match(deployed(TEMPLATE, "shop-dev"), Set.of(), "shop-prod-Generated-Ab1Cd2Ef3Gh4").unmatched()).hasSize(1);
    }

    @Test
    void tiesExplicitEvidenceByLogicalIdOrConstructPath() throws IOException {
        Deployed d = deployed(TEMPLATE, null);
        EvidenceMatch m = match(d, Set.of("Named", "App/Worker"), "Named", "App/Worker");
        assertThat(m.of(d.model().template(), "Named")).isPresent();
        assertThat(m.of(d.model().template(), "Generated")).map(Observed::source).contains("App/Worker");
    }

    @Test
    void listsSourcesThatFitSeveralFunctionsAndFunctionsWithSeveralSources() throws IOException {
        Deployed a = deployed(TEMPLATE, "shop-prod");
        Deployed b = deployed(TEMPLATE, "shop-dev");
        Map<String, Observed> observed = Map.of("orders-api", observed("orders-api"));
        EvidenceMatch m = EvidenceMatcher.match(List.of(a, b), observed, Set.of());
        assertThat(m.ambiguous()).containsExactly("orders-api fits shop-prod/Named, shop-dev/Named");
        assertThat(m.matchedFunctions()).isZero();

        EvidenceMatch twice = match(a, Set.of("Named"), "Named", "orders-api");
        assertThat(twice.ambiguous()).containsExactly("shop-prod/Named has evidence from Named, orders-api");
        assertThat(twice.matchedFunctions()).isZero();
    }

    @Test
    void generatedNamesAreCutAsCloudFormationCutsThem() {
        assertThat(EvidenceMatcher.isGeneratedName("sam-app-HelloWorldFunction-8Xw3EWcn1Mfj", "sam-app", "HelloWorldFunction")).isTrue();
        assertThat(EvidenceMatcher.isGeneratedName("sam-app-HelloWorld-8Xw3EWcn1Mfj", "sam-app", "HelloWorldFunction")).isFalse();
        assertThat(EvidenceMatcher.isGeneratedName("sam-app-HelloWorldFunction", "sam-app", "HelloWorldFunction")).isFalse();
        assertThat(EvidenceMatcher.isGeneratedName("sam-app-HelloWorldFunction2-8Xw3EWcn1Mfj", "sam-app", "HelloWorldFunction")).isFalse();
    }
}
