package dev.lambdalint.rules.model;

import java.util.Locale;

/**
 * How large a function's or layer's code is once unzipped, as the loader measured it on disk (a CDK
 * asset, a SAM {@code CodeUri}/{@code ContentUri} local path). Rules never read files: this is all
 * they know of the package.
 *
 * @param bytes unzipped size; for a zip or jar, the sum of its entries' sizes as its directory declares them
 * @param measuredAt where it was measured, as shown to a person (a path, with what kind of thing it is)
 * @param atLeast true when the measurement stopped at a bound (or skipped what a build replaces), so
 *     the package is at least this large
 */
public record CodeSize(long bytes, String measuredAt, boolean atLeast) {
    private static final double MIB = 1024.0 * 1024.0;

    public CodeSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** Lambda's "MB" in its quotas is the mebibyte: 250 MB is 262,144,000 bytes. */
    public static long bytesOfMb(long mb) {
        return mb > Long.MAX_VALUE / (1024 * 1024) ? Long.MAX_VALUE : mb * 1024 * 1024;
    }

    /** {@code 73.4 MB}, or {@code at least 73.4 MB}. */
    public String describe() {
        return (atLeast ? "at least " : "") + megabytes(bytes);
    }

    /** {@code 73.4 MB}; below a megabyte in KB or bytes, so that a small package does not read "0.0 MB". */
    public static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < MIB) {
            return String.format(Locale.US, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.US, "%.1f MB", bytes / MIB);
    }

    /** {@code a + b}, pinned at {@link Long#MAX_VALUE} instead of overflowing. */
    public static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
