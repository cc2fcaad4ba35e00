package dev.lambdalint.cdk;

import dev.lambdalint.rules.catalog.timeouts.SqsVisibilityBelowRecommended;
import dev.lambdalint.rules.policy.LambdaLimits;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.sqs.CfnQueue;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * Makes a queue's visibility timeout long enough for the function that reads it. Lambda's guidance is
 * six times the function timeout plus the batching window: shorter, and a message still being
 * processed becomes visible again and is handled twice; below the function timeout,
 * CreateEventSourceMapping fails.
 */
final class QueueVisibility {
    /** The longest visibility timeout SQS accepts (12 hours). */
    static final long SQS_MAX_SECONDS = 43_200;

    private QueueVisibility() {}

    static void ensureAtLeast(IQueue queue, long requiredSeconds, Optional<Duration> declared, String functionPath,
                              LambdaLimits limits) {
        String queuePath = queue.getNode().getPath();
        if (requiredSeconds > SQS_MAX_SECONDS) {
            throw refusal(limits, functionPath, queuePath, requiredSeconds,
                    "more than the " + SQS_MAX_SECONDS + " s SQS allows: shorten the function timeout or the batching window");
        }
        Optional<CfnQueue> owned = SuppressionMetadata.resourceOf(queue)
                .filter(CfnQueue.class::isInstance)
                .map(CfnQueue.class::cast);
        if (owned.isPresent()) {
            Number current = owned.get().getVisibilityTimeout();
            if (current != null && Token.isUnresolved(current)) {
                throw refusal(limits, functionPath, queuePath, requiredSeconds,
                        "its VisibilityTimeout is only known at deploy time: set a literal value");
            }
            long seconds = current == null ? limits.sqsVisibilityTimeoutDefaultSeconds() : current.longValue();
            if (seconds < requiredSeconds) {
                owned.get().setVisibilityTimeout(requiredSeconds);
            }
            return;
        }
        if (declared.isEmpty()) {
            throw refusal(limits, functionPath, queuePath, requiredSeconds,
                    "the queue is not defined in this app, so its visibility timeout can be neither read nor set: "
                            + "pass importedQueueVisibilityTimeout(...) with the value it has");
        }
        long seconds = Durations.wholeSeconds(declared.get(), "importedQueueVisibilityTimeout");
        if (seconds < requiredSeconds) {
            throw refusal(limits, functionPath, queuePath, requiredSeconds,
                    "its visibility timeout is " + seconds + " s: raise it where the queue is defined");
        }
    }

    private static HardeningException refusal(LambdaLimits limits, String functionPath, String queuePath, long required, String why) {
        return RuleText.refusal(SqsVisibilityBelowRecommended.class,
                "Function %s cannot read queue %s: it needs a visibility timeout of at least %d s "
                        + "(%d x the function timeout + the batching window), but %s",
                functionPath, queuePath, required, limits.sqsVisibilityTimeoutFactor(), why);
    }
}
