package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.Severity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.RecursiveLoop;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.Queue;

class HardenedFunctionPropsTest {

    @Test
    void everyFunctionPropsSettingHasABuilderMethodOfTheSameNameAndType() {
        List<String> missing = Arrays.stream(FunctionProps.Builder.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 1)
                .filter(m -> !hasSameMethod(m))
                .map(m -> m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")")
                .toList();
        assertThat(missing).isEmpty();
    }

    private static boolean hasSameMethod(Method m) {
        try {
            return HardenedFunction.Builder.class.getMethod(m.getName(), m.getParameterTypes()).getReturnType()
                    == HardenedFunction.Builder.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void settingsTheHardeningDoesNotTouchReachTheTemplate() {
        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Orders").reservedConcurrentExecutions(5)
                .loggingFormat(LoggingFormat.JSON)
                .environment(java.util.Map.of("TABLE", "orders"))
                .environmentEncryption(new Key(stack, "Key"))
                .recursiveLoop(RecursiveLoop.TERMINATE)
                .initialPolicy(List.of(PolicyStatement.Builder.create().actions(List.of("s3:GetObject"))
                        .resources(List.of("arn:aws:s3:::orders/*")).build()))
                .build();

        JsonNode template = Cdk.template(stack);
        JsonNode props = Cdk.only(template, "AWS::Lambda::Function").path("Properties");
        assertThat(props.path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
        assertThat(props.path("LoggingConfig").path("LogGroup").isMissingNode()).isFalse();
        assertThat(props.path("KmsKeyArn").isMissingNode()).isFalse();
        assertThat(props.path("RecursiveLoop").asText()).isEqualTo("Terminate");
        assertThat(Cdk.resources(template, "AWS::IAM::Policy").toString()).contains("s3:GetObject");
        // Still hardened: memory, arm64, tracing.
        assertThat(props.path("Architectures").get(0).asText()).isEqualTo("arm64");
        assertThat(props.path("TracingConfig").path("Mode").asText()).isEqualTo("Active");
    }

    @Test
    void theTeamsOwnLogGroupIsUsedInsteadOfANewOne() {
        Stack stack = Cdk.stack();
        LogGroup own = LogGroup.Builder.create(stack, "Shared").retention(RetentionDays.ONE_YEAR).build();
        HardenedFunction fn = Cdk.hardened(stack, "Orders").reservedConcurrentExecutions(5).logGroup(own).build();
        assertThat(fn.getHardenedLogGroup()).isSameAs(own);
        assertThat(Cdk.resources(Cdk.template(stack), "AWS::Logs::LogGroup")).hasSize(1);
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.WARNING)).isEmpty();
    }

    @Test
    void zeroReservedConcurrencyIsRefusedUnlessTheFunctionIsDisabledOnPurpose() {
        HardeningException zero = HardenedFunctionTest.catchHardening(() ->
                Cdk.hardened(Cdk.stack(), "Orders").reservedConcurrentExecutions(0).build());
        assertThat(zero.ruleId()).isEqualTo("LL302");
        assertThat(zero.getMessage()).startsWith("LL302 reserved-concurrency-zero: ").contains("disabled(\"reason\")");
        assertThatThrownBy(() -> Cdk.hardened(Cdk.stack(), "Orders").disabled(" ").build()).isInstanceOf(HardeningException.class);
        assertThatThrownBy(() -> Cdk.hardened(Cdk.stack(), "Orders").disabled("x").reservedConcurrentExecutions(3).build())
                .isInstanceOf(IllegalArgumentException.class);

        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Legacy").disabled("Replaced by the v2 API; kept until clients move").build();
        JsonNode function = Cdk.only(Cdk.template(stack), "AWS::Lambda::Function");
        assertThat(function.path("Properties").path("ReservedConcurrentExecutions").asInt(-1)).isZero();
        assertThat(function.path("Metadata").path("lambdalint").path("suppress").get(0).path("rule").asText()).isEqualTo("LL302");
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.WARNING)).isEmpty();
    }

    @Test
    void retryAttemptsAndMaxEventAgeCanStillBeSetAfterOnFailure() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = HardenedFunction.Builder.create(stack, "Orders")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrentExecutions(5)
                .onFailure(new SqsDestination(new Queue(stack, "Failed")))
                .retryAttempts(1)
                .build();
        fn.configureAsyncInvoke(EventInvokeConfigOptions.builder().retryAttempts(0).maxEventAge(Duration.minutes(10)).build());

        JsonNode config = Cdk.only(Cdk.template(stack), "AWS::Lambda::EventInvokeConfig").path("Properties");
        // The alias's name, taken from its ARN.
        assertThat(config.path("Qualifier").toString()).contains("\"Ref\":\"" + Cdk.resources(Cdk.template(stack), "AWS::Lambda::Alias").get(0).getKey());
        assertThat(config.path("MaximumRetryAttempts").asInt(-1)).isZero();
        assertThat(config.path("MaximumEventAgeInSeconds").asInt()).isEqualTo(600);
        assertThat(config.path("DestinationConfig").path("OnFailure").isMissingNode()).isFalse();
        assertThatThrownBy(() -> fn.configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .onFailure(new SqsDestination(new Queue(stack, "Other"))).build()))
                .hasMessageContaining("give onFailure/onSuccess once");
    }
}
