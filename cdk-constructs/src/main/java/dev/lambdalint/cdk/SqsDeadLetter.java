package dev.lambdalint.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.sqs.CfnQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.IConstruct;

/**
 * Gives a queue that feeds a hardened function a dead-letter queue: without a redrive policy, a message
 * the function always fails on is received again and again until the queue's retention drops it, and
 * the batches around it are retried with it.
 */
final class SqsDeadLetter {
    private SqsDeadLetter() {}

    static void ensure(IConstruct function, IQueue queue, SqsSourceOptions options) {
        String queuePath = queue.getNode().getPath();
        if (options.withoutDeadLetterQueue().isPresent()) {
            String reason = options.withoutDeadLetterQueue().get();
            if (reason.isBlank() || options.deadLetterQueue().isPresent()) {
                throw new IllegalArgumentException("SQS source " + queuePath + " of " + function.getNode().getPath()
                        + ": withoutDeadLetterQueue needs a reason and excludes deadLetterQueue(...)");
            }
            Annotations.of(queue).addInfo("No dead-letter queue for this source of " + function.getNode().getPath() + ": " + reason.trim());
            return;
        }
        if (options.maxReceiveCount() < 1) {
            throw new IllegalArgumentException("SQS source " + queuePath + ": maxReceiveCount must be 1 or more, not " + options.maxReceiveCount());
        }
        Optional<CfnQueue> owned = SuppressionMetadata.resourceOf(queue)
                .filter(CfnQueue.class::isInstance)
                .map(CfnQueue.class::cast);
        if (owned.isEmpty() || owned.get().getRedrivePolicy() != null) {
            // A queue of another app is that app's to configure; a redrive policy already set is the team's choice.
            return;
        }
        IQueue target = options.deadLetterQueue().orElseGet(() -> {
            Queue created = Queue.Builder.create((software.constructs.Construct) queue.getNode().getScope(), queue.getNode().getId() + "DeadLetterQueue")
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .build();
            denyInsecureTransport(created);
            return created;
        });
        // In a fixed order: Map.of's order changes from run to run, and with it the template's hash.
        Map<String, Object> redrive = new LinkedHashMap<>();
        redrive.put("deadLetterTargetArn", target.getQueueArn());
        redrive.put("maxReceiveCount", options.maxReceiveCount());
        owned.get().setRedrivePolicy(redrive);
    }

    /** Refuses plain-HTTP access to a queue that holds failed events (cdk-nag AwsSolutions-SQS4). */
    static void denyInsecureTransport(IQueue queue) {
        queue.addToResourcePolicy(PolicyStatement.Builder.create()
                .effect(Effect.DENY)
                .principals(List.of(new AnyPrincipal()))
                .actions(List.of("sqs:*"))
                .resources(List.of(queue.getQueueArn()))
                .conditions(Map.of("Bool", Map.of("aws:SecureTransport", "false")))
                .build());
    }
}
