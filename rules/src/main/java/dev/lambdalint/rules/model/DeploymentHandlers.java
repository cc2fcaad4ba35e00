package dev.lambdalint.rules.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The functions of one template that serve only as custom-resource or macro handlers: CloudFormation invokes
 * them a few times per deployment, so advice about bursts and cold starts (LL301, LL306, LL603) does not fit.
 *
 * <p>A function is such a handler when something names it as one: the {@code ServiceToken} of a
 * {@code Custom::*} or {@code AWS::CloudFormation::CustomResource}, the {@code FunctionName} of an
 * {@code AWS::CloudFormation::Macro}, or the CDK Provider framework's {@code USER_ON_EVENT_FUNCTION_ARN} /
 * {@code USER_IS_COMPLETE_FUNCTION_ARN} environment variables (the team's {@code onEventHandler} and
 * {@code isCompleteHandler}, recognised by these names with or without {@code aws:cdk:path} metadata), and
 * nothing else in the template may invoke it: no event source, and no reference from a resource other than
 * those that only describe or permit it (permissions, versions, aliases, IAM policies, log groups, alarms,
 * other custom resources' properties).
 */
final class DeploymentHandlers {
    private static final Set<String> USER_HANDLER_VARIABLES = Set.of("USER_ON_EVENT_FUNCTION_ARN", "USER_IS_COMPLETE_FUNCTION_ARN");

    /** Resource types whose references to a function grant, describe or watch it, but never invoke it. */
    private static final Set<String> NEUTRAL = Set.of(
            "AWS::Lambda::Permission", "AWS::Lambda::Version", "AWS::Lambda::Alias",
            "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::Role",
            "AWS::Logs::LogGroup", "AWS::CloudWatch::Alarm", "AWS::Lambda::EventInvokeConfig");

    private DeploymentHandlers() {}

    /** @param functions the function with a logical id, with its event sources */
    static Set<String> of(TemplateIndex model, Function<String, Optional<FunctionView>> functions) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> otherwiseUsed = new HashSet<>();
        for (Resource r : model.resources()) {
            Optional<Value> props = r.properties();
            if (props.isEmpty()) {
                continue;
            }
            if (isCustomResource(r.type())) {
                // Its other properties only pass names along (CDK's LogRetention names the log group of a
                // function); a bucket notification custom resource is an event source, seen below.
                r.property("ServiceToken").ifPresent(t -> named.addAll(model.functionsReferencedBy(t.node())));
            } else if (r.is("AWS::CloudFormation::Macro")) {
                r.property("FunctionName").ifPresent(fn -> named.addAll(model.functionsReferencedBy(fn.node())));
            } else if (TemplateIndex.isFunctionType(r.type())) {
                for (Map.Entry<String, Value> e : props.get().fields()) {
                    if (e.getKey().equals("Environment")) {
                        environmentReferences(model, r, e.getValue(), named, otherwiseUsed);
                    } else {
                        notSelf(model.functionsReferencedBy(e.getValue().node()), r, otherwiseUsed);
                    }
                }
            } else if (r.is("AWS::Lambda::EventInvokeConfig")) {
                // The config's own function is only configured; a destination is invoked.
                r.property("DestinationConfig").ifPresent(d -> otherwiseUsed.addAll(model.functionsReferencedBy(d.node())));
            } else if (!NEUTRAL.contains(r.type())) {
                otherwiseUsed.addAll(model.functionsReferencedBy(props.get().node()));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : named) {
            boolean invokedOtherwise = otherwiseUsed.contains(id)
                    || functions.apply(id).map(f -> !f.eventSources().isEmpty()).orElse(true);
            if (!invokedOtherwise) {
                out.add(id);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    static boolean isCustomResource(String type) {
        return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource");
    }

    private static void environmentReferences(TemplateIndex model, Resource fn, Value environment,
                                              Set<String> named, Set<String> otherwiseUsed) {
        Optional<Value> variables = environment.get("Variables").filter(Value::isMapping);
        if (variables.isEmpty()) {
            notSelf(model.functionsReferencedBy(environment.node()), fn, otherwiseUsed);
            return;
        }
        for (Map.Entry<String, Value> v : variables.get().fields()) {
            Set<String> fns = model.functionsReferencedBy(v.getValue().node());
            notSelf(fns, fn, USER_HANDLER_VARIABLES.contains(v.getKey()) ? named : otherwiseUsed);
        }
    }

    private static void notSelf(Set<String> fns, Resource self, Set<String> sink) {
        for (String f : fns) {
            if (!f.equals(self.logicalId())) {
                sink.add(f);
            }
        }
    }
}
