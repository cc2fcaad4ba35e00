package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.cdk.LambdaLint;
import dev.lambdalint.linter.engine.ReportedFinding;
import org.junit.jupiter.api.Test;

class OrdersAppTest {
    @Test
    void theHardenedFunctionPassesAndThePlainOneIsReported() {
        OrdersApp orders = new OrdersApp(false);
        assertThat(LambdaLint.check(orders.hardened)).isEmpty();
        assertThat(LambdaLint.check(orders.plain)).extracting(ReportedFinding::ruleId)
                .contains("LL102", "LL301", "LL704");
    }

    @Test
    void thePluginFailsTheSynthOfThePlainFunction() {
        OrdersApp orders = new OrdersApp(true);
        assertThatThrownBy(orders.app::synth).hasMessageContaining("Validation failed");
    }
}
