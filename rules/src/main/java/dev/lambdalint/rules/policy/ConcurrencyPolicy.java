package dev.lambdalint.rules.policy;

/**
 * @param accountLimit the account's concurrency quota (1,000 by default; raisable, lower on new accounts)
 * @param unreservedMinimum what Lambda keeps for functions without reserved concurrency (100)
 * @param streamConcurrencyLimit the most concurrent invocations a Kinesis or DynamoDB stream source may cause
 *        (shards x ParallelizationFactor) before LL306 asks for a bound (100)
 */
public record ConcurrencyPolicy(int accountLimit, int unreservedMinimum, int streamConcurrencyLimit) {
    public static final ConcurrencyPolicy DEFAULT = new ConcurrencyPolicy(1000, 100, 100);

    /** The most that all functions together may reserve. */
    public int reservable() {
        return accountLimit - unreservedMinimum;
    }
}
