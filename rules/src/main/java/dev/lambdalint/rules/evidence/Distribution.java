package dev.lambdalint.rules.evidence;

/**
 * A duration's spread over the invocations that reported it, in milliseconds. Percentiles come from a
 * histogram kept to three significant digits, so they are within 0.1 % of the exact value.
 *
 * @param count how many values were recorded (0: none, and every figure is 0)
 */
public record Distribution(long count, double p50, double p95, double p99, double max) {

    public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return count == 0;
    }
}
