package dev.lambdalint.linter.load.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CdkInternalFunctionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "App/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Resource",
        "App/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C/Resource",
        "App/AWS679f53fac002430cb0da5b7982bd2287/Resource",
        "App/BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Resource",
        "App/Custom::S3AutoDeleteObjectsCustomResourceProvider/Handler",
        "Prod/Api/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler",
        "App/OrdersProvider/framework-onEvent/Resource",
        // Module-named nested stacks, as aws-cdk-lib 2.263 writes them (the id's slash becomes "--")
        "Data/@aws-cdk--aws-dynamodb.ReplicaProvider/OnEventHandler/Resource",
        "Data/@aws-cdk--aws-dynamodb.ReplicaProvider/IsCompleteHandler/Resource",
        "Infra/@aws-cdk--aws-eks.ClusterResourceProvider/OnEventHandler/Resource",
        "Infra/@aws-cdk--aws-eks.KubectlProvider/Handler/Resource",
        "Infra/Cluster/Instances/DrainECSHook/Function/Resource"
    })
    void recognisesFunctionsTheCdkAddsByConstructPath(String path) {
        assertThat(CdkInternalFunctions.pathIsInternal(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "App/OrdersFunction/Resource",
        "App/SingletonLambda0dc9f04c622c4059b399834a2c1ac15f/Resource",
        "App/OrdersProvider/OnEventHandler/Resource",
        "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/OrdersFunction/Resource",
        "App/Orders/OnEventHandler/Resource",
        "App/DrainECSHook"
    })
    void leavesTheTeamsOwnFunctionsAlone(String path) {
        assertThat(CdkInternalFunctions.pathIsInternal(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A",
        "CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C81C01536",
        "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E",
        // The Provider framework's functions, as aws-cdk-lib 2.263 names them in a template alone
        "ProviderframeworkonEvent83C1D0A7",
        "ProviderframeworkisComplete26D7B0CB",
        "ProviderframeworkonTimeout0B47CA38",
        "ClusterInstancesDrainECSHookFunctionAA6B850B"
    })
    void recognisesThemByLogicalIdInABareTemplate(String logicalId) {
        assertThat(CdkInternalFunctions.logicalIdIsInternal(logicalId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrdersFunction8A1B2C3D", "SingletonLambda0dc9f04c622c4059b399834a2c1ac15f9CB1DC29",
        "OrdersProviderOnEventHandler1C2D3E4F", "FrameworkonEventAuditor"})
    void doesNotMistakeOrdinaryLogicalIds(String logicalId) {
        assertThat(CdkInternalFunctions.logicalIdIsInternal(logicalId)).isFalse();
    }

    private static LoadedTemplate bare(String yaml) throws Exception {
        return bare(yaml, "t.yaml");
    }

    private static LoadedTemplate bare(String yaml, String file) throws Exception {
        return new TemplateReader(ReadLimits.DEFAULT).read(yaml.getBytes(StandardCharsets.UTF_8), file,
                Optional.empty(), Map.of());
    }

    private static final String REPLICA_PROVIDER_HANDLERS = """
            Resources:
              OnEventHandler42BEBAE0: {Type: AWS::Lambda::Function}
              IsCompleteHandler7073F4DA: {Type: AWS::Lambda::Function}
            """;

    @Test
    void aModuleNamedNestedTemplateLintedAloneIsTheCdksByItsFileName() throws Exception {
        // Neither logical id says anything: only the nested template's name, made from @aws-cdk/aws-dynamodb.ReplicaProvider.
        LoadedTemplate nested = bare(REPLICA_PROVIDER_HANDLERS,
                "cdk.out/DataawscdkawsdynamodbReplicaProvider3121EA5E.nested.template.json");
        assertThat(CdkInternalFunctions.of(nested, List.of("OnEventHandler42BEBAE0", "IsCompleteHandler7073F4DA")))
                .containsExactly("OnEventHandler42BEBAE0", "IsCompleteHandler7073F4DA");
    }

    @Test
    void aTeamsNestedTemplateKeepsItsHandlers() throws Exception {
        LoadedTemplate nested = bare(REPLICA_PROVIDER_HANDLERS, "cdk.out/DataOrdersProviderStack1A2B3C4D.nested.template.json");
        assertThat(CdkInternalFunctions.of(nested, List.of("OnEventHandler42BEBAE0", "IsCompleteHandler7073F4DA"))).isEmpty();
    }

    @Test
    void aModuleNamedNestedStackInAnAssemblyIsTheCdksByItsStackName() throws Exception {
        LoadedTemplate nested = new TemplateReader(ReadLimits.DEFAULT).read(REPLICA_PROVIDER_HANDLERS.getBytes(StandardCharsets.UTF_8),
                "cdk.out/nested.json", Optional.of("Data/@aws-cdk--aws-dynamodb.ReplicaProvider"), Map.of());
        assertThat(CdkInternalFunctions.of(nested, List.of("OnEventHandler42BEBAE0"))).containsExactly("OnEventHandler42BEBAE0");
    }

    @Test
    void anEmptyStackTheCdkWroteIsAnEmptyTemplate() throws Exception {
        // What every synth writes for a stack with no resources: only the bootstrap check.
        LoadedTemplate empty = bare("""
                Parameters:
                  BootstrapVersion: {Type: "AWS::SSM::Parameter::Value<String>", Default: /cdk-bootstrap/hnb659fds/version}
                Rules:
                  CheckBootstrapVersion: {Assertions: []}
                """);
        assertThat(empty.template().root().path("Resources").size()).isZero();
    }

    @Test
    void findsTheInternalFunctionsOfABareCdkTemplateByLogicalId() throws Exception {
        LoadedTemplate cdk = bare("""
                Parameters:
                  BootstrapVersion: {Type: String}
                Resources:
                  OrdersFunction8A1B2C3D: {Type: AWS::Lambda::Function}
                  LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A: {Type: AWS::Lambda::Function}
                """);
        assertThat(CdkInternalFunctions.of(cdk, List.of("OrdersFunction8A1B2C3D", "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A")))
                .containsExactly("LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A");
    }

    @Test
    void trustsNoLogicalIdOutsideACdkTemplate() throws Exception {
        LoadedTemplate plain = bare("""
                Resources:
                  LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A: {Type: AWS::Lambda::Function}
                """);
        assertThat(CdkInternalFunctions.of(plain, List.of("LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A"))).isEmpty();
    }

    @Test
    void aTemplateCdkSynthPrintedKeepsItsConstructPathsAndTheirMarks() throws Exception {
        // `cdk synth Infra > infra.yaml`: no assembly around it, but every resource names its construct.
        LoadedTemplate printed = bare("""
                Resources:
                  OnEvent74718524:
                    Type: AWS::Lambda::Function
                    Metadata: {aws:cdk:path: Infra/OnEvent/Resource}
                  ProviderOnEventRelay1A2B3C4D:
                    Type: AWS::Lambda::Function
                    Metadata: {aws:cdk:path: Infra/Provider/framework-onEvent/Resource}
                """);

        assertThat(printed.constructPath("OnEvent74718524")).contains("Infra/OnEvent/Resource");
        assertThat(CdkInternalFunctions.of(printed, List.of("OnEvent74718524", "ProviderOnEventRelay1A2B3C4D")))
                .containsExactly("ProviderOnEventRelay1A2B3C4D");
    }

    @Test
    void aConstructPathTheAssemblyGivesYieldsToTheTemplatesOwnMetadata() throws Exception {
        LoadedTemplate template = new TemplateReader(ReadLimits.DEFAULT).read("""
                Resources:
                  Fn: {Type: AWS::Lambda::Function, Metadata: {aws:cdk:path: App/Fn/Resource}}
                  Other: {Type: AWS::Lambda::Function}
                """.getBytes(StandardCharsets.UTF_8), "t.yaml", Optional.of("App"),
                Map.of("Fn", "App/Old/Resource", "Other", "App/Other/Resource"));

        assertThat(template.constructPaths()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Fn", "App/Fn/Resource", "Other", "App/Other/Resource"));
    }
}
