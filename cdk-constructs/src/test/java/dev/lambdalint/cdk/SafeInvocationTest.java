package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.sqs.Queue;

/** SnapStart and onFailure live on the alias; every way of wiring a HardenedFunction must reach the alias. */
class SafeInvocationTest {

    private static HardenedFunction snapStart(Stack stack) {
        return HardenedFunction.Builder.create(stack, "Orders")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrentExecutions(10).build();
    }


    /** A stack in an app that runs the plugin and its invocation-target Aspect, as a team would set it up. */
    private static Stack pluggedStack() {
        App app = new App();
        LambdaLintPlugin.builder().reportOnly().build().addTo(app);
        return new Stack(app, "Api");
    }

    private static String aliasId(JsonNode template) {
        return Cdk.resources(template, "AWS::Lambda::Alias").get(0).getKey();
    }

    @Test
    void theSafeIdiomsInvokeTheAliasAndTheAspectHasNothingToSay() {
        Stack stack = pluggedStack();
        HardenedFunction fn = snapStart(stack);
        new RestApi(stack, "Rest").getRoot().addMethod("GET", fn.restIntegration());
        Rule.Builder.create(stack, "Nightly").schedule(Schedule.expression("rate(1 day)")).targets(List.of(fn.ruleTarget())).build();
        fn.addEventSource(new SqsEventSource(new Queue(stack, "Jobs")));
        fn.grantInvoke(new ServicePrincipal("events.amazonaws.com"));

        JsonNode template = Cdk.template(stack);
        String alias = aliasId(template);
        JsonNode mapping = Cdk.only(template, "AWS::Lambda::EventSourceMapping").path("Properties");
        // The CDK names the alias as "<function name>:live" here.
        assertThat(mapping.path("FunctionName").toString()).contains(HardenedFunction.DEFAULT_ALIAS_NAME);
        JsonNode target = Cdk.only(template, "AWS::Events::Rule").path("Properties").path("Targets").get(0);
        assertThat(target.path("Arn").path("Ref").asText()).isEqualTo(alias);
        JsonNode method = Cdk.only(template, "AWS::ApiGateway::Method").path("Properties").path("Integration");
        assertThat(method.toString()).contains("\"Ref\":\"" + alias + "\"").doesNotContain("GetAtt");
        // Every permission is on the alias: none lets a caller invoke $LATEST.
        assertThat(Cdk.resources(template, "AWS::Lambda::Permission"))
                .allSatisfy(p -> assertThat(p.getValue().path("Properties").path("FunctionName").path("Ref").asText()).isEqualTo(alias));
        Annotations.fromStack(stack).hasNoError("*", Match.anyValue());
    }

    @Test
    void anIntegrationOnTheFunctionItselfIsASynthError() {
        Stack stack = pluggedStack();
        HardenedFunction fn = snapStart(stack);
        // The usual CDK idioms, given the function: each wires $LATEST.
        new RestApi(stack, "Rest").getRoot().addMethod("GET", new LambdaIntegration(fn));
        Rule.Builder.create(stack, "Nightly").schedule(Schedule.expression("rate(1 day)")).targets(List.of(new LambdaFunction(fn))).build();

        List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*",
                Match.stringLikeRegexp(".*invokes function .* unqualified \\(\\$LATEST\\).*SnapStart applies.*getInvocationTarget.*"));
        List<String> paths = errors.stream().map(SynthesisMessage::getId).toList();
        assertThat(paths).anySatisfy(p -> assertThat(p.toString()).contains("Rest/Default/GET"))
                .anySatisfy(p -> assertThat(p.toString()).contains("Nightly"));
    }

    @Test
    void aFailureDestinationOnTheAliasIsNamedToo() {
        Stack stack = pluggedStack();
        HardenedFunction fn = HardenedFunction.Builder.create(stack, "Orders")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrentExecutions(10)
                .onFailure(new software.amazon.awscdk.services.lambda.destinations.SqsDestination(new Queue(stack, "Failed")))
                .build();
        Rule.Builder.create(stack, "Nightly").schedule(Schedule.expression("rate(1 day)")).targets(List.of(new LambdaFunction(fn))).build();

        assertThat(Annotations.fromStack(stack).findError("*",
                Match.stringLikeRegexp(".*SnapStart applies and its failure destination is configured only on a published version or alias.*"))).isNotEmpty();
    }

    @Test
    void withoutSnapStartTheFunctionItselfIsTheTarget() {
        Stack stack = pluggedStack();
        HardenedFunction fn = Cdk.hardened(stack, "Orders").reservedConcurrentExecutions(5).build();
        Rule.Builder.create(stack, "Nightly").schedule(Schedule.expression("rate(1 day)")).targets(List.of(new LambdaFunction(fn))).build();
        assertThat(fn.getInvocationTarget()).isSameAs(fn);
        Annotations.fromStack(stack).hasNoError("*", Match.anyValue());
    }
}
