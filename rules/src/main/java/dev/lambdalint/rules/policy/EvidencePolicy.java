package dev.lambdalint.rules.policy;

/**
 * Thresholds of the evidence rules (LL801 to LL808), which judge a function by its REPORT lines.
 *
 * @param minimumInvocations fewest invocations LL803 to LL806 need: below it a percentile or a peak says
 *     too little about the function to act on
 * @param memoryHeadroomPercent LL803: highest Max Memory Used at or above this share of Memory Size
 * @param nearTimeoutPercent LL804: p99 Duration at or above this share of the timeout
 * @param coldStartPercent LL805: cold starts at or above this share of invocations ...
 * @param coldStartInitMs LL805: ... and p95 Init Duration at or above this
 * @param oversizedPercent LL806: highest Max Memory Used at or below this share of Memory Size
 */
public record EvidencePolicy(
        int minimumInvocations,
        double memoryHeadroomPercent,
        double nearTimeoutPercent,
        double coldStartPercent,
        int coldStartInitMs,
        double oversizedPercent) {

    public static final EvidencePolicy DEFAULT = new EvidencePolicy(20, 90, 80, 5, 1000, 25);
}
