package dev.lambdalint.rules.model;

import java.util.Optional;

/** What invokes a function, and how. */
public enum EventSourceKind {
    SQS(true, false),
    KINESIS(true, false),
    DYNAMODB(true, false),
    /** A Kinesis or DynamoDB stream known only by the mapping's shape (its ARN is a parameter). */
    STREAM(true, false),
    S3(true, true),
    SNS(true, true),
    EVENTBRIDGE(false, true),
    SCHEDULE(false, true),
    API(false, false),
    HTTP_API(false, false),
    MSK(false, false),
    KAFKA(false, false),
    MQ(false, false),
    DOCUMENTDB(false, false),
    CLOUDWATCH_LOGS(false, true),
    IOT(false, true),
    /** Another function's {@code OnSuccess}/{@code OnFailure} destination: Lambda invokes it asynchronously. */
    FUNCTION_DESTINATION(false, true),
    /** An AWS Config custom rule ({@code CUSTOM_LAMBDA}): Config invokes its function asynchronously. */
    CONFIG_RULE(false, true),
    OTHER(false, false);

    private final boolean bulk;
    private final boolean asynchronous;

    EventSourceKind(boolean bulk, boolean asynchronous) {
        this.bulk = bulk;
        this.asynchronous = asynchronous;
    }

    /** Sources that can deliver a sudden flood of events (a bulk S3 upload, a queue backlog, a stream). */
    public boolean bulk() {
        return bulk;
    }

    /** Sources that invoke the function asynchronously (the event is queued by Lambda and retried). */
    public boolean asynchronous() {
        return asynchronous;
    }

    /** A Kinesis or DynamoDB stream: at most one batch per shard times {@code ParallelizationFactor} at once. */
    public boolean stream() {
        return this == KINESIS || this == DYNAMODB || this == STREAM;
    }

    /** The kind of a SAM event {@code Type}. */
    public static Optional<EventSourceKind> fromSamEventType(String type) {
        return Optional.ofNullable(switch (type) {
            case "SQS" -> SQS;
            case "Kinesis" -> KINESIS;
            case "DynamoDB" -> DYNAMODB;
            case "S3" -> S3;
            case "SNS" -> SNS;
            case "EventBridgeRule", "CloudWatchEvent" -> EVENTBRIDGE;
            case "Schedule", "ScheduleV2" -> SCHEDULE;
            case "Api" -> API;
            case "HttpApi" -> HTTP_API;
            case "MSK" -> MSK;
            case "SelfManagedKafka" -> KAFKA;
            case "MQ" -> MQ;
            case "DocumentDB" -> DOCUMENTDB;
            case "CloudWatchLogs" -> CLOUDWATCH_LOGS;
            case "IoTRule" -> IOT;
            case "AlexaSkill", "Cognito" -> OTHER;
            default -> null;
        });
    }
}
