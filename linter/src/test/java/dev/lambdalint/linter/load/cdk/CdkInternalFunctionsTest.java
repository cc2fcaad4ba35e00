package dev.lambdalint.linter.load.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.ReadLimits;
import dev.lambdalint.linter.load.TemplateReader;
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
        "App/OrdersProvider/framework-onEvent/Resource"
    })
    void recognisesFunctionsTheCdkAddsByConstructPath(String path) {
        assertThat(CdkInternalFunctions.pathIsInternal(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "App/OrdersFunction/Resource",
        "App/SingletonLambda0dc9f04c622c4059b399834a2c1ac15f/Resource",
        "App/OrdersProvider/OnEventHandler/Resource",
        "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/OrdersFunction/Resource"
    })
    void leavesTheTeamsOwnFunctionsAlone(String path) {
        assertThat(CdkInternalFunctions.pathIsInternal(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A",
        "CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C81C01536",
        "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E"
    })
    void recognisesThemByLogicalIdInABareTemplate(String logicalId) {
        assertThat(CdkInternalFunctions.logicalIdIsInternal(logicalId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrdersFunction8A1B2C3D", "SingletonLambda0dc9f04c622c4059b399834a2c1ac15f9CB1DC29"})
    void doesNotMistakeOrdinaryLogicalIds(String logicalId) {
        assertThat(CdkInternalFunctions.logicalIdIsInternal(logicalId)).isFalse();
    }

    private static LoadedTemplate bare(String yaml) throws Exception {
        return new TemplateReader(ReadLimits.DEFAULT).read(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml",
                Optional.empty(), Map.of());
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
}
