package dev.lambdalint.cdk;

import java.util.Optional;
import software.amazon.awscdk.Duration;

/**
 * How {@link HardenedFunction#addSqsSource} reads a queue. Everything is optional: without
 * {@code maxConcurrency} the source takes what is left of the function's reserved concurrency.
 *
 * @param importedQueueVisibilityTimeout for a queue defined outside this app, its visibility timeout as
 *     the team knows it (the construct cannot read or change it); without it such a queue is refused
 */
public record SqsSourceOptions(
        Optional<Integer> batchSize,
        Optional<Duration> maxBatchingWindow,
        Optional<Integer> maxConcurrency,
        boolean reportBatchItemFailures,
        Optional<Duration> importedQueueVisibilityTimeout) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Integer batchSize;
        private Duration maxBatchingWindow;
        private Integer maxConcurrency;
        private boolean reportBatchItemFailures;
        private Duration importedQueueVisibilityTimeout;

        private Builder() {}

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
                    Optional.ofNullable(importedQueueVisibilityTimeout));
        }
    }
}
