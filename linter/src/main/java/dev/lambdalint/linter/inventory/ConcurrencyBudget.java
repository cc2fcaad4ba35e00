package dev.lambdalint.linter.inventory;

import java.util.Optional;

/**
 * The account's concurrency as the functions of one run use it.
 *
 * @param reserved the sum of reserved concurrency (the largest value each function can take)
 * @param reserving how many functions reserve concurrency
 * @param unreservedFunctions how many functions share the unreserved pool
 * @param unknown how many functions reserve an amount only a deployment decides
 * @param environment the account and region ({@code aws://account/region}) this budget is of, when the
 *     run's templates say where they deploy (CDK stacks with an explicit env); empty for one shared budget
 */
public record ConcurrencyBudget(long reserved, int reserving, int unreservedFunctions, int unknown,
                                int accountLimit, int unreservedMinimum, Optional<String> environment) {

    public long reservable() {
        return (long) accountLimit - unreservedMinimum;
    }

    /** What is left for the functions without a reservation. */
    public long sharedPool() {
        return accountLimit - reserved;
    }

    public boolean overBudget() {
        return reserved > reservable();
    }
}
