package dev.lambdalint.rules.policy;

/**
 * Every threshold the rules use, in one place. The defaults are Lambda's documented limits and this
 * project's recommendations (see {@code lambda-facts.md}); a team changes them in {@code .lambdalint.yaml}.
 * Lambda's hard limits are here too, because AWS has moved them before.
 */
public record Policy(
        LambdaLimits limits,
        MemoryPolicy memory,
        EphemeralStoragePolicy ephemeralStorage,
        ConcurrencyPolicy concurrency,
        RuntimePolicy runtimes,
        PackagePolicy packageSize) {

    public static final Policy DEFAULT = new Policy(
            LambdaLimits.DEFAULT,
            MemoryPolicy.DEFAULT,
            EphemeralStoragePolicy.DEFAULT,
            ConcurrencyPolicy.DEFAULT,
            RuntimePolicy.DEFAULT,
            PackagePolicy.DEFAULT);

    public Policy withLimits(LambdaLimits value) {
        return new Policy(value, memory, ephemeralStorage, concurrency, runtimes, packageSize);
    }

    public Policy withMemory(MemoryPolicy value) {
        return new Policy(limits, value, ephemeralStorage, concurrency, runtimes, packageSize);
    }

    public Policy withEphemeralStorage(EphemeralStoragePolicy value) {
        return new Policy(limits, memory, value, concurrency, runtimes, packageSize);
    }

    public Policy withConcurrency(ConcurrencyPolicy value) {
        return new Policy(limits, memory, ephemeralStorage, value, runtimes, packageSize);
    }

    public Policy withRuntimes(RuntimePolicy value) {
        return new Policy(limits, memory, ephemeralStorage, concurrency, value, packageSize);
    }

    public Policy withPackageSize(PackagePolicy value) {
        return new Policy(limits, memory, ephemeralStorage, concurrency, runtimes, value);
    }
}
