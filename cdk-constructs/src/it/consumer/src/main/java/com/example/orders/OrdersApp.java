package com.example.orders;

import dev.lambdalint.cdk.HardenedFunction;
import dev.lambdalint.cdk.LambdaLintPlugin;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;

/** Two stacks: one function built with lambdalint's hardened construct, one with the CDK's plain defaults. */
public final class OrdersApp {
    public final App app = new App();
    public final Stack hardened = new Stack(app, "Hardened");
    public final Stack plain = new Stack(app, "Plain");

    public OrdersApp(boolean validateAtSynth) {
        if (validateAtSynth) {
            Validations.of(app).addPlugins(new LambdaLintPlugin());
        }
        HardenedFunction.Builder.create(hardened, "Orders")
                .runtime(Runtime.PYTHON_3_13)
                .handler("index.handler")
                .code(Code.fromAsset("handler"))
                .reservedConcurrency(20)
                .build();
        Function.Builder.create(plain, "Orders")
                .runtime(Runtime.PYTHON_3_13)
                .handler("index.handler")
                .code(Code.fromAsset("handler"))
                .build();
    }

    public static void main(String[] args) {
        new OrdersApp(true).app.synth();
    }
}
