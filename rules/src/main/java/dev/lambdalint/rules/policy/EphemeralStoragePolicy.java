package dev.lambdalint.rules.policy;

/** @param maximumMb the most /tmp a function should have without a reason on record */
public record EphemeralStoragePolicy(int maximumMb) {
    public static final EphemeralStoragePolicy DEFAULT = new EphemeralStoragePolicy(2048);
}
