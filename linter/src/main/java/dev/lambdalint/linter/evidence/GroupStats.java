package dev.lambdalint.linter.evidence;

import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Distribution;
import dev.lambdalint.rules.evidence.Observed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * The running tally of one log group. Memory stays bounded whatever the number of invocations: a
 * histogram per memory size (durations in hundredths of a millisecond, as REPORT lines print them,
 * three significant digits, a few tens of KB) and a handful of counters.
 */
final class GroupStats {
    /** Hundredths of a millisecond: the resolution of a REPORT line's Duration. */
    static final long UNITS_PER_MS = 100;

    private final TreeMap<Integer, SizeStats> bySize = new TreeMap<>();
    private final IntCountsHistogram init = histogram();
    private final IntCountsHistogram initFromInitReports = histogram();
    private long invocations;
    private long reportsWithInit;
    private long initReports;
    private long timeoutReports;
    private long timeoutLines;
    private long oomReports;
    private long oomLines;
    private long errors;
    private long throttles = -1;
    private long maxConcurrency = -1;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    private static final class SizeStats {
        final IntCountsHistogram duration = histogram();
        long invocations;
        long maxUnits;
        int maxMemoryUsedMb;
        long billedUnits;
    }

    private static IntCountsHistogram histogram() {
        IntCountsHistogram h = new IntCountsHistogram(3);
        h.setAutoResize(true);
        return h;
    }

    /** One REPORT line (text) or {@code platform.report} record (JSON). Durations in hundredths of a ms; -1: absent. */
    void report(long durationUnits, long billedUnits, int memoryMb, int maxMemoryUsedMb, long initUnits,
            Status status, boolean outOfMemory) {
        invocations++;
        SizeStats size = bySize.computeIfAbsent(memoryMb, k -> new SizeStats());
        size.invocations++;
        if (durationUnits >= 0) {
            size.duration.recordValue(durationUnits);
            size.maxUnits = Math.max(size.maxUnits, durationUnits);
        }
        if (billedUnits >= 0) {
            size.billedUnits += billedUnits;
        }
        size.maxMemoryUsedMb = Math.max(size.maxMemoryUsedMb, maxMemoryUsedMb);
        if (initUnits >= 0) {
            reportsWithInit++;
            init.recordValue(initUnits);
        }
        if (outOfMemory) {
            oomReports++;
        } else if (status == Status.TIMEOUT) {
            timeoutReports++;
        } else if (status == Status.ERROR) {
            errors++;
        }
    }

    /** A {@code platform.initReport} record: the INIT phase on its own (JSON log format). */
    void initReport(long durationUnits) {
        initReports++;
        if (durationUnits >= 0) {
            initFromInitReports.recordValue(durationUnits);
        }
    }

    /** A {@code Task timed out after N seconds} line. */
    void timeoutLine() {
        timeoutLines++;
    }

    /** A {@code Runtime exited with error: signal: killed} line. */
    void outOfMemoryLine() {
        oomLines++;
    }

    void throttles(long sum) {
        throttles = Math.max(throttles, 0) + sum;
    }

    void concurrency(long max) {
        maxConcurrency = Math.max(maxConcurrency, max);
    }

    void seen(long epochMillis) {
        if (epochMillis != Long.MIN_VALUE) {
            first = Math.min(first, epochMillis);
            last = Math.max(last, epochMillis);
        }
    }

    boolean isEmpty() {
        return invocations == 0 && timeoutLines == 0 && oomLines == 0 && initReports == 0 && throttles < 0
                && maxConcurrency < 0;
    }

    Observed observed(String source) {
        List<AtMemorySize> sizes = new ArrayList<>();
        IntCountsHistogram all = histogram();
        long maxUnits = 0;
        for (var entry : bySize.entrySet()) {
            SizeStats s = entry.getValue();
            all.add(s.duration);
            maxUnits = Math.max(maxUnits, s.maxUnits);
            sizes.add(new AtMemorySize(entry.getKey(), s.invocations, distribution(s.duration, s.maxUnits), s.maxMemoryUsedMb,
                    (double) s.billedUnits / UNITS_PER_MS));
        }
        // A timed-out invocation writes both a "Task timed out" line and (on newer runtimes) a REPORT with
        // Status: timeout; an out-of-memory one both "signal: killed" and Error Type Runtime.OutOfMemory.
        // Each kind counts every such invocation, so the larger count is the number of invocations without
        // remembering request ids.
        long timeouts = Math.max(timeoutReports, timeoutLines);
        long ooms = Math.max(oomReports, oomLines);
        // The JSON log format reports INIT in platform.initReport; the text format in the REPORT line.
        boolean initInReports = reportsWithInit > 0 || initReports == 0;
        long coldStarts = Math.min(invocations, initInReports ? reportsWithInit : initReports);
        return new Observed(
                source,
                invocations,
                coldStarts,
                distribution(all, maxUnits),
                distribution(initInReports ? init : initFromInitReports, -1),
                sizes,
                timeouts,
                ooms,
                errors,
                throttles < 0 ? OptionalLong.empty() : OptionalLong.of(throttles),
                maxConcurrency < 0 ? OptionalLong.empty() : OptionalLong.of(maxConcurrency),
                first == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(first)),
                last == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last)));
    }

    /** @param exactMax the true highest value when it was tracked, -1 to take the histogram's */
    private static Distribution distribution(AbstractHistogram h, long exactMax) {
        if (h.getTotalCount() == 0) {
            return Distribution.EMPTY;
        }
        // The histogram answers with the top of a value's bucket: never above the true highest value.
        long max = exactMax >= 0 ? exactMax : h.getMaxValue();
        return new Distribution(h.getTotalCount(), ms(h.getValueAtPercentile(50), max),
                ms(h.getValueAtPercentile(95), max), ms(h.getValueAtPercentile(99), max), ms(max, max));
    }

    private static double ms(long units, long max) {
        return (double) Math.min(units, max) / UNITS_PER_MS;
    }

    enum Status { SUCCESS, TIMEOUT, ERROR }
}
