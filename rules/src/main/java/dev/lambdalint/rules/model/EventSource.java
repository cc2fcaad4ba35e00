package dev.lambdalint.rules.model;

import java.util.List;
import java.util.Optional;

/**
 * Something that invokes a function: a SAM event, an event source mapping, an S3 notification, an SNS
 * subscription, a rule target, or a permission that lets a service invoke it.
 *
 * @param declaredBy logical id of the resource that declares the source (the function itself for SAM events)
 * @param declaration where the source is written (the SAM event, or the declaring resource)
 * @param settings the source's own properties (SAM event {@code Properties}, mapping {@code Properties})
 * @param target logical id of the queue, stream or bucket in this template, when it can be known
 */
public record EventSource(
        EventSourceKind kind,
        String declaredBy,
        Value declaration,
        Optional<Value> settings,
        Optional<String> target) {

    public Optional<Value> setting(String name) {
        return settings.flatMap(s -> s.get(name));
    }

    /** {@code ScalingConfig.MaximumConcurrency} of an SQS source. */
    public Optional<Value> maximumConcurrency() {
        return setting("ScalingConfig").flatMap(s -> s.get("MaximumConcurrency"));
    }

    /** A short description for messages, such as {@code SQS event "Orders"}. */
    public String describe() {
        String kindName = switch (kind) {
            case HTTP_API -> "HTTP API";
            case EVENTBRIDGE -> "EventBridge";
            case SCHEDULE -> "schedule";
            case DYNAMODB -> "DynamoDB stream";
            case KINESIS -> "Kinesis stream";
            case STREAM -> "stream";
            case CLOUDWATCH_LOGS -> "CloudWatch Logs";
            case FUNCTION_DESTINATION -> "function destination";
            case CONFIG_RULE -> "AWS Config rule";
            default -> kind.name();
        };
        List<String> segments = Pointers.segments(declaration.pointer());
        String name = segments.get(segments.size() - 1);
        // An item of a list (a bucket's LambdaConfigurations, a topic's Subscription): name its resource.
        if (!name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit)) {
            name = declaredBy + " #" + (Integer.parseInt(name) + 1);
        }
        return kindName + " source " + name;
    }
}
