package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The normalised view of one template that rules read: its resources by logical id, its functions with
 * their event sources and provisioned concurrency, and value resolution for parameters, conditions
 * and mappings. Built once per template in one pass over the resources; every lookup afterwards goes
 * through an index, so no rule needs to scan all resources for each function.
 */
public final class TemplateModel {
    private static final String ALIAS = "AWS::Lambda::Alias";
    private static final String VERSION = "AWS::Lambda::Version";
    private static final String PERMISSION = "AWS::Lambda::Permission";
    private static final String LAYER = "AWS::Lambda::LayerVersion";
    private static final String SAM_LAYER = "AWS::Serverless::LayerVersion";

    private final Template template;
    private final Map<String, Resource> resources;
    private final Map<String, String> functionIdByName;
    private final ValueResolver resolver;
    private final List<FunctionView> functions;
    private final Map<String, FunctionView> functionsById;
    private Map<String, List<Value>> policyDocumentsByRole;
    private Set<String> edgeFunctions;
    private Map<String, List<Resource>> eventInvokeConfigsByFunction;
    private LogGroupIndex logGroups;

    private TemplateModel(Template template) {
        this.template = template;
        Value root = new Value(template.root(), "");
        this.resolver = new ValueResolver(root);
        this.resources = readResources(root);
        this.functionIdByName = functionNames();

        Map<String, List<EventSource>> sources = new HashMap<>();
        Map<String, List<ProvisionedConcurrency>> provisioned = new HashMap<>();
        List<Resource> permissions = new ArrayList<>();
        for (Resource r : resources.values()) {
            if (r.is(PERMISSION)) {
                permissions.add(r);
            } else {
                collectSources(r, sources);
            }
            collectProvisioned(r, provisioned);
        }
        // Permissions only after every trigger is known, whatever their place in the file: S3 wants
        // the permission before the bucket notification, and CDK writes an SNS permission before
        // its subscription, but a trigger and its permission are one source.
        for (Resource p : permissions) {
            collectPermissionSource(p, sources);
        }
        List<FunctionView> fns = new ArrayList<>();
        Map<String, FunctionView> byId = new LinkedHashMap<>();
        for (Resource r : resources.values()) {
            if (isFunctionType(r.type())) {
                FunctionView f = new FunctionView(r,
                        sources.getOrDefault(r.logicalId(), List.of()),
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
        return FunctionView.PLAIN_TYPE.equals(type) || FunctionView.SAM_TYPE.equals(type);
    }

    public Template template() {
        return template;
    }

    public List<FunctionView> functions() {
        return functions;
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
        return resources.values();
    }

    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    /** The concrete values {@code value} can take (see {@link ValueResolver}); empty when unknowable. */
    public List<Value> candidates(Value value) {
        return resolver.candidates(value);
    }

    public List<Value> candidates(Optional<Value> value) {
        return value.map(resolver::candidates).orElse(List.of());
    }

    /**
     * Where {@code value} leaves its property unset ({@code Ref: AWS::NoValue}, itself or as an
     * {@code Fn::If} branch): for rules about a property that is missing, a branch like a missing key.
     */
    public List<Value> noValueBranches(Optional<Value> value) {
        return value.map(resolver::noValueBranches).orElse(List.of());
    }

    /** The whole-number candidates of {@code value}; candidates that are not numbers are left out. */
    public List<IntegerCandidate> integers(Optional<Value> value) {
        List<IntegerCandidate> out = new ArrayList<>();
        for (Value v : candidates(value)) {
            OptionalLong n = v.integer();
            if (n.isPresent()) {
                out.add(new IntegerCandidate(n.getAsLong(), v));
            }
        }
        return out;
    }

    /**
     * As {@link #integers(Optional)}, each with the conditions under which the property takes it, for
     * rules that compare two properties: values that need opposite conditions never meet in a deployment.
     */
    public List<IntegerCandidate> conditionalIntegers(Optional<Value> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<IntegerCandidate> out = new ArrayList<>();
        for (ValueResolver.Conditional c : resolver.conditionalCandidates(value.get())) {
            OptionalLong n = c.value().integer();
            if (n.isPresent()) {
                out.add(new IntegerCandidate(n.getAsLong(), c.value(), c.when()));
            }
        }
        return out;
    }

    /**
     * The whole-number candidates of {@code field} inside {@code value}, where {@code value} itself may
     * be an intrinsic: {@code EphemeralStorage: !If [IsProd, {Size: 4096}, !Ref AWS::NoValue]} gives the
     * 4096 of the first branch, which {@code integers(value.get(field))} cannot see.
     */
    public List<IntegerCandidate> integers(Optional<Value> value, String field) {
        List<IntegerCandidate> out = new ArrayList<>();
        for (Value v : candidates(value)) {
            out.addAll(integers(v.get(field)));
        }
        return out;
    }

    /**
     * The conditions that hold wherever {@code value} is written: its resource's {@code Condition} and the
     * {@code Fn::If} branches around it (for the {@code AWS::NoValue} branches of {@link #noValueBranches}).
     */
    public Map<String, Boolean> conditionsAt(Value value) {
        return resolver.conditionsAbove(value.pointer());
    }

    /** The string candidates of {@code value}. */
    public List<StringCandidate> strings(Optional<Value> value) {
        List<StringCandidate> out = new ArrayList<>();
        for (Value v : candidates(value)) {
            if (v.node().isTextual()) {
                out.add(new StringCandidate(v.node().asText(), v));
            }
        }
        return out;
    }

    /** Logical ids (or parameter names) that {@code node} names through Ref, GetAtt or Sub. */
    public Set<String> references(JsonNode node) {
        Set<String> ids = new LinkedHashSet<>();
        Intrinsics.forEachReference(node, ids::add);
        return ids;
    }

    /**
     * The functions of this template that {@code node} designates: through a Ref or GetAtt of the
     * function, of one of its aliases or versions, or by its literal name or ARN.
     */
    public Set<String> functionsReferencedBy(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : references(node)) {
            Resource r = resources.get(id);
            if (r == null) {
                continue;
            }
            if (isFunctionType(r.type())) {
                out.add(id);
            } else if (r.is(ALIAS) || r.is(VERSION)) {
                r.property("FunctionName").ifPresent(fn -> references(fn.node()).stream()
                        .filter(x -> resources.containsKey(x) && isFunctionType(resources.get(x).type()))
                        .forEach(out::add));
            }
        }
        collectLiteralFunctionNames(node, out, 0);
        return out;
    }

    /**
     * Policy documents that apply to the role {@code roleId}: its inline {@code Policies}, and
     * {@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy} or {@code AWS::IAM::RolePolicy}
     * resources of this template attached to it.
     */
    public List<Value> policyDocumentsOf(String roleId) {
        if (policyDocumentsByRole == null) {
            policyDocumentsByRole = indexPolicyDocuments();
        }
        return policyDocumentsByRole.getOrDefault(roleId, List.of());
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
        return new ApiIntegrations(this).timeouts(source);
    }

    private Map<String, List<Value>> indexPolicyDocuments() {
        Map<String, List<Value>> byRole = new HashMap<>();
        for (Resource r : resources.values()) {
            switch (r.type()) {
                case "AWS::IAM::Role" -> r.property("Policies").ifPresent(list -> list.items().forEach(p ->
                        p.get("PolicyDocument").ifPresent(doc ->
                                byRole.computeIfAbsent(r.logicalId(), k -> new ArrayList<>()).add(doc))));
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy" -> {
                    Optional<Value> doc = r.property("PolicyDocument");
                    if (doc.isEmpty()) {
                        continue;
                    }
                    Set<String> roles = new LinkedHashSet<>();
                    r.property("Roles").ifPresent(v -> roles.addAll(references(v.node())));
                    r.property("RoleName").ifPresent(v -> roles.addAll(references(v.node())));
                    for (String role : roles) {
                        byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(doc.get());
                    }
                }
                default -> {
                    // not a policy
                }
            }
        }
        // A customer managed policy attached through the role's ManagedPolicyArns: !Ref Policy
        for (Resource r : resources.values()) {
            if (!r.is("AWS::IAM::Role")) {
                continue;
            }
            r.property("ManagedPolicyArns").ifPresent(arns -> {
                for (String id : references(arns.node())) {
                    Resource policy = resources.get(id);
                    if (policy != null && policy.is("AWS::IAM::ManagedPolicy")) {
                        policy.property("PolicyDocument").ifPresent(doc ->
                                byRole.computeIfAbsent(r.logicalId(), k -> new ArrayList<>()).add(doc));
                    }
                }
            });
        }
        return byRole;
    }

    /**
     * {@code Fn::ForEach::Name: [Identifier, Collection, {"${Identifier}Fn": {...}}]} under {@code Resources}
     * (the {@code AWS::LanguageExtensions} transform) is a loop that writes resources, not a resource. The
     * loader expands the loops whose collection it can know; one still here iterates over something known
     * only at deploy time, so it is left out of the model rather than reported as a malformed resource.
     */
    private static final String FOR_EACH_PREFIX = "Fn::ForEach::";

    /**
     * {@code Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://...}}} under {@code Resources}
     * pulls in resources from a snippet stored elsewhere when the stack is deployed: not a resource either.
     */
    private static final String TRANSFORM = "Fn::Transform";

    private static Map<String, Resource> readResources(Value root) {
        Map<String, Resource> out = new LinkedHashMap<>();
        root.get("Resources").ifPresent(resources -> {
            for (Map.Entry<String, Value> e : resources.fields()) {
                if (e.getKey().startsWith(FOR_EACH_PREFIX) || e.getKey().equals(TRANSFORM)) {
                    continue;
                }
                Value decl = e.getValue();
                String type = decl.get("Type").flatMap(Value::text).orElse("");
                out.put(e.getKey(), new Resource(e.getKey(), type, decl));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private Map<String, String> functionNames() {
        Map<String, String> out = new HashMap<>();
        for (Resource r : resources.values()) {
            if (isFunctionType(r.type())) {
                r.property("FunctionName").flatMap(Value::text).ifPresent(name -> out.put(name, r.logicalId()));
            }
        }
        return out;
    }

    private void collectLiteralFunctionNames(JsonNode node, Set<String> out, int depth) {
        if (functionIdByName.isEmpty() || depth > 50) {
            return;
        }
        if (node.isTextual()) {
            String text = node.asText();
            String id = functionIdByName.get(text);
            int marker = text.indexOf(":function:");
            if (id == null && marker >= 0) {
                String rest = text.substring(marker + ":function:".length());
                int colon = rest.indexOf(':');
                id = functionIdByName.get(colon >= 0 ? rest.substring(0, colon) : rest);
            }
            if (id != null) {
                out.add(id);
            }
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                collectLiteralFunctionNames(child, out, depth + 1);
            }
        }
    }

    private void collectSources(Resource r, Map<String, List<EventSource>> sources) {
        switch (r.type()) {
            case FunctionView.SAM_TYPE -> r.property("Events").ifPresent(events -> {
                for (Map.Entry<String, Value> e : events.fields()) {
                    Value event = e.getValue();
                    String type = event.get("Type").flatMap(Value::text).orElse("");
                    EventSourceKind kind = EventSourceKind.fromSamEventType(type).orElse(EventSourceKind.OTHER);
                    Optional<Value> settings = event.get("Properties").filter(Value::isMapping);
                    Optional<String> target = settings.flatMap(s -> samEventTarget(kind, s));
                    add(sources, r.logicalId(), new EventSource(kind, r.logicalId(), event, settings, target));
                }
            });
            case "AWS::Lambda::EventSourceMapping" -> r.property("FunctionName").ifPresent(fn -> {
                Optional<Value> settings = r.properties();
                Optional<Value> arn = r.property("EventSourceArn");
                EventSourceKind kind = mappingKind(r, arn);
                Optional<String> target = arn.flatMap(this::arnTarget);
                for (String f : functionsReferencedBy(fn.node())) {
                    add(sources, f, new EventSource(kind, r.logicalId(), r.declaration(), settings, target));
                }
            });
            case "AWS::S3::Bucket" -> r.property("NotificationConfiguration")
                    .flatMap(n -> n.get("LambdaConfigurations"))
                    .ifPresent(list -> list.items().forEach(item -> item.get("Function").ifPresent(fn ->
                            addForEach(sources, fn, EventSourceKind.S3, r, item))));
            case "Custom::S3BucketNotifications" -> r.property("NotificationConfiguration")
                    .flatMap(n -> n.get("LambdaFunctionConfigurations"))
                    .ifPresent(list -> list.items().forEach(item -> item.get("LambdaFunctionArn").ifPresent(fn ->
                            addForEach(sources, fn, EventSourceKind.S3, r, item))));
            case "AWS::SNS::Subscription" -> {
                boolean lambda = r.property("Protocol").flatMap(Value::text).filter("lambda"::equalsIgnoreCase).isPresent();
                if (lambda) {
                    r.property("Endpoint").ifPresent(fn -> addForEach(sources, fn, EventSourceKind.SNS, r, r.declaration()));
                }
            }
            case "AWS::SNS::Topic" -> r.property("Subscription").ifPresent(list -> list.items().forEach(item -> {
                boolean lambda = item.get("Protocol").flatMap(Value::text).filter("lambda"::equalsIgnoreCase).isPresent();
                if (lambda) {
                    item.get("Endpoint").ifPresent(fn -> addForEach(sources, fn, EventSourceKind.SNS, r, item));
                }
            }));
            case "AWS::Events::Rule" -> {
                EventSourceKind kind = r.property("ScheduleExpression").isPresent()
                        ? EventSourceKind.SCHEDULE
                        : EventSourceKind.EVENTBRIDGE;
                r.property("Targets").ifPresent(list -> list.items().forEach(item ->
                        item.get("Arn").ifPresent(fn -> addForEach(sources, fn, kind, r, item))));
            }
            case "AWS::Scheduler::Schedule" -> r.property("Target").flatMap(t -> t.get("Arn")).ifPresent(fn ->
                    addForEach(sources, fn, EventSourceKind.SCHEDULE, r, r.declaration()));
            case "AWS::ApiGateway::Method" -> r.property("Integration").flatMap(i -> i.get("Uri")).ifPresent(uri ->
                    addForEach(sources, uri, EventSourceKind.API, r, r.declaration()));
            case "AWS::ApiGatewayV2::Integration" -> r.property("IntegrationUri").ifPresent(uri ->
                    addForEach(sources, uri, EventSourceKind.HTTP_API, r, r.declaration()));
            case "AWS::Logs::SubscriptionFilter" -> r.property("DestinationArn").ifPresent(fn ->
                    addForEach(sources, fn, EventSourceKind.CLOUDWATCH_LOGS, r, r.declaration()));
            default -> {
                // not an event source
            }
        }
    }

    /**
     * A permission for a service principal says that service invokes the function, even when the
     * trigger itself is configured elsewhere (another stack, a CDK custom resource). It only adds a
     * source when the function has none of that kind yet, so that a bucket notification and its
     * permission count once.
     */
    private void collectPermissionSource(Resource r, Map<String, List<EventSource>> sources) {
        Optional<String> principal = r.property("Principal").flatMap(Value::text);
        if (principal.isEmpty()) {
            return;
        }
        EventSourceKind kind = switch (principal.get()) {
            case "s3.amazonaws.com" -> EventSourceKind.S3;
            case "sns.amazonaws.com" -> EventSourceKind.SNS;
            case "events.amazonaws.com" -> EventSourceKind.EVENTBRIDGE;
            case "scheduler.amazonaws.com" -> EventSourceKind.SCHEDULE;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        r.property("FunctionName").ifPresent(fn -> {
            for (String f : functionsReferencedBy(fn.node())) {
                List<EventSource> existing = sources.getOrDefault(f, List.of());
                boolean already = existing.stream().anyMatch(s -> s.kind() == kind
                        || (kind == EventSourceKind.EVENTBRIDGE && s.kind() == EventSourceKind.SCHEDULE));
                if (!already) {
                    add(sources, f, new EventSource(kind, r.logicalId(), r.declaration(), Optional.empty(), Optional.empty()));
                }
            }
        });
    }

    private void collectProvisioned(Resource r, Map<String, List<ProvisionedConcurrency>> out) {
        if (!r.is(FunctionView.SAM_TYPE) && !r.is(ALIAS) && !r.is(VERSION)) {
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

    private void addForEach(Map<String, List<EventSource>> sources, Value functionRef, EventSourceKind kind,
                            Resource declaredBy, Value declaration) {
        for (String f : functionsReferencedBy(functionRef.node())) {
            add(sources, f, new EventSource(kind, declaredBy.logicalId(), declaration, Optional.empty(), Optional.empty()));
        }
    }

    private static void add(Map<String, List<EventSource>> sources, String functionId, EventSource source) {
        sources.computeIfAbsent(functionId, k -> new ArrayList<>()).add(source);
    }

    private Optional<String> samEventTarget(EventSourceKind kind, Value settings) {
        String property = switch (kind) {
            case SQS -> "Queue";
            case KINESIS, DYNAMODB -> "Stream";
            case S3 -> "Bucket";
            case SNS -> "Topic";
            default -> null;
        };
        if (property == null) {
            return Optional.empty();
        }
        return settings.get(property).flatMap(v -> references(v.node()).stream()
                .filter(resources::containsKey)
                .findFirst());
    }

    private Optional<String> arnTarget(Value arn) {
        return references(arn.node()).stream().filter(resources::containsKey).findFirst();
    }

    /** What an event source mapping reads from, judged by the resource or ARN it names. */
    private EventSourceKind mappingKind(Resource mapping, Optional<Value> arn) {
        if (mapping.property("SelfManagedEventSource").isPresent()) {
            return EventSourceKind.KAFKA;
        }
        if (mapping.property("DocumentDBEventSourceConfig").isPresent()) {
            return EventSourceKind.DOCUMENTDB;
        }
        if (mapping.property("AmazonManagedKafkaEventSourceConfig").isPresent()) {
            return EventSourceKind.MSK;
        }
        if (mapping.property("Queues").isPresent()) {
            return EventSourceKind.MQ;
        }
        if (arn.isPresent()) {
            for (String id : references(arn.get().node())) {
                Resource target = resources.get(id);
                if (target != null) {
                    EventSourceKind byType = kindOfResourceType(target.type());
                    if (byType != null) {
                        return byType;
                    }
                }
            }
            String text = arnText(arn.get());
            EventSourceKind byArn = kindOfArnText(text);
            if (byArn != null) {
                return byArn;
            }
        }
        // Only SQS mappings take ScalingConfig; only stream mappings take StartingPosition.
        if (mapping.property("ScalingConfig").isPresent()) {
            return EventSourceKind.SQS;
        }
        return EventSourceKind.OTHER;
    }

    private String arnText(Value arn) {
        StringBuilder sb = new StringBuilder();
        for (Value v : candidates(arn)) {
            v.text().ifPresent(t -> sb.append(t).append(' '));
        }
        JsonNode node = arn.node();
        String fn = Intrinsics.functionName(node);
        if ("Fn::Sub".equals(fn)) {
            JsonNode arg = node.get(fn);
            JsonNode text = arg.isArray() && arg.size() > 0 ? arg.get(0) : arg;
            sb.append(SubTemplate.literalParts(text.asText()));
        } else if ("Fn::Join".equals(fn)) {
            JsonNode arg = node.get(fn);
            if (arg.isArray() && arg.size() == 2 && arg.get(1).isArray()) {
                String sep = arg.get(0).asText();
                for (JsonNode part : arg.get(1)) {
                    sb.append(part.isTextual() ? part.asText() : "\u0000").append(sep);
                }
            }
        }
        return sb.toString();
    }

    private static EventSourceKind kindOfResourceType(String type) {
        return switch (type) {
            case "AWS::SQS::Queue" -> EventSourceKind.SQS;
            case "AWS::Kinesis::Stream", "AWS::Kinesis::StreamConsumer" -> EventSourceKind.KINESIS;
            case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> EventSourceKind.DYNAMODB;
            case "AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster" -> EventSourceKind.MSK;
            case "AWS::AmazonMQ::Broker" -> EventSourceKind.MQ;
            case "AWS::DocDB::DBCluster" -> EventSourceKind.DOCUMENTDB;
            default -> null;
        };
    }

    private static EventSourceKind kindOfArnText(String text) {
        if (text.contains(":sqs:")) {
            return EventSourceKind.SQS;
        }
        if (text.contains(":kinesis:")) {
            return EventSourceKind.KINESIS;
        }
        if (text.contains(":dynamodb:")) {
            return EventSourceKind.DYNAMODB;
        }
        if (text.contains(":kafka:")) {
            return EventSourceKind.MSK;
        }
        if (text.contains(":mq:")) {
            return EventSourceKind.MQ;
        }
        return null;
    }
}
