package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;

class SqsSourceTest {

    @Test
    void raisesTheQueueVisibilityTimeoutToSixTimesTheFunctionTimeoutPlusTheWindow() {
        Stack stack = Cdk.stack();
        Queue queue = Queue.Builder.create(stack, "Orders").visibilityTimeout(Duration.seconds(45)).build();
        HardenedFunction fn = Cdk.hardened(stack, "Consumer").timeout(Duration.seconds(60)).reservedConcurrentExecutions(12).build();
        fn.addSqsSource(queue, SqsSourceOptions.builder().maxBatchingWindow(Duration.seconds(20))
                .reportBatchItemFailures(true).build());

        JsonNode template = Cdk.template(stack);
        assertThat(visibility(template, "Orders")).isEqualTo(6 * 60 + 20);
        JsonNode mapping = Cdk.only(template, "AWS::Lambda::EventSourceMapping").path("Properties");
        assertThat(mapping.path("ScalingConfig").path("MaximumConcurrency").asInt()).isEqualTo(12);
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)).isEmpty();
    }

    @Test
    void leavesALongerVisibilityTimeoutAlone() {
        Stack stack = Cdk.stack();
        Queue queue = Queue.Builder.create(stack, "Orders").visibilityTimeout(Duration.minutes(30)).build();
        Cdk.hardened(stack, "Consumer").reservedConcurrentExecutions(5).build().addSqsSource(queue);
        assertThat(visibility(Cdk.template(stack), "Orders")).isEqualTo(1800);
    }

    @Test
    void refusesAQueueFromOutsideTheAppWhoseVisibilityIsUnknownOrTooShort() {
        Stack stack = Cdk.stack();
        IQueue imported = Queue.fromQueueArn(stack, "Imported", "arn:aws:sqs:eu-west-1:123456789012:orders");
        HardenedFunction fn = Cdk.hardened(stack, "Consumer").reservedConcurrentExecutions(5).build();

        HardeningException unknown = HardenedFunctionTest.catchHardening(() -> fn.addSqsSource(imported));
        assertThat(unknown.ruleId()).isEqualTo("LL504");
        assertThat(unknown.getMessage()).contains("at least 60 s", "importedQueueVisibilityTimeout");

        HardeningException tooShort = HardenedFunctionTest.catchHardening(() -> fn.addSqsSource(imported,
                SqsSourceOptions.builder().importedQueueVisibilityTimeout(Duration.seconds(30)).build()));
        assertThat(tooShort.getMessage()).contains("its visibility timeout is 30 s");

        fn.addSqsSource(imported, SqsSourceOptions.builder().importedQueueVisibilityTimeout(Duration.seconds(60)).build());
        assertThat(Cdk.resources(Cdk.template(stack), "AWS::Lambda::EventSourceMapping")).hasSize(1);
    }

    @Test
    void keepsTheSumOfMaximumConcurrencyWithinTheReserve() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = Cdk.hardened(stack, "Consumer").reservedConcurrentExecutions(10).build();
        fn.addSqsSource(new Queue(stack, "First"), SqsSourceOptions.builder().maxConcurrency(6).build());
        fn.addSqsSource(new Queue(stack, "Second"));

        Queue third = new Queue(stack, "Third");
        HardeningException full = HardenedFunctionTest.catchHardening(() -> fn.addSqsSource(third));
        assertThat(full.ruleId()).isEqualTo("LL307");
        HardeningException over = HardenedFunctionTest.catchHardening(() -> Cdk.hardened(stack, "Other").reservedConcurrentExecutions(10).build()
                .addSqsSource(third, SqsSourceOptions.builder().maxConcurrency(11).build()));
        assertThat(over.ruleId()).isEqualTo("LL307");
        assertThat(over.getMessage()).contains("maxConcurrency 11");

        assertThat(Cdk.resources(Cdk.template(stack), "AWS::Lambda::EventSourceMapping"))
                .extracting(e -> e.getValue().path("Properties").path("ScalingConfig").path("MaximumConcurrency").asInt())
                .containsExactlyInAnyOrder(6, 4);
    }

    @Test
    void withoutAReserveTheSourceNeedsItsOwnBound() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = Cdk.hardened(stack, "Consumer").withoutReservedConcurrency("Bounded per queue").build();
        Queue queue = new Queue(stack, "Orders");
        assertThat(HardenedFunctionTest.catchHardening(() -> fn.addSqsSource(queue)).ruleId()).isEqualTo("LL306");

        fn.addSqsSource(queue, SqsSourceOptions.builder().maxConcurrency(5).reportBatchItemFailures(true).build());
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)).isEmpty();
    }

    @Test
    void aSnapStartFunctionIsFedThroughItsAlias() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = HardenedFunction.Builder.create(stack, "Consumer")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrentExecutions(5).build();
        fn.addSqsSource(new Queue(stack, "Orders"), SqsSourceOptions.builder().reportBatchItemFailures(true).build());

        JsonNode template = Cdk.template(stack);
        String aliasId = Cdk.resources(template, "AWS::Lambda::Alias").get(0).getKey();
        JsonNode functionName = Cdk.only(template, "AWS::Lambda::EventSourceMapping").path("Properties").path("FunctionName");
        assertThat(functionName.toString()).contains(aliasId);
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)).isEmpty();
    }

    private static int visibility(JsonNode template, String idPrefix) {
        for (Map.Entry<String, JsonNode> e : Cdk.resources(template, "AWS::SQS::Queue")) {
            if (e.getKey().startsWith(idPrefix)) {
                return e.getValue().path("Properties").path("VisibilityTimeout").asInt(30);
            }
        }
        throw new AssertionError("no queue " + idPrefix + " in " + List.of(template.path("Resources").fieldNames()));
    }

    @Test
    void givesTheQueueADeadLetterQueueUnlessItHasOneOrTheTeamSaysWhyNot() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = Cdk.hardened(stack, "Consumer").reservedConcurrentExecutions(20).build();
        Queue plain = new Queue(stack, "Orders");
        Queue given = new Queue(stack, "Given");
        Queue own = new Queue(stack, "OwnDlq");
        Queue redriven = Queue.Builder.create(stack, "Redriven")
                .deadLetterQueue(software.amazon.awscdk.services.sqs.DeadLetterQueue.builder().queue(own).maxReceiveCount(3).build()).build();
        Queue bare = new Queue(stack, "Bare");
        fn.addSqsSource(plain, SqsSourceOptions.builder().maxConcurrency(5).build());
        fn.addSqsSource(given, SqsSourceOptions.builder().maxConcurrency(5).deadLetterQueue(own).build());
        fn.addSqsSource(redriven, SqsSourceOptions.builder().maxConcurrency(5).build());
        fn.addSqsSource(bare, SqsSourceOptions.builder().maxConcurrency(5).withoutDeadLetterQueue("Replayed from the source system").build());

        JsonNode template = Cdk.template(stack);
        JsonNode redrive = queue(template, "Orders").path("RedrivePolicy");
        assertThat(redrive.path("maxReceiveCount").asInt()).isEqualTo(SqsSourceOptions.DEFAULT_MAX_RECEIVE_COUNT);
        assertThat(redrive.path("deadLetterTargetArn").path("Fn::GetAtt").get(0).asText()).startsWith("OrdersDeadLetterQueue");
        assertThat(queue(template, "Given").path("RedrivePolicy").path("deadLetterTargetArn").path("Fn::GetAtt").get(0).asText())
                .startsWith("OwnDlq");
        assertThat(queue(template, "Redriven").path("RedrivePolicy").path("maxReceiveCount").asInt()).isEqualTo(3);
        assertThat(queue(template, "Bare").has("RedrivePolicy")).isFalse();
        assertThatThrownBy(() -> fn.addSqsSource(new Queue(stack, "Why"),
                SqsSourceOptions.builder().maxConcurrency(2).withoutDeadLetterQueue(" ").build()))
                .hasMessageContaining("withoutDeadLetterQueue needs a reason");
    }

    private static JsonNode queue(JsonNode template, String prefix) {
        return Cdk.resources(template, "AWS::SQS::Queue").stream()
                .filter(e -> e.getKey().startsWith(prefix) && !e.getKey().startsWith(prefix + "DeadLetterQueue"))
                .findFirst().orElseThrow().getValue().path("Properties");
    }
}
