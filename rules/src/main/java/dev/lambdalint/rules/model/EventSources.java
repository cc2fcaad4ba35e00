package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What invokes each function of one template: SAM {@code Events}, event source mappings, bucket
 * notifications, SNS subscriptions, EventBridge rules and schedules, API Gateway integrations, log
 * subscriptions, and the service permissions that stand for a trigger configured elsewhere. Found in one
 * pass over the resources (and one over the permissions), while the model is built.
 */
final class EventSources {
    private static final String PERMISSION = "AWS::Lambda::Permission";

    private final TemplateIndex model;
    private final Map<String, List<EventSource>> sources = new HashMap<>();

    /** {@code model} needs its resources and value resolution ready; its functions are not built yet. */
    EventSources(TemplateIndex model) {
        this.model = model;
        List<Resource> permissions = new ArrayList<>();
        List<Resource> apis = new ArrayList<>();
        for (Resource r : model.resources()) {
            if (r.is(PERMISSION)) {
                permissions.add(r);
            } else {
                collectSources(r);
                if (OpenApiIntegrations.declares(r)) {
                    apis.add(r);
                }
            }
        }
        // After the SAM events, so that an integration SAM writes for an event is not counted twice.
        for (Resource api : apis) {
            collectOpenApiSources(api);
        }
        // Permissions only after every trigger is known, whatever their place in the file: S3 wants
        // the permission before the bucket notification, and CDK writes an SNS permission before
        // its subscription, but a trigger and its permission are one source.
        for (Resource p : permissions) {
            collectPermissionSource(p);
        }
    }

    /** The sources of the function {@code functionId}: its triggers in template order, then its permissions. */
    List<EventSource> of(String functionId) {
        return sources.getOrDefault(functionId, List.of());
    }

    private void collectSources(Resource r) {
        switch (r.type()) {
            case FunctionView.SAM_TYPE -> {
                collectSamEvents(r);
                collectDestinations(r, r.property("EventInvokeConfig").flatMap(c -> c.get("DestinationConfig")));
            }
            case "AWS::Lambda::EventSourceMapping" -> r.property("FunctionName").ifPresent(fn -> {
                Optional<Value> settings = r.properties();
                Optional<Value> arn = r.property("EventSourceArn");
                EventSourceKind kind = mappingKind(r, arn);
                Optional<String> target = arn.flatMap(this::arnTarget);
                for (String f : model.functionsReferencedBy(fn.node())) {
                    add(f, new EventSource(kind, r.logicalId(), r.declaration(), settings, target));
                }
            });
            case "AWS::S3::Bucket" -> r.property("NotificationConfiguration")
                    .flatMap(n -> n.get("LambdaConfigurations"))
                    .ifPresent(list -> list.items().forEach(item -> item.get("Function").ifPresent(fn ->
                            addForEach(fn, EventSourceKind.S3, r, item))));
            case "Custom::S3BucketNotifications" -> r.property("NotificationConfiguration")
                    .flatMap(n -> n.get("LambdaFunctionConfigurations"))
                    .ifPresent(list -> list.items().forEach(item -> item.get("LambdaFunctionArn").ifPresent(fn ->
                            addForEach(fn, EventSourceKind.S3, r, item))));
            case "AWS::SNS::Subscription" -> {
                boolean lambda = r.property("Protocol").flatMap(Value::text).filter("lambda"::equalsIgnoreCase).isPresent();
                if (lambda) {
                    r.property("Endpoint").ifPresent(fn -> addForEach(fn, EventSourceKind.SNS, r, r.declaration()));
                }
            }
            case "AWS::SNS::Topic" -> r.property("Subscription").ifPresent(list -> list.items().forEach(item -> {
                boolean lambda = item.get("Protocol").flatMap(Value::text).filter("lambda"::equalsIgnoreCase).isPresent();
                if (lambda) {
                    item.get("Endpoint").ifPresent(fn -> addForEach(fn, EventSourceKind.SNS, r, item));
                }
            }));
            case "AWS::Events::Rule" -> {
                EventSourceKind kind = r.property("ScheduleExpression").isPresent()
                        ? EventSourceKind.SCHEDULE
                        : EventSourceKind.EVENTBRIDGE;
                r.property("Targets").ifPresent(list -> list.items().forEach(item ->
                        item.get("Arn").ifPresent(fn -> addForEach(fn, kind, r, item))));
            }
            case "AWS::Scheduler::Schedule" -> r.property("Target").flatMap(t -> t.get("Arn")).ifPresent(fn ->
                    addForEach(fn, EventSourceKind.SCHEDULE, r, r.declaration()));
            case "AWS::ApiGateway::Method" -> r.property("Integration").flatMap(i -> i.get("Uri")).ifPresent(uri ->
                    addForEach(uri, EventSourceKind.API, r, r.declaration()));
            case "AWS::ApiGatewayV2::Integration" -> r.property("IntegrationUri").ifPresent(uri ->
                    addForEach(uri, EventSourceKind.HTTP_API, r, r.declaration()));
            case "AWS::Logs::SubscriptionFilter" -> r.property("DestinationArn").ifPresent(fn ->
                    addForEach(fn, EventSourceKind.CLOUDWATCH_LOGS, r, r.declaration()));
            case "AWS::Lambda::EventInvokeConfig" -> collectDestinations(r, r.property("DestinationConfig"));
            case "AWS::Config::ConfigRule" -> r.property("Source").ifPresent(source -> {
                boolean custom = source.get("Owner").flatMap(Value::text).filter("CUSTOM_LAMBDA"::equals).isPresent();
                if (custom) {
                    source.get("SourceIdentifier").ifPresent(fn -> addForEach(fn, EventSourceKind.CONFIG_RULE, r, r.declaration()));
                }
            });
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
    private void collectPermissionSource(Resource r) {
        Optional<String> principal = r.property("Principal").flatMap(Value::text);
        if (principal.isEmpty()) {
            return;
        }
        EventSourceKind kind = switch (principal.get()) {
            case "s3.amazonaws.com" -> EventSourceKind.S3;
            case "sns.amazonaws.com" -> EventSourceKind.SNS;
            case "events.amazonaws.com" -> EventSourceKind.EVENTBRIDGE;
            case "scheduler.amazonaws.com" -> EventSourceKind.SCHEDULE;
            case "logs.amazonaws.com" -> EventSourceKind.CLOUDWATCH_LOGS;
            case "config.amazonaws.com" -> EventSourceKind.CONFIG_RULE;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        r.property("FunctionName").ifPresent(fn -> {
            for (String f : model.functionsReferencedBy(fn.node())) {
                List<EventSource> existing = sources.getOrDefault(f, List.of());
                boolean already = existing.stream().anyMatch(s -> s.kind() == kind
                        || (kind == EventSourceKind.EVENTBRIDGE && s.kind() == EventSourceKind.SCHEDULE));
                if (!already) {
                    add(f, new EventSource(kind, r.logicalId(), r.declaration(), Optional.empty(), Optional.empty()));
                }
            }
        });
    }

    private void collectSamEvents(Resource r) {
        r.property("Events").ifPresent(events -> {
            for (Map.Entry<String, Value> e : events.fields()) {
                Value event = e.getValue();
                String type = event.get("Type").flatMap(Value::text).orElse("");
                EventSourceKind kind = EventSourceKind.fromSamEventType(type).orElse(EventSourceKind.OTHER);
                Optional<Value> settings = event.get("Properties").filter(Value::isMapping);
                Optional<String> target = settings.flatMap(s -> samEventTarget(kind, s));
                add(r.logicalId(), new EventSource(kind, r.logicalId(), event, settings, target));
            }
        });
    }

    /**
     * {@code DestinationConfig.OnSuccess/OnFailure.Destination} of an asynchronous invocation config: a
     * function named there is invoked asynchronously by Lambda with the result.
     */
    private void collectDestinations(Resource declaredBy, Optional<Value> destinationConfig) {
        if (destinationConfig.isEmpty()) {
            return;
        }
        for (String outcome : List.of("OnSuccess", "OnFailure")) {
            destinationConfig.get().get(outcome).ifPresent(d -> d.get("Destination").ifPresent(fn -> {
                for (String f : model.functionsReferencedBy(fn.node())) {
                    if (!f.equals(declaredBy.logicalId())) {
                        add(f, new EventSource(EventSourceKind.FUNCTION_DESTINATION, declaredBy.logicalId(), d,
                                Optional.empty(), Optional.empty()));
                    }
                }
            }));
        }
    }

    /**
     * The Lambda integrations written in an API's inline OpenAPI definition ({@code Body},
     * {@code DefinitionBody}), unless the function has a SAM event on that API: SAM writes that one.
     */
    private void collectOpenApiSources(Resource api) {
        for (OpenApiIntegrations.Integration i : OpenApiIntegrations.of(api)) {
            for (String f : model.functionsReferencedBy(i.uri().node())) {
                boolean samEvent = sources.getOrDefault(f, List.of()).stream().anyMatch(s ->
                        s.declaredBy().equals(f) && (s.kind() == EventSourceKind.API || s.kind() == EventSourceKind.HTTP_API)
                                && s.settings().map(x -> model.references(x.node()).contains(api.logicalId())).orElse(false));
                if (!samEvent) {
                    add(f, new EventSource(i.kind(), api.logicalId(), i.operation(), Optional.of(i.integration()), Optional.empty()));
                }
            }
        }
    }

    private void addForEach(Value functionRef, EventSourceKind kind, Resource declaredBy, Value declaration) {
        for (String f : model.functionsReferencedBy(functionRef.node())) {
            add(f, new EventSource(kind, declaredBy.logicalId(), declaration, Optional.empty(), Optional.empty()));
        }
    }

    private void add(String functionId, EventSource source) {
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
        return settings.get(property).flatMap(v -> model.references(v.node()).stream()
                .filter(id -> model.resource(id).isPresent())
                .findFirst());
    }

    private Optional<String> arnTarget(Value arn) {
        return model.references(arn.node()).stream().filter(id -> model.resource(id).isPresent()).findFirst();
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
            for (String id : model.references(arn.get().node())) {
                Optional<Resource> target = model.resource(id);
                if (target.isPresent()) {
                    EventSourceKind byType = kindOfResourceType(target.get().type());
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
        // Only stream and Kafka mappings take StartingPosition: without Kafka settings it is a stream.
        boolean kafka = mapping.property("Topics").isPresent() || mapping.property("SelfManagedKafkaEventSourceConfig").isPresent();
        if (mapping.property("StartingPosition").isPresent() && !kafka) {
            return EventSourceKind.STREAM;
        }
        // Only SQS mappings take ScalingConfig.
        if (mapping.property("ScalingConfig").isPresent()) {
            return EventSourceKind.SQS;
        }
        return EventSourceKind.OTHER;
    }

    private String arnText(Value arn) {
        StringBuilder sb = new StringBuilder();
        for (Value v : model.candidates(arn)) {
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
