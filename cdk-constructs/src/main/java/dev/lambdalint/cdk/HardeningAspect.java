package dev.lambdalint.cdk;

import dev.lambdalint.linter.load.cdk.CdkInternalFunctions;
import dev.lambdalint.rules.catalog.concurrency.ReservedConcurrencyMissing;
import dev.lambdalint.rules.policy.Policy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Applies the policy's defaults to every {@code AWS::Lambda::Function} in a scope, whoever built it:
 * {@code Function}, {@code NodejsFunction}, {@code PythonFunction}, {@code DockerImageFunction}, L3
 * constructs and third-party libraries. It raises memory to the policy minimum for the runtime, gives a
 * function without a log group one with retention, moves zip functions that set no architecture to arm64
 * where the runtime has it, and turns on active tracing where it can grant the role the X-Ray permission.
 * What it cannot choose for the team (how many copies may run at once) it reports as a synth error.
 * The CDK's own functions and {@link HardenedFunction}s are left alone. Added by {@link LambdaLint#harden}.
 */
final class HardeningAspect implements IAspect {
    /** Runtimes Lambda never offered on arm64 (Amazon Linux 1 and Go 1.x). */
    private static final List<String> X86_ONLY = List.of("java8", "go1.x", "nodejs", "nodejs4.3", "nodejs6.10",
            "nodejs8.10", "nodejs10.x", "nodejs12.x", "python2.7", "python3.6", "python3.7", "ruby2.5", "ruby2.7",
            "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "provided");
    private static final String EDGE_STACK_PREFIX = "edge-lambda-stack-";
    private static final List<String> XRAY_ACTIONS = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");

    /** How the Provider framework's functions name the team's handlers (aws-cdk-lib custom-resources, framework.js). */
    private static final List<String> PROVIDER_HANDLER_VARIABLES = List.of("USER_ON_EVENT_FUNCTION_ARN", "USER_IS_COMPLETE_FUNCTION_ARN");

    private final Policy policy;
    /** The Provider handlers of each stack (by path), found once per stack. */
    private final Map<String, Set<String>> providerHandlers = new HashMap<>();

    HardeningAspect(Policy policy) {
        this.policy = policy;
    }

    @Override
    public void visit(IConstruct node) {
        if (!(node instanceof CfnFunction fn)) {
            return;
        }
        String path = fn.getNode().getPath();
        IConstruct owner = fn.getNode().getScope();
        if (owner instanceof HardenedFunction || CdkInternalFunctions.pathIsInternal(path)) {
            return;
        }
        Optional<String> runtime = fn.getRuntime() != null && !Token.isUnresolved(fn.getRuntime())
                ? Optional.of(fn.getRuntime()) : Optional.empty();
        boolean image = "Image".equals(fn.getPackageType());

        Number memory = fn.getMemorySize();
        int minimum = HardenedFunction.defaultMemory(policy, runtime);
        if (memory == null || !Token.isUnresolved(memory) && memory.intValue() < minimum) {
            fn.setMemorySize(minimum);
        }
        if (fn.getArchitectures() == null && !image && runtime.isPresent()
                && !X86_ONLY.contains(runtime.get().toLowerCase(Locale.ROOT)) && !edgeFunction(fn)) {
            fn.setArchitectures(List.of("arm64"));
        }
        // The L2 Function writes its LoggingConfig as a lazy value: read it resolved. A log group already
        // named is the team's; so is the CDK's LogRetention custom resource (the deprecated logRetention prop).
        Object logging = fn.getLoggingConfig() == null ? null : Stack.of(fn).resolve(fn.getLoggingConfig());
        Map<?, ?> current = logging instanceof Map<?, ?> m ? m : logging == null ? Map.of() : null;
        if (current != null && !current.containsKey("logGroup") && !current.containsKey("LogGroup")
                && owner != null && owner.getNode().tryFindChild("LogRetention") == null) {
            LogGroup logs = LogGroup.Builder.create((Construct) owner, "HardenedLogGroup")
                    .retention(HardenedFunction.DEFAULT_LOG_RETENTION).build();
            fn.setLoggingConfig(CfnFunction.LoggingConfigProperty.builder()
                    .logGroup(logs.getLogGroupName())
                    .logFormat(text(current, "logFormat", "LogFormat"))
                    .applicationLogLevel(text(current, "applicationLogLevel", "ApplicationLogLevel"))
                    .systemLogLevel(text(current, "systemLogLevel", "SystemLogLevel"))
                    .build());
        }
        if (fn.getTracingConfig() == null) {
            if (owner instanceof Function l2 && l2.getRole() != null && l2.getRole().addToPrincipalPolicy(
                    PolicyStatement.Builder.create().actions(XRAY_ACTIONS).resources(List.of("*")).build()).getStatementAdded()) {
                fn.setTracingConfig(CfnFunction.TracingConfigProperty.builder().mode("Active").build());
            } else {
                Annotations.of(fn).addInfo("LambdaLint.harden left tracing off: the function's role cannot be given the X-Ray permission here");
            }
        }
        if (fn.getReservedConcurrentExecutions() == null && !providerHandler(fn)
                && !SuppressionMetadata.suppresses(fn, RuleText.id(ReservedConcurrencyMissing.class))) {
            Annotations.of(fn).addError(RuleText.message(ReservedConcurrencyMissing.class,
                    "Function %s has no ReservedConcurrentExecutions, and LambdaLint.harden cannot choose how many copies may run at once: "
                            + "set reservedConcurrentExecutions on it, or LambdaLint.suppress(function, \"%s\", reason)",
                    path, RuleText.id(ReservedConcurrencyMissing.class)));
        }
    }

    /**
     * A custom-resource Provider's onEvent or isComplete handler: the Provider framework's own functions
     * name it in their environment ({@code USER_ON_EVENT_FUNCTION_ARN}, {@code USER_IS_COMPLETE_FUNCTION_ARN}).
     * It runs a few times per deployment, so a reserve is not asked of it (nor by the linter).
     */
    private boolean providerHandler(CfnFunction fn) {
        Stack stack = Stack.of(fn);
        Set<String> handlers = providerHandlers.computeIfAbsent(stack.getNode().getPath(), path -> {
            Set<String> out = new HashSet<>();
            for (IConstruct c : stack.getNode().findAll()) {
                if (c instanceof CfnFunction other && other.getEnvironment() != null
                        && stack.resolve(other.getEnvironment()) instanceof Map<?, ?> env
                        && env.get("variables") instanceof Map<?, ?> variables) {
                    for (String name : PROVIDER_HANDLER_VARIABLES) {
                        if (variables.get(name) instanceof Map<?, ?> ref && ref.get("Fn::GetAtt") instanceof List<?> att && !att.isEmpty()) {
                            out.add(String.valueOf(att.get(0)));
                        }
                    }
                }
            }
            return out;
        });
        return handlers.contains(String.valueOf(stack.resolve(fn.getLogicalId())));
    }

    private static String text(Map<?, ?> map, String key, String cloudFormationKey) {
        Object value = map.containsKey(key) ? map.get(key) : map.get(cloudFormationKey);
        return value instanceof String v ? v : null;
    }

    /** Lambda@Edge runs x86_64 only: a function under an EdgeFunction, or in the stack the CDK makes for one. */
    private static boolean edgeFunction(CfnFunction fn) {
        return fn.getNode().getScopes().stream().anyMatch(s ->
                s instanceof software.amazon.awscdk.services.cloudfront.experimental.EdgeFunction
                        || s.getNode().getId().startsWith(EDGE_STACK_PREFIX));
    }
}
