package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.policy.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.DockerImageCode;
import software.amazon.awscdk.services.lambda.DockerImageFunction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.Bucket;

/** An app built from constructs that know nothing of lambdalint, hardened after the fact by one Aspect. */
class HardenAspectTest {

    @Test
    void hardensEveryFunctionItCanAndNamesTheReserveItCannotChoose() {
        App app = new App();
        Stack stack = new Stack(app, "Legacy");
        Function python = Function.Builder.create(stack, "Api").runtime(Runtime.PYTHON_3_13).handler("index.handler")
                .code(Cdk.python()).reservedConcurrentExecutions(10).build();
        Function java = Function.Builder.create(stack, "Worker").runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest")
                .code(Cdk.java()).memorySize(512).loggingFormat(software.amazon.awscdk.services.lambda.LoggingFormat.JSON).build();
        DockerImageFunction.Builder.create(stack, "Image")
                .code(DockerImageCode.fromEcr(software.amazon.awscdk.services.ecr.Repository.fromRepositoryName(stack, "Images", "legacy")))
                .reservedConcurrentExecutions(2).build();
        LambdaLint.suppress(java, "LL301", "Bounded by its queue's MaximumConcurrency");
        // A function the CDK adds on its own: left as it is.
        Bucket.Builder.create(stack, "Scratch").autoDeleteObjects(true).removalPolicy(RemovalPolicy.DESTROY).build();
        Function unreserved = Function.Builder.create(stack, "Cron").runtime(Runtime.PYTHON_3_13).handler("index.handler")
                .code(Code.fromInline("def handler(event, context): pass")).build();

        // A custom-resource Provider's handler runs a few times per deployment: no reserve is asked of it.
        Function onEvent = Function.Builder.create(stack, "OnEvent").runtime(Runtime.PYTHON_3_13).handler("index.handler")
                .code(Code.fromInline("def handler(event, context): pass")).build();
        software.amazon.awscdk.customresources.Provider.Builder.create(stack, "Provider").onEventHandler(onEvent).build();

        LambdaLint.harden(app, Policy.builder().minimumMemoryMb("java*", 2048).build());
        JsonNode template = Cdk.template(stack);

        JsonNode api = function(template, "Api");
        assertThat(api.path("MemorySize").asInt()).isEqualTo(Policy.DEFAULT.memory().minimumMb());
        assertThat(api.path("Architectures").get(0).asText()).isEqualTo("arm64");
        assertThat(api.path("TracingConfig").path("Mode").asText()).isEqualTo("Active");
        assertThat(api.path("LoggingConfig").path("LogGroup").isMissingNode()).isFalse();
        // The memory floor raises, never lowers: 512 becomes the policy's 2048 for Java.
        JsonNode worker = function(template, "Worker");
        assertThat(worker.path("MemorySize").asInt()).isEqualTo(2048);
        // A LoggingConfig the team wrote keeps its format and gains the log group.
        assertThat(worker.path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
        assertThat(worker.path("LoggingConfig").path("LogGroup").isMissingNode()).isFalse();
        // A container image keeps the architecture it was built for.
        assertThat(function(template, "Image").has("Architectures")).isFalse();
        assertThat(Cdk.resources(template, "AWS::IAM::Policy").toString()).contains("xray:PutTraceSegments");

        // What it cannot choose is a synth error, on the one function without a reserve or a suppression.
        List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("LL301 reserved-concurrency-missing: .*"));
        assertThat(errors).extracting(SynthesisMessage::getId).containsExactly("/Legacy/Cron/Resource");
        assertThat(unreserved).isNotNull();

        // The linter agrees: nothing left but the reserve of Cron, and SnapStart on the Java function, which
        // needs a published version and callers on its alias: a rewiring no Aspect can do behind the team's back.
        // (Whether the Provider's handler is asked for a reserve is the rules' call: left out here.)
        List<ReportedFinding> findings = LambdaLint.check(stack, Config.DEFAULT, Severity.WARNING);
        assertThat(findings).filteredOn(f -> !f.constructPath().orElse("").startsWith("Legacy/OnEvent/"))
                .extracting(f -> f.ruleId() + " " + f.constructPath().orElse(""))
                .containsExactlyInAnyOrder("LL301 Legacy/Cron/Resource", "LL603 Legacy/Worker/Resource");
    }

    private static JsonNode function(JsonNode template, String prefix) {
        return Cdk.resources(template, "AWS::Lambda::Function").stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).findFirst().orElseThrow().path("Properties");
    }
}
