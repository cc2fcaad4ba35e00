package dev.lambdalint.rules.model;

/**
 * A log group of the template: an {@code AWS::Logs::LogGroup}, or the {@code Custom::LogRetention} resource
 * the CDK writes for a function's {@code logRetention}.
 *
 * @param hasRetention whether it sets {@code RetentionInDays}; without it CloudWatch keeps the logs forever
 */
public record LogGroup(Resource resource, boolean hasRetention) {
    public String logicalId() {
        return resource.logicalId();
    }
}
