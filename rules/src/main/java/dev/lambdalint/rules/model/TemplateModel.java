package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.schema.PropertyNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The normalised view of one template that rules read: its resources by logical id, its functions with
 * their event sources and provisioned concurrency, and value resolution for parameters, conditions
 * and mappings. Built once per template in a few passes over the resources (resources, value resolution
 * and references in {@link TemplateIndex}, event sources in {@link EventSources}, role policies in
 * {@link RolePolicies}, log groups in {@link LogGroupIndex}); every
 * lookup afterwards goes through an index, so no rule needs to scan all resources for each function.
 */
public final class TemplateModel {
    private static final String LAYER = "AWS::Lambda::LayerVersion";
    private static final String SAM_LAYER = "AWS::Serverless::LayerVersion";
    /** Source: AWS CloudFormation Template Reference, AWS::Lambda::WebFunctionRevision (December 2026). */
    static final String WEB_FUNCTION_REVISION = "AWS::Lambda::WebFunctionRevision";

    private final Template template;
    private final TemplateIndex index;
    private final Map<String, Resource> resources;
    private final List<FunctionView> functions;
    private final Map<String, FunctionView> functionsById;
    private RolePolicies rolePolicies;
    private Set<String> edgeFunctions;
    private Map<String, List<Resource>> eventInvokeConfigsByFunction;
    private LogGroupIndex logGroups;
    private Set<String> deploymentHandlers;

    private TemplateModel(Template template) {
        this.template = template;
        this.index = new TemplateIndex(template);
        this.resources = index.resourcesById();

        // Event sources and provisioned concurrency need only the resources and value resolution, ready here.
        EventSources sources = new EventSources(index);
        Map<String, List<ProvisionedConcurrency>> provisioned = new HashMap<>();
        for (Resource r : resources.values()) {
            collectProvisioned(r, provisioned);
        }
        List<FunctionView> fns = new ArrayList<>();
        Map<String, FunctionView> byId = new LinkedHashMap<>();
        for (Resource r : resources.values()) {
            if (isFunctionType(r.type())) {
                FunctionView f = new FunctionView(r,
                        sources.of(r.logicalId()),
                        provisioned.getOrDefault(r.logicalId(), List.of()));
                fns.add(f);
                byId.put(r.logicalId(), f);
            }
        }
        this.functions = Collections.unmodifiableList(fns);
        this.functionsById = Collections.unmodifiableMap(byId);
    }

    public static TemplateModel of(Template template) {
        return new TemplateModel(template);
    }

    public static boolean isFunctionType(String type) {
        return TemplateIndex.isFunctionType(type);
    }

    public Template template() {
        return template;
    }

    public List<FunctionView> functions() {
        return functions;
    }

    /**
     * Every runtime the template names: each function's {@code Runtime} (with its SAM Globals), then each
     * Lambda Web Function revision's {@code BuildConfig.RuntimeConfig.Runtime}, the one setting a web
     * function shares with a function (it has no memory, /tmp or VPC setting, and its concurrency
     * settings count something else). An intrinsic around {@code BuildConfig} or {@code RuntimeConfig}
     * is followed into each of its branches.
     */
    public List<RuntimeSetting> runtimeSettings() {
        List<RuntimeSetting> out = new ArrayList<>();
        for (FunctionView fn : functions) {
            fn.runtime().ifPresent(v -> out.add(new RuntimeSetting(fn.logicalId(), "Function " + fn.logicalId(), v)));
        }
        for (Resource r : resources.values()) {
            if (!r.is(WEB_FUNCTION_REVISION)) {
                continue;
            }
            for (Value build : candidates(r.property("BuildConfig"))) {
                for (Value config : candidates(build.get("RuntimeConfig"))) {
                    config.get("Runtime").ifPresent(v -> out.add(
                            new RuntimeSetting(r.logicalId(), "Web function revision " + r.logicalId(), v)));
                }
            }
        }
        return out;
    }

    public Optional<FunctionView> function(String logicalId) {
        return Optional.ofNullable(functionsById.get(logicalId));
    }

    /**
     * The unzipped size of a function's or layer's code, as the loader measured it on disk (CDK assets,
     * SAM local paths); empty when the code is elsewhere (S3, an image, inline) or was not found.
     */
    public Optional<CodeSize> codeSize(String logicalId) {
        return template.codeSize(logicalId);
    }

    /**
     * True when a CloudFront distribution of this template runs the function as Lambda@Edge: a
     * {@code LambdaFunctionAssociations} entry names it (through a version, SAM's {@code Fn.Version},
     * or its ARN). Lambda@Edge has its own restrictions (x86_64 only, no layers, no provisioned
     * concurrency, ...).
     */
    public boolean isEdgeFunction(String logicalId) {
        if (edgeFunctions == null) {
            edgeFunctions = indexEdgeFunctions();
        }
        return edgeFunctions.contains(logicalId);
    }

    private Set<String> indexEdgeFunctions() {
        Set<String> out = new LinkedHashSet<>();
        for (Resource r : resources.values()) {
            if (!r.is("AWS::CloudFront::Distribution")) {
                continue;
            }
            Optional<Value> config = r.property("DistributionConfig");
            List<Value> behaviors = new ArrayList<>();
            config.flatMap(c -> c.get("DefaultCacheBehavior")).ifPresent(behaviors::add);
            config.flatMap(c -> c.get("CacheBehaviors")).ifPresent(list -> behaviors.addAll(list.items()));
            for (Value behavior : behaviors) {
                behavior.get("LambdaFunctionAssociations").ifPresent(list -> list.items().forEach(association ->
                        association.get("LambdaFunctionARN").ifPresent(arn -> out.addAll(functionsReferencedBy(arn.node())))));
            }
        }
        return out;
    }

    /**
     * The layers of this template ({@code AWS::Lambda::LayerVersion}, {@code AWS::Serverless::LayerVersion})
     * that one entry of a {@code Layers} list names ({@code !Ref MyLayer}; both branches of an
     * {@code Fn::If}). Layers from elsewhere (a literal ARN, a parameter) are not in this template.
     */
    public Set<String> layersReferencedBy(JsonNode entry) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : references(entry)) {
            Resource r = resources.get(id);
            if (r != null && (r.is(LAYER) || r.is(SAM_LAYER))) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Suppressions written in resources' {@code Metadata.lambdalint.suppress}, then those written as
     * comments ({@link Template#inlineSuppressions()}). Metadata entries that are not mappings are
     * returned with neither rule nor reason, so that LL002 can point at them.
     */
    public List<Suppression> suppressions() {
        List<Suppression> out = new ArrayList<>();
        for (Resource r : resources.values()) {
            Optional<Value> suppress = r.declaration().get("Metadata")
                    .flatMap(m -> m.get("lambdalint"))
                    .flatMap(l -> l.get("suppress"));
            if (suppress.isEmpty()) {
                continue;
            }
            List<Value> entries = suppress.get().isList() ? suppress.get().items() : List.of(suppress.get());
            for (Value entry : entries) {
                Optional<String> rule = entry.get("rule").flatMap(Value::text).map(String::trim).filter(s -> !s.isEmpty());
                Optional<String> reason = entry.get("reason").flatMap(Value::text).map(String::trim).filter(s -> !s.isEmpty());
                out.add(new Suppression(rule, reason, entry, r.logicalId()));
            }
        }
        out.addAll(template.inlineSuppressions());
        return out;
    }

    public Collection<Resource> resources() {
        return index.resources();
    }

    public Optional<Resource> resource(String logicalId) {
        return index.resource(logicalId);
    }

    /** The concrete values {@code value} can take (see {@link ValueResolver}); empty when unknowable. */
    public List<Value> candidates(Value value) {
        return index.candidates(value);
    }

    public List<Value> candidates(Optional<Value> value) {
        return index.candidates(value);
    }

    /**
     * Where {@code value} leaves its property unset ({@code Ref: AWS::NoValue}, itself or as an
     * {@code Fn::If} branch): for rules about a property that is missing, a branch like a missing key.
     */
    public List<Value> noValueBranches(Optional<Value> value) {
        return index.noValueBranches(value);
    }

    /** The whole-number candidates of {@code value}; candidates that are not numbers are left out. */
    public List<IntegerCandidate> integers(Optional<Value> value) {
        return index.integers(value);
    }

    /**
     * As {@link #integers(Optional)}, each with the conditions under which the property takes it, for
     * rules that compare two properties: values that need opposite conditions never meet in a deployment.
     */
    public List<IntegerCandidate> conditionalIntegers(Optional<Value> value) {
        return index.conditionalIntegers(value);
    }

    /**
     * The whole-number candidates of {@code field} inside {@code value}, where {@code value} itself may
     * be an intrinsic: {@code EphemeralStorage: !If [IsProd, {Size: 4096}, !Ref AWS::NoValue]} gives the
     * 4096 of the first branch, which {@code integers(value.get(field))} cannot see.
     */
    public List<IntegerCandidate> integers(Optional<Value> value, String field) {
        return index.integers(value, field);
    }

    /**
     * The conditions that hold wherever {@code value} is written: its resource's {@code Condition} and the
     * {@code Fn::If} branches around it (for the {@code AWS::NoValue} branches of {@link #noValueBranches}).
     */
    public Map<String, Boolean> conditionsAt(Value value) {
        return index.conditionsAt(value);
    }

    /** The string candidates of {@code value}. */
    public List<StringCandidate> strings(Optional<Value> value) {
        return index.strings(value);
    }

    /** Logical ids (or parameter names) that {@code node} names through Ref, GetAtt or Sub. */
    public Set<String> references(JsonNode node) {
        return index.references(node);
    }

    /**
     * The functions of this template that {@code node} designates: through a Ref or GetAtt of the
     * function, of one of its aliases or versions, or by its literal name or ARN.
     */
    public Set<String> functionsReferencedBy(JsonNode node) {
        return index.functionsReferencedBy(node);
    }

    /**
     * True when {@code source}'s settings lack {@code name} only because it is written under a misspelt key
     * ({@code FunctionResponseType}): LL004 reports the misspelling, and a rule that would call the
     * setting "not set" stays silent. The schema is the declaring resource's: the mapping's own
     * properties, or the SAM event's {@code Properties} inside its function. Here rather than on
     * {@link EventSource}, which would then depend on the model that lists it.
     */
    public boolean misspelt(EventSource source, String name) {
        Optional<Value> settings = source.settings();
        if (settings.isEmpty()) {
            return false;
        }
        Optional<Resource> declaring = resource(source.declaredBy());
        if (declaring.isEmpty()) {
            return false;
        }
        List<String> resource = Pointers.segments(Pointers.child(declaring.get().pointer(), "Properties"));
        List<String> at = Pointers.segments(settings.get().pointer());
        if (at.size() < resource.size() || !at.subList(0, resource.size()).equals(resource)) {
            return false;
        }
        return PropertyNames.misspeltIn(declaring.get().type(), at.subList(resource.size(), at.size()),
                settings.get().node(), name);
    }

    /**
     * Policy documents that apply to the role {@code roleId}: its inline {@code Policies}, and
     * {@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy} or {@code AWS::IAM::RolePolicy}
     * resources of this template attached to it.
     */
    public List<Value> policyDocumentsOf(String roleId) {
        if (rolePolicies == null) {
            rolePolicies = new RolePolicies(index);
        }
        return rolePolicies.of(roleId);
    }

    /**
     * {@code AWS::Lambda::EventInvokeConfig} resources of this template whose {@code FunctionName} designates
     * the function {@code functionId} (indexed once per template).
     */
    public List<Resource> eventInvokeConfigsOf(String functionId) {
        if (eventInvokeConfigsByFunction == null) {
            Map<String, List<Resource>> index = new HashMap<>();
            for (Resource r : resources.values()) {
                if (r.is("AWS::Lambda::EventInvokeConfig")) {
                    r.property("FunctionName").ifPresent(fn -> functionsReferencedBy(fn.node()).forEach(f ->
                            index.computeIfAbsent(f, k -> new ArrayList<>()).add(r)));
                }
            }
            eventInvokeConfigsByFunction = index;
        }
        return eventInvokeConfigsByFunction.getOrDefault(functionId, List.of());
    }

    /**
     * The functions that serve only as custom-resource or macro handlers ({@link DeploymentHandlers}):
     * invoked by CloudFormation a few times per deployment and by nothing else in the template.
     */
    public Set<String> deploymentHandlers() {
        if (deploymentHandlers == null) {
            deploymentHandlers = DeploymentHandlers.of(index, this::function);
        }
        return deploymentHandlers;
    }

    public boolean isDeploymentHandler(String functionId) {
        return deploymentHandlers().contains(functionId);
    }

    /** The log groups of this template, indexed by logical id and name (built on first use). */
    public LogGroupIndex logGroups() {
        if (logGroups == null) {
            logGroups = new LogGroupIndex(resources.values());
        }
        return logGroups;
    }

    /** The {@code AWS::SQS::Queue} of this template that an SQS source reads, when it can be known. */
    public Optional<Resource> sqsQueueOf(EventSource source) {
        if (source.kind() != EventSourceKind.SQS) {
            return Optional.empty();
        }
        return source.target().flatMap(this::resource).filter(r -> r.is("AWS::SQS::Queue"));
    }

    /**
     * The integration timeouts of an API Gateway source ({@code Api}/{@code HttpApi} events,
     * {@code AWS::ApiGateway::Method}, {@code AWS::ApiGatewayV2::Integration}): one per value the timeout can
     * take, with an empty {@code explicit} where the API's default applies. Empty for other sources, for
     * integrations that invoke the function asynchronously, and where the timeout cannot be known.
     */
    public List<IntegrationTimeout> integrationTimeouts(EventSource source) {
        return new ApiIntegrations(index).timeouts(source);
    }

    private void collectProvisioned(Resource r, Map<String, List<ProvisionedConcurrency>> out) {
        if (!r.is(FunctionView.SAM_TYPE) && !r.is(TemplateIndex.ALIAS) && !r.is(TemplateIndex.VERSION)) {
            return;
        }
        Optional<Value> executions = provisionedExecutions(r.property("ProvisionedConcurrencyConfig"));
        if (executions.isEmpty()) {
            return;
        }
        Set<String> functionIds = r.is(FunctionView.SAM_TYPE)
                ? Set.of(r.logicalId())
                : r.property("FunctionName").map(fn -> functionsReferencedBy(fn.node())).orElse(Set.of());
        for (String f : functionIds) {
            out.computeIfAbsent(f, k -> new ArrayList<>()).add(new ProvisionedConcurrency(executions.get(), r.logicalId()));
        }
    }

    /**
     * The {@code ProvisionedConcurrentExecutions} of a {@code ProvisionedConcurrencyConfig}, which teams often
     * set in production only ({@code !If [IsProd, {ProvisionedConcurrentExecutions: 50}, !Ref AWS::NoValue]}).
     * Of the branches that set it, the one that provisions the most: one resource provisions once whichever
     * branch is deployed, so its branches must not add up, and the largest is the one every rule about
     * provisioned concurrency must judge (and point at).
     */
    private Optional<Value> provisionedExecutions(Optional<Value> config) {
        Value most = null;
        long mostValue = Long.MIN_VALUE;
        for (Value branch : candidates(config)) {
            Optional<Value> executions = branch.get("ProvisionedConcurrentExecutions");
            if (executions.isEmpty()) {
                continue;
            }
            long value = integers(executions).stream().mapToLong(IntegerCandidate::value).max().orElse(Long.MIN_VALUE);
            if (most == null || value > mostValue) {
                most = executions.get();
                mostValue = value;
            }
        }
        return Optional.ofNullable(most);
    }

}
