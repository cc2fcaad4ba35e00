package dev.lambdalint.cdk;

import dev.lambdalint.rules.Catalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.CfnMethod;
import software.amazon.awscdk.services.events.CfnRule;
import software.amazon.awscdk.services.lambda.CfnEventInvokeConfig;
import software.amazon.awscdk.services.lambda.CfnEventSourceMapping;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.CfnPermission;
import software.amazon.awscdk.services.lambda.CfnUrl;
import software.amazon.awscdk.services.sns.CfnSubscription;
import software.constructs.IConstruct;

/**
 * A synth-time error on every integration, rule target, event source mapping, subscription, URL or
 * permission that invokes the unqualified function ({@code $LATEST}) of a function whose SnapStart or
 * asynchronous failure destination lives on a published version or alias: SnapStart never applies to
 * {@code $LATEST}, and failed asynchronous events sent there are lost. Such a function must be invoked
 * through its alias ({@link HardenedFunction#getInvocationTarget()}).
 *
 * <p>It reads the CloudFormation resources the constructs made, so it sees what every CDK integration
 * wires, whoever called it. Added by {@link LambdaLintPlugin#addTo}; the linter's snapstart-unpublished
 * rule makes the same judgement on the synthesized templates.
 */
public final class InvocationTargetCheck implements IAspect {
    private static final String SNAPSTART_ON_VERSIONS = "PublishedVersions";
    private static final String LATEST = "$LATEST";

    @Override
    public void visit(IConstruct node) {
        if (!(node instanceof Stack stack)) {
            return;
        }
        List<IConstruct> own = stack.getNode().findAll().stream().filter(c -> Stack.of(c) == stack).toList();
        Map<String, String> qualifiedOnly = qualifiedOnly(stack, own);
        if (qualifiedOnly.isEmpty()) {
            return;
        }
        for (IConstruct c : own) {
            Object invoker = invokerOf(c);
            if (invoker == null) {
                continue;
            }
            Object resolved = stack.resolve(invoker);
            for (Map.Entry<String, String> fn : qualifiedOnly.entrySet()) {
                if (refersTo(resolved, fn.getKey())) {
                    Annotations.of(c).addError(prefix() + c.getNode().getPath() + " invokes function " + fn.getKey()
                            + " unqualified ($LATEST), but its " + fn.getValue() + " only on a published version or alias: "
                            + "pass the alias (HardenedFunction.getInvocationTarget()) to the integration, target or source");
                }
            }
        }
    }

    /** The catalogue's rule for the same judgement, once it is there: its id and name start the message. */
    private static String prefix() {
        return Catalog.find("snapstart-unpublished").map(r -> r.id() + " " + r.info().name() + ": ").orElse("");
    }

    /** Logical ids of the functions that must be invoked qualified, with what applies only there. */
    private static Map<String, String> qualifiedOnly(Stack stack, List<IConstruct> own) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IConstruct c : own) {
            if (c instanceof CfnFunction fn && fn.getSnapStart() != null
                    && String.valueOf(stack.resolve(fn.getSnapStart())).contains(SNAPSTART_ON_VERSIONS)) {
                out.put(stack.resolve(fn.getLogicalId()).toString(), "SnapStart applies");
            }
        }
        for (IConstruct c : own) {
            if (c instanceof CfnEventInvokeConfig config && !LATEST.equals(stack.resolve(config.getQualifier()))
                    && config.getDestinationConfig() != null) {
                String id = referencedFunction(stack.resolve(config.getFunctionName()));
                if (id != null) {
                    out.merge(id, "failure destination is configured", (a, b) -> a + " and its " + b);
                }
            }
        }
        return out;
    }

    /** The property through which {@code c} invokes a function, or null when {@code c} invokes none. */
    private static Object invokerOf(IConstruct c) {
        if (c instanceof CfnPermission p) {
            return p.getFunctionName();
        }
        if (c instanceof CfnEventSourceMapping m) {
            return m.getFunctionName();
        }
        if (c instanceof CfnRule r) {
            return r.getTargets();
        }
        if (c instanceof CfnMethod m) {
            return m.getIntegration();
        }
        if (c instanceof software.amazon.awscdk.services.apigatewayv2.CfnIntegration i) {
            return i.getIntegrationUri();
        }
        if (c instanceof CfnSubscription s) {
            return s.getEndpoint();
        }
        if (c instanceof CfnUrl u) {
            return u.getTargetFunctionArn();
        }
        return null;
    }

    /** The logical id a bare {@code Ref} or {@code Fn::GetAtt [id, Arn]} names, or null. */
    private static String referencedFunction(Object resolved) {
        if (resolved instanceof Map<?, ?> map) {
            if (map.get("Ref") instanceof String ref) {
                return ref;
            }
            if (map.get("Fn::GetAtt") instanceof List<?> att && att.size() == 2 && "Arn".equals(att.get(1))) {
                return String.valueOf(att.get(0));
            }
        }
        return null;
    }

    /**
     * Whether {@code resolved} names the unqualified function. {@code Fn::Join [":", [Ref fn, live]]} and
     * {@code Fn::Join ["", [Ref fn, ":live"]]} name the function with a qualifier (an alias's name, as the CDK
     * writes it for an event source mapping): those are safe.
     */
    private static boolean refersTo(Object resolved, String logicalId) {
        if (logicalId.equals(referencedFunction(resolved))) {
            return true;
        }
        if (resolved instanceof Map<?, ?> map && map.get("Fn::Join") instanceof List<?> join && join.size() == 2
                && join.get(1) instanceof List<?> parts) {
            String delimiter = String.valueOf(join.get(0));
            for (int i = 0; i < parts.size(); i++) {
                Object part = parts.get(i);
                if (logicalId.equals(referencedFunction(part))) {
                    boolean hasNext = i + 1 < parts.size();
                    boolean qualified = hasNext && (":".equals(delimiter)
                            || parts.get(i + 1) instanceof String next && next.startsWith(":") && next.length() > 1);
                    if (!qualified) {
                        return true;
                    }
                } else if (refersTo(part, logicalId)) {
                    return true;
                }
            }
            return false;
        }
        if (resolved instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> refersTo(v, logicalId));
        }
        if (resolved instanceof List<?> list) {
            return list.stream().anyMatch(v -> refersTo(v, logicalId));
        }
        return false;
    }
}
