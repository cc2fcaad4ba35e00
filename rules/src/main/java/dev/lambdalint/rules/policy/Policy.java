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

    /**
     * A builder for org-wide defaults in Java, starting from {@link #DEFAULT}; a platform team can ship
     * its policy in a library, next to (or instead of) a {@code .lambdalint.yaml}:
     *
     * <pre>{@code
     * Policy org = Policy.builder()
     *         .minimumMemoryMb(512)
     *         .minimumMemoryMb("java*", 2048)
     *         .accountConcurrencyLimit(3000)
     *         .build();
     * }</pre>
     */
    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** A builder starting from {@code base}'s values. */
    public static Builder builder(Policy base) {
        return new Builder(base);
    }

    /** Changes one value at a time over the records' own {@code with...} methods; the records stay as they are. */
    public static final class Builder {
        private Policy policy;

        private Builder(Policy base) {
            this.policy = java.util.Objects.requireNonNull(base, "base");
        }

        public Builder limits(LambdaLimits value) {
            policy = policy.withLimits(value);
            return this;
        }

        public Builder memory(MemoryPolicy value) {
            policy = policy.withMemory(value);
            return this;
        }

        public Builder ephemeralStorage(EphemeralStoragePolicy value) {
            policy = policy.withEphemeralStorage(value);
            return this;
        }

        public Builder concurrency(ConcurrencyPolicy value) {
            policy = policy.withConcurrency(value);
            return this;
        }

        public Builder runtimes(RuntimePolicy value) {
            policy = policy.withRuntimes(value);
            return this;
        }

        public Builder packageSize(PackagePolicy value) {
            policy = policy.withPackageSize(value);
            return this;
        }

        /** {@code memory.minimumMb}: the least memory any function should have. */
        public Builder minimumMemoryMb(int value) {
            MemoryPolicy m = policy.memory();
            return memory(new MemoryPolicy(value, m.minimumMbByRuntime(), m.singleThreadedRuntimes()));
        }

        /** {@code memory.minimumMbByRuntime}: the least memory for runtimes matching {@code runtimeGlob} ({@code java*}). */
        public Builder minimumMemoryMb(String runtimeGlob, int value) {
            MemoryPolicy m = policy.memory();
            java.util.Map<String, Integer> byRuntime = new java.util.LinkedHashMap<>(m.minimumMbByRuntime());
            byRuntime.put(runtimeGlob, value);
            return memory(new MemoryPolicy(m.minimumMb(), byRuntime, m.singleThreadedRuntimes()));
        }

        /** {@code ephemeralStorage.maximumMb}. */
        public Builder maximumEphemeralStorageMb(int value) {
            return ephemeralStorage(new EphemeralStoragePolicy(value));
        }

        /** {@code concurrency.accountLimit}: the account's concurrency quota in the Region. */
        public Builder accountConcurrencyLimit(int value) {
            ConcurrencyPolicy c = policy.concurrency();
            return concurrency(new ConcurrencyPolicy(value, c.unreservedMinimum(), c.streamConcurrencyLimit()));
        }

        /** {@code runtimes.deprecationWarningDays}. */
        public Builder deprecationWarningDays(int value) {
            return runtimes(new RuntimePolicy(value));
        }

        /** {@code package.warnUnzippedMb}. */
        public Builder warnUnzippedMb(int value) {
            return packageSize(new PackagePolicy(value));
        }

        public Policy build() {
            return policy;
        }
    }
}
