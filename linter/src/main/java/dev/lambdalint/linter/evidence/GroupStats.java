package dev.lambdalint.linter.evidence;

import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Distribution;
import dev.lambdalint.rules.evidence.Observed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private long timeouts;
    private long ooms;
    /**
     * Request ids of timeout and out-of-memory lines whose REPORT has not come yet: older runtimes say the
     * ending only in such a line, newer ones in the REPORT as well, and each invocation counts once.
     * Bounded: exports interleave streams, but an invocation's lines are seconds apart.
     */
    private final Map<String, Status> pendingEndings = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Status> eldest) {
            if (size() > MAX_PENDING) {
                count(eldest.getValue());
                return true;
            }
            return false;
        }
    };
    private static final int MAX_PENDING = 4096;
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
    void report(String requestId, long durationUnits, long billedUnits, int memoryMb, int maxMemoryUsedMb, long initUnits,
            Status status, boolean outOfMemory) {
        invocations++;
        Status pending = requestId == null ? null : pendingEndings.remove(requestId);
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
            ooms++;
        } else if (status == Status.TIMEOUT) {
            timeouts++;
        } else if (pending != null) {
            count(pending);
        } else if (status == Status.ERROR) {
            errors++;
        }
    }

    private void count(Status ending) {
        if (ending == Status.TIMEOUT) {
            timeouts++;
        } else {
            ooms++;
        }
    }

    /** A {@code platform.initReport} record: the INIT phase on its own (JSON log format). */
    void initReport(long durationUnits) {
        initReports++;
        if (durationUnits >= 0) {
            initFromInitReports.recordValue(durationUnits);
        }
    }

    /** A {@code Task timed out after N seconds} line; {@code requestId} null when the line does not say it. */
    void timeoutLine(String requestId) {
        ending(requestId, Status.TIMEOUT);
    }

    /** A {@code Runtime exited with error: signal: killed} line. */
    void outOfMemoryLine(String requestId) {
        ending(requestId, Status.OUT_OF_MEMORY);
    }

    private void ending(String requestId, Status kind) {
        if (requestId == null) {
            count(kind);
        } else {
            pendingEndings.put(requestId, kind);
        }
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
        return invocations == 0 && timeouts == 0 && ooms == 0 && pendingEndings.isEmpty() && initReports == 0 && throttles < 0
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
        // Endings whose REPORT the export left out still happened.
        long timeouts = this.timeouts;
        long ooms = this.ooms;
        for (Status pending : pendingEndings.values()) {
            timeouts += pending == Status.TIMEOUT ? 1 : 0;
            ooms += pending == Status.OUT_OF_MEMORY ? 1 : 0;
        }
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
        long max = exactMax >= 0 ? exactMax : h.getMaxValue();
        return new Distribution(h.getTotalCount(), percentile(h, 50, max), percentile(h, 95, max),
                percentile(h, 99, max), ms(max, max));
    }

    /** The middle of the value's bucket (nearer the truth than its top), never above the true highest value. */
    private static double percentile(AbstractHistogram h, double p, long max) {
        return ms(h.medianEquivalentValue(h.getValueAtPercentile(p)), max);
    }

    private static double ms(long units, long max) {
        return (double) Math.min(units, max) / UNITS_PER_MS;
    }

    enum Status { SUCCESS, TIMEOUT, ERROR, OUT_OF_MEMORY }
}
