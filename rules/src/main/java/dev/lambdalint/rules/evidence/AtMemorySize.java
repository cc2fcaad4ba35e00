package dev.lambdalint.rules.evidence;

/**
 * What the invocations that ran at one memory size did. Logs that span a deployment which changed
 * {@code MemorySize} hold several of these: the evidence of whether more memory made it faster.
 *
 * @param memoryMb the {@code Memory Size} of the REPORT lines
 * @param maxMemoryUsedMb the highest {@code Max Memory Used} at this size
 * @param billedMs the sum of {@code Billed Duration} (which includes billed INIT time) at this size
 */
public record AtMemorySize(int memoryMb, long invocations, Distribution duration, int maxMemoryUsedMb, double billedMs) {

    /** The GB-seconds these invocations were billed for (memory in GB as Lambda bills it, MB / 1024). */
    public double gbSeconds() {
        return billedMs / 1000.0 * memoryMb / 1024.0;
    }
}
