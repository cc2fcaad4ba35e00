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
        PackagePolicy packageSize,
        EvidencePolicy evidence) {

    public static final Policy DEFAULT = new Policy(
            LambdaLimits.DEFAULT,
            MemoryPolicy.DEFAULT,
            EphemeralStoragePolicy.DEFAULT,
            ConcurrencyPolicy.DEFAULT,
            RuntimePolicy.DEFAULT,
            PackagePolicy.DEFAULT,
            EvidencePolicy.DEFAULT);

    public Policy withLimits(LambdaLimits value) {
        return new Policy(value, memory, ephemeralStorage, concurrency, runtimes, packageSize, evidence);
    }

    public Policy withMemory(MemoryPolicy value) {
        return new Policy(limits, value, ephemeralStorage, concurrency, runtimes, packageSize, evidence);
    }

    public Policy withEphemeralStorage(EphemeralStoragePolicy value) {
        return new Policy(limits, memory, value, concurrency, runtimes, packageSize, evidence);
    }

    public Policy withConcurrency(ConcurrencyPolicy value) {
        return new Policy(limits, memory, ephemeralStorage, value, runtimes, packageSize, evidence);
    }

    public Policy withRuntimes(RuntimePolicy value) {
        return new Policy(limits, memory, ephemeralStorage, concurrency, value, packageSize, evidence);
    }

    public Policy withPackageSize(PackagePolicy value) {
        return new Policy(limits, memory, ephemeralStorage, concurrency, runtimes, value, evidence);
    }

    public Policy withEvidence(EvidencePolicy value) {
        return new Policy(limits, memory, ephemeralStorage, concurrency, runtimes, packageSize, value);
    }
}
