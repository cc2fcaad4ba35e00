package dev.lambdalint.rules.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one function did in production, summed from its REPORT lines (and {@code AWS/Lambda} metrics)
 * over the evidence window. Only numbers: nothing a function logged of its own is kept.
 *
 * @param source the function name of a default log group ({@code /aws/lambda/NAME}), another log group
 *     whole, or, when the export names none, the name the evidence was given under (a file's name, or the
 *     FUNCTION of {@code FUNCTION=FILE})
 * @param invocations REPORT lines read
 * @param coldStarts invocations that paid an INIT (or a SnapStart restore)
 * @param init the INIT durations of the cold starts ({@code Init Duration}, {@code Restore Duration})
 * @param bySize the invocations per memory size, smallest size first
 * @param timeouts invocations that hit the function's timeout
 * @param outOfMemory invocations that ended out of memory
 * @param errors other invocations that ended in an error ({@code Status: error})
 * @param throttles throttled invocations from the {@code Throttles} metric, when metrics were given
 * @param maxConcurrency the highest {@code ConcurrentExecutions}, when metrics were given
 * @param first the earliest timestamp seen, when the export carries timestamps
 * @param last the latest timestamp seen
 */
public record Observed(
        String source,
        long invocations,
        long coldStarts,
        Distribution duration,
        Distribution init,
        List<AtMemorySize> bySize,
        long timeouts,
        long outOfMemory,
        long errors,
        OptionalLong throttles,
        OptionalLong maxConcurrency,
        Optional<Instant> first,
        Optional<Instant> last) {

    public Observed {
        bySize = List.copyOf(bySize);
    }

    /** The highest {@code Max Memory Used} over every memory size, 0 when no REPORT line was read. */
    public int maxMemoryUsedMb() {
        return bySize.stream().mapToInt(AtMemorySize::maxMemoryUsedMb).max().orElse(0);
    }

    /**
     * The memory size most invocations ran with (the larger on a tie); empty when no REPORT line was read.
     * When logs span a change of MemorySize the other sizes are history.
     */
    public Optional<AtMemorySize> mainSize() {
        AtMemorySize main = null;
        for (AtMemorySize size : bySize) {
            if (main == null || size.invocations() >= main.invocations()) {
                main = size;
            }
        }
        return Optional.ofNullable(main);
    }

    /** Cold starts as a share of invocations, 0 to 1. */
    public double coldStartShare() {
        return invocations == 0 ? 0 : (double) coldStarts / invocations;
    }
}
