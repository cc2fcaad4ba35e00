package dev.lambdalint.cdk;

import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * How {@link HardenedFunction#addSqsSource} reads a queue. Everything is optional: without
 * {@code maxConcurrency} the source takes what is left of the function's reserved concurrency.
 *
 * @param importedQueueVisibilityTimeout for a queue defined outside this app, its visibility timeout as
 *     the team knows it (the construct cannot read or change it); without it such a queue is refused
 * @param deadLetterQueue where a message goes after {@code maxReceiveCount} failed receives, for a queue
 *     of this app that has no redrive policy yet; by default a new queue beside it
 * @param withoutDeadLetterQueue why the queue needs no dead-letter queue, when it must not get one
 * @param maxReceiveCount receives before a message moves to the dead-letter queue
 */
public record SqsSourceOptions(
        Optional<Integer> batchSize,
        Optional<Duration> maxBatchingWindow,
        Optional<Integer> maxConcurrency,
        boolean reportBatchItemFailures,
        Optional<Duration> importedQueueVisibilityTimeout,
        Optional<IQueue> deadLetterQueue,
        Optional<String> withoutDeadLetterQueue,
        int maxReceiveCount) {

    /**
     * Lambda's guidance for a queue feeding a function: a redrive policy with maxReceiveCount of at least 5
     * (Lambda developer guide, "Using Lambda with Amazon SQS", dead-letter queues), so that a message is not
     * sent to the dead-letter queue only because the function was throttled.
     */
    public static final int DEFAULT_MAX_RECEIVE_COUNT = 5;

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Integer batchSize;
        private Duration maxBatchingWindow;
        private Integer maxConcurrency;
        private boolean reportBatchItemFailures;
        private Duration importedQueueVisibilityTimeout;
        private IQueue deadLetterQueue;
        private String withoutDeadLetterQueue;
        private int maxReceiveCount = DEFAULT_MAX_RECEIVE_COUNT;

        private Builder() {}

        /** The dead-letter queue to give the source queue (a queue of this app without a redrive policy). */
        public Builder deadLetterQueue(IQueue value) {
            this.deadLetterQueue = value;
            return this;
        }

        /** No dead-letter queue, for the reason given (recorded on the queue for reviewers). */
        public Builder withoutDeadLetterQueue(String reason) {
            this.withoutDeadLetterQueue = reason;
            return this;
        }

        /** Receives before a message moves to the dead-letter queue; by default {@link #DEFAULT_MAX_RECEIVE_COUNT}. */
        public Builder maxReceiveCount(int value) {
            this.maxReceiveCount = value;
            return this;
        }

        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        public Builder maxBatchingWindow(Duration value) {
            this.maxBatchingWindow = value;
            return this;
        }

        /** Pollers for this queue, 2 to 1,000; the sum over the function's queues must fit in its reserve. */
        public Builder maxConcurrency(int value) {
            this.maxConcurrency = value;
            return this;
        }

        public Builder reportBatchItemFailures(boolean value) {
            this.reportBatchItemFailures = value;
            return this;
        }

        public Builder importedQueueVisibilityTimeout(Duration value) {
            this.importedQueueVisibilityTimeout = value;
            return this;
        }

        public SqsSourceOptions build() {
            return new SqsSourceOptions(Optional.ofNullable(batchSize), Optional.ofNullable(maxBatchingWindow),
                    Optional.ofNullable(maxConcurrency), reportBatchItemFailures,
                    Optional.ofNullable(importedQueueVisibilityTimeout), Optional.ofNullable(deadLetterQueue),
                    Optional.ofNullable(withoutDeadLetterQueue), maxReceiveCount);
        }
    }
}
