package dev.lambdalint.benchmarks.inputs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic Lambda logs, seeded, in every format {@code --evidence} reads, and keeps the exact
 * figures they hold (the known answers tests compare the readers with). Each function's invocations
 * go to one format; a function's lines are what Lambda and a typical handler write: START, the
 * handler's own lines (which the readers must skip), END, REPORT with Init Duration on cold starts, and
 * the endings of timeouts and out-of-memory kills in both the older and the newer runtimes' wording.
 */
public final class LogGenerator {
    /** 2026-11-20T00:00:00Z: the start of every generated week. */
    static final long START_MILLIS = 1_795_132_800_000L;
    private static final long WEEK_MILLIS = 7L * 24 * 3600 * 1000;

    /** Where a function's evidence is written. */
    public enum Format { TEXT, TAIL, SAM, S3_EXPORT, JSON_FORMAT, LOG_EVENTS, INSIGHTS_CSV, INSIGHTS_JSON, INSIGHTS_QUERY }

    /** What a generated function does; shares are of its invocations. */
    public record FunctionSpec(String name, int memoryMb, int timeoutSeconds, double typicalMs, int typicalUsedMb,
            double coldShare, double timeoutShare, double oomShare, long throttles) {}

    /** The exact figures a function's generated logs hold. */
    public record Answer(String name, Format format, long invocations, long coldStarts, long timeouts, long outOfMemory,
            int maxMemoryUsedMb, long maxDurationHundredths, List<Long> durationsHundredths, long throttles) {

        /** The nearest-rank percentile of the durations, in ms. */
        public double durationPercentile(double p) {
            List<Long> sorted = durationsHundredths.stream().sorted().toList();
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1)) / 100.0;
        }
    }

    private final Random random;

    public LogGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A spread of functions: ordinary ones, one that runs out of memory, one that times out, one cold-start heavy. */
    public static List<FunctionSpec> typicalFunctions(int count) {
        List<FunctionSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(switch (i % 4) {
                case 0 -> new FunctionSpec("orders-api-" + i, 1024, 10, 120, 180, 0.02, 0, 0, 0);
                case 1 -> new FunctionSpec("image-resize-" + i, 512, 30, 2400, 470, 0.03, 0, 0.01, 0);
                case 2 -> new FunctionSpec("report-export-" + i, 2048, 60, 40_000, 900, 0.01, 0.02, 0, 12);
                default -> new FunctionSpec("java-checkout-" + i, 1769, 15, 300, 400, 0.2, 0, 0, 0);
            });
        }
        return out;
    }

    /** Writes each function's logs in the format of its index (round robin over {@link Format}) under {@code dir}. */
    public Map<String, Answer> writeAll(Path dir, List<FunctionSpec> functions, int invocations) throws IOException {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Format[] formats = Format.values();
        for (int i = 0; i < functions.size(); i++) {
            FunctionSpec fn = functions.get(i);
            Format format = formats[i % formats.length];
            answers.put(fn.name(), write(dir, fn, format, invocations));
            if (fn.throttles() > 0) {
                writeMetrics(dir.resolve("metrics").resolve(fn.name() + ".json"), fn, (i / 4) % 2 == 0);
            }
        }
        return answers;
    }

    /** Writes one function's invocations in one format and returns what they hold. */
    public Answer write(Path dir, FunctionSpec fn, Format format, int invocations) throws IOException {
        Tally tally = new Tally(fn, format);
        Path file = switch (format) {
            case TEXT -> dir.resolve(fn.name() + ".log");
            case TAIL -> dir.resolve("tail").resolve(fn.name() + ".txt");
            case SAM -> dir.resolve("sam").resolve(fn.name() + ".txt");
            case S3_EXPORT -> dir.resolve("s3").resolve(fn.name()).resolve("0e2f7c3a-1b2c-4d5e-8f90-123456789abc")
                    .resolve("2026/11/20/[$LATEST]0a1b2c3d").resolve("000000.gz");
            case JSON_FORMAT -> dir.resolve(fn.name() + ".jsonl");
            case LOG_EVENTS -> dir.resolve(fn.name() + ".json");
            case INSIGHTS_CSV -> dir.resolve("insights-" + fn.name() + ".csv");
            case INSIGHTS_JSON -> dir.resolve("insights-" + fn.name() + ".json");
            case INSIGHTS_QUERY -> dir.resolve("query-" + fn.name() + ".json");
        };
        Files.createDirectories(file.getParent());
        OutputStream raw = Files.newOutputStream(file);
        if (format == Format.S3_EXPORT) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            EventWriter events = new EventWriter(out, format, fn.name());
            events.begin();
            long step = WEEK_MILLIS / Math.max(1, invocations);
            for (int i = 0; i < invocations; i++) {
                invocation(fn, START_MILLIS + i * step, events, tally);
            }
            events.end();
        }
        return tally.answer(fn.name());
    }

    /**
     * Writes about {@code bytes} of plain and prefixed text logs for {@code functions} functions, one file
     * each, for the reading benchmark; returns the answers.
     */
    public Map<String, Answer> writeBulk(Path dir, List<FunctionSpec> functions, long bytes) throws IOException {
        Files.createDirectories(dir);
        Map<String, Answer> answers = new LinkedHashMap<>();
        long perFunction = bytes / functions.size();
        for (int i = 0; i < functions.size(); i++) {
            FunctionSpec fn = functions.get(i);
            Format format = i % 2 == 0 ? Format.TEXT : Format.TAIL;
            Tally tally = new Tally(fn, format);
            Path file = dir.resolve(fn.name() + ".log");
            long time = START_MILLIS;
            try (CountingWriter out = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                EventWriter events = new EventWriter(out, format, fn.name());
                while (out.count < perFunction) {
                    invocation(fn, time, events, tally);
                    time += 50;
                }
            }
            answers.put(fn.name(), tally.answer(fn.name()));
        }
        return answers;
    }

    private void invocation(FunctionSpec fn, long time, EventWriter out, Tally tally) throws IOException {
        String id = requestId();
        boolean cold = tally.invocations == 0 || random.nextDouble() < fn.coldShare();
        double roll = random.nextDouble();
        boolean timeout = roll < fn.timeoutShare();
        boolean oom = !timeout && roll < fn.timeoutShare() + fn.oomShare();
        boolean newer = random.nextBoolean();
        long init = cold ? hundredths(fn.name().startsWith("java") ? 1800 + random.nextGaussian() * 300 : 350 + random.nextGaussian() * 80) : -1;
        long duration = timeout ? fn.timeoutSeconds() * 100_000L + random.nextInt(300)
                : Math.min(fn.timeoutSeconds() * 100_000L - 1, hundredths(fn.typicalMs() * Math.exp(random.nextGaussian() * 0.35)));
        int used = oom ? fn.memoryMb()
                : Math.min(fn.memoryMb() - 1, (int) Math.max(40, fn.typicalUsedMb() + random.nextGaussian() * fn.typicalUsedMb() * 0.05));
        long billed = (duration + Math.max(0, init) + 99) / 100;
        out.event(time, "START RequestId: " + id + " Version: $LATEST");
        out.event(time + 1, iso(time + 1) + "\t" + id + "\tINFO\tprocessing order " + random.nextInt(1_000_000)
                + " for customer c-" + random.nextInt(100_000));
        if (timeout && !newer) {
            out.event(time + duration / 100, iso(time + duration / 100) + " " + id + " Task timed out after "
                    + fn.timeoutSeconds() + ".00 seconds");
        }
        if (oom && !newer) {
            out.event(time + duration / 100, "RequestId: " + id + " Error: Runtime exited with error: signal: killed");
            out.event(time + duration / 100, "Runtime.ExitError");
        }
        out.event(time + duration / 100, "END RequestId: " + id);
        String status = timeout && newer ? "\tStatus: timeout" : oom && newer ? "\tStatus: error\tError Type: Runtime.OutOfMemory" : "";
        out.report(time + duration / 100, id, duration, billed, fn.memoryMb(), used, init, status, timeout, oom);
        tally.add(duration, used, init >= 0, timeout, oom);
    }

    private static long hundredths(double ms) {
        return Math.max(1, Math.round(ms * 100));
    }

    private String requestId() {
        return String.format(Locale.ROOT, "%08x-%04x-%04x-%04x-%012x", random.nextInt(), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextLong() & 0xffffffffffffL);
    }

    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** Always with milliseconds, as CloudWatch prints them. */
    static String iso(long millis) {
        return ISO.format(java.time.Instant.ofEpochMilli(millis));
    }

    static String ms(long hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }

    /** {@code aws cloudwatch get-metric-data} output, or {@code get-metric-statistics} output for Throttles. */
    private void writeMetrics(Path file, FunctionSpec fn, boolean statistics) throws IOException {
        Files.createDirectories(file.getParent());
        long half = fn.throttles() / 2;
        if (statistics) {
            Files.writeString(file, """
                    {
                        "Label": "Throttles",
                        "Datapoints": [
                            {"Timestamp": "%s", "Sum": %d.0, "Unit": "Count"},
                            {"Timestamp": "%s", "Sum": %d.0, "Unit": "Count"}
                        ]
                    }
                    """.formatted(iso(START_MILLIS), half, iso(START_MILLIS + 3_600_000), fn.throttles() - half));
            return;
        }
        Files.writeString(file, """
                {
                    "MetricDataResults": [
                        {"Id": "throttles", "Label": "Throttles", "Timestamps": ["%s", "%s"], "Values": [%d.0, %d.0], "StatusCode": "Complete"},
                        {"Id": "concurrency", "Label": "ConcurrentExecutions", "Timestamps": ["%s"], "Values": [17.0], "StatusCode": "Complete"}
                    ],
                    "Messages": []
                }
                """.formatted(iso(START_MILLIS), iso(START_MILLIS + 3_600_000), half, fn.throttles() - half, iso(START_MILLIS)));
    }

    private static final class Tally {
        final FunctionSpec fn;
        final Format format;
        final List<Long> durations = new ArrayList<>();
        long invocations;
        long cold;
        long timeouts;
        long ooms;
        int maxUsed;
        long maxDuration;

        Tally(FunctionSpec fn, Format format) {
            this.fn = fn;
            this.format = format;
        }

        void add(long duration, int used, boolean coldStart, boolean timeout, boolean oom) {
            invocations++;
            durations.add(duration);
            cold += coldStart ? 1 : 0;
            timeouts += timeout ? 1 : 0;
            ooms += oom ? 1 : 0;
            maxUsed = Math.max(maxUsed, used);
            maxDuration = Math.max(maxDuration, duration);
        }

        Answer answer(String name) {
            return new Answer(name, format, invocations, cold, timeouts, ooms, maxUsed, maxDuration, List.copyOf(durations),
                    fn.throttles());
        }
    }

    private static final class CountingWriter extends Writer {
        private final Writer out;
        long count;

        CountingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            count += len;
        }

        @Override
        public void write(String s) throws IOException {
            out.write(s);
            count += s.length();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
