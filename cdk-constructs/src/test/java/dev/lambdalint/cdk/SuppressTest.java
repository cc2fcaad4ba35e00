package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.Severity;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.constructs.Construct;

class SuppressTest {

    private static Function plain(Stack stack) {
        return Function.Builder.create(stack, "Plain")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Cdk.python()).build();
    }

    @Test
    void writesTheMetadataTheLinterReadsOnTheFunctionsResource() {
        Stack unsuppressed = Cdk.stack();
        plain(unsuppressed);
        assertThat(LambdaLint.check(unsuppressed, Config.DEFAULT, Severity.WARNING)).extracting(f -> f.ruleId())
                .containsExactlyInAnyOrder("LL102", "LL301", "LL704");

        // The CDK synthesizes an app once: suppress before the first check or synth.
        Stack stack = Cdk.stack();
        Function fn = plain(stack);
        LambdaLint.suppress(fn, "LL301", "Internal tool; one caller");
        LambdaLint.suppress(fn, "memory-default", "Measured: 128 MB is enough for this handler");

        JsonNode suppress = Cdk.only(Cdk.template(stack), "AWS::Lambda::Function")
                .path("Metadata").path("lambdalint").path("suppress");
        assertThat(suppress).hasSize(2);
        assertThat(suppress.get(0).path("rule").asText()).isEqualTo("LL301");
        assertThat(suppress.get(1).path("rule").asText()).isEqualTo("LL102");
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.WARNING)).extracting(f -> f.ruleId())
                .containsExactly("LL704");
    }

    @Test
    void suppressingARuleAgainReplacesItsReason() {
        Stack stack = Cdk.stack();
        Function fn = plain(stack);
        LambdaLint.suppress(fn, "LL301", "first");
        LambdaLint.suppress(fn, "reserved-concurrency-missing", "second");
        JsonNode suppress = Cdk.only(Cdk.template(stack), "AWS::Lambda::Function")
                .path("Metadata").path("lambdalint").path("suppress");
        assertThat(suppress).hasSize(1);
        assertThat(suppress.get(0).path("reason").asText()).isEqualTo("second");
    }

    @Test
    void refusesABlankReasonAnUnknownRuleOrAConstructWithoutAResource() {
        Stack stack = Cdk.stack();
        Function fn = plain(stack);
        assertThatThrownBy(() -> LambdaLint.suppress(fn, "LL301", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> LambdaLint.suppress(fn, "W89", "cfn_nag id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown lambdalint rule 'W89'");
        Construct group = new Construct(stack, "Group");
        assertThatThrownBy(() -> LambdaLint.suppress(group, "LL301", "reason"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Test/Group has no CloudFormation resource");
    }
}
