package dev.lambdalint.benchmarks.inputs;

import java.io.IOException;
import java.io.Writer;

/** Writes log events as one of {@link LogGenerator.Format}'s exports lays them out. */
final class EventWriter {
    private static final String STREAM = "2026/11/20/[$LATEST]0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String ACCOUNT = "123456789012";

    private final Writer out;
    private final LogGenerator.Format format;
    private final String function;
    private boolean first = true;

    EventWriter(Writer out, LogGenerator.Format format, String function) {
        this.out = out;
        this.format = format;
        this.function = function;
    }

    void begin() throws IOException {
        switch (format) {
            case LOG_EVENTS -> out.write("{\n    \"events\": [\n");
            case INSIGHTS_CSV -> out.write("@timestamp,@message,@logStream,@log\n");
            case INSIGHTS_JSON -> out.write("[\n");
            case INSIGHTS_QUERY -> out.write("{\n    \"results\": [\n");
            default -> { }
        }
    }

    void end() throws IOException {
        switch (format) {
            case LOG_EVENTS -> out.write("\n    ],\n    \"searchedLogStreams\": []\n}\n");
            case INSIGHTS_JSON -> out.write("\n]\n");
            case INSIGHTS_QUERY -> out.write("\n    ],\n    \"statistics\": {\"recordsMatched\": 0.0},\n    \"status\": \"Complete\"\n}\n");
            default -> { }
        }
    }

    /** A line Lambda or the handler wrote. */
    void event(long time, String message) throws IOException {
        if (format == LogGenerator.Format.JSON_FORMAT) {
            if (message.startsWith("START ")) {
                line("{\"time\":\"" + LogGenerator.iso(time) + "\",\"type\":\"platform.start\",\"record\":{\"requestId\":\""
                        + message.substring(17, 53) + "\",\"version\":\"$LATEST\"}}");
            } else if (message.contains("\tINFO\t")) {
                line("{\"timestamp\":\"" + LogGenerator.iso(time) + "\",\"level\":\"INFO\",\"message\":" + quote(
                        message.substring(message.lastIndexOf('\t') + 1)) + "}");
            }
            // The JSON format has no END line and no separate timeout or kill lines: platform.report says it.
            return;
        }
        write(time, message);
    }

    void report(long time, String id, long duration, long billed, int memory, int used, long init, String status,
            boolean timeout, boolean oom) throws IOException {
        if (format == LogGenerator.Format.JSON_FORMAT) {
            if (init >= 0) {
                line("{\"time\":\"" + LogGenerator.iso(time) + "\",\"type\":\"platform.initReport\",\"record\":{"
                        + "\"initializationType\":\"on-demand\",\"phase\":\"init\",\"status\":\"success\",\"metrics\":{\"durationMs\":"
                        + LogGenerator.ms(init) + "}}}");
            }
            String statusField = timeout ? "\"timeout\"" : oom ? "\"error\",\"errorType\":\"Runtime.OutOfMemory\"" : "\"success\"";
            line("{\"time\":\"" + LogGenerator.iso(time) + "\",\"type\":\"platform.report\",\"record\":{\"requestId\":\"" + id
                    + "\",\"metrics\":{\"durationMs\":" + LogGenerator.ms(duration) + ",\"billedDurationMs\":" + billed
                    + ",\"memorySizeMB\":" + memory + ",\"maxMemoryUsedMB\":" + used
                    + (init >= 0 ? ",\"initDurationMs\":" + LogGenerator.ms(init) : "") + "},\"status\":" + statusField + "}}");
            return;
        }
        write(time, "REPORT RequestId: " + id + "\tDuration: " + LogGenerator.ms(duration) + " ms\tBilled Duration: " + billed
                + " ms\tMemory Size: " + memory + " MB\tMax Memory Used: " + used + " MB"
                + (init >= 0 ? "\tInit Duration: " + LogGenerator.ms(init) + " ms" : "") + status + "\t");
        if (format != LogGenerator.Format.INSIGHTS_CSV && format != LogGenerator.Format.INSIGHTS_JSON
                && format != LogGenerator.Format.INSIGHTS_QUERY && format != LogGenerator.Format.LOG_EVENTS) {
            write(time, "XRAY TraceId: 1-674a1b2c-0a1b2c3d4e5f60718293a4b5\tSegmentId: 0a1b2c3d4e5f6071\tSampled: true");
        }
    }

    private void write(long time, String message) throws IOException {
        String iso = LogGenerator.iso(time);
        switch (format) {
            case TEXT, JSON_FORMAT -> line(message);
            case TAIL -> line(iso.replace("Z", "000+00:00") + " " + STREAM + " " + message);
            case SAM -> line(STREAM + " " + iso.replace("Z", "000") + " " + message);
            case S3_EXPORT -> line(iso + " " + message);
            case LOG_EVENTS -> element("        {\"logStreamName\": " + quote(STREAM) + ", \"timestamp\": " + time
                    + ", \"message\": " + quote(message + "\n") + ", \"ingestionTime\": " + (time + 120)
                    + ", \"eventId\": \"" + time + "\"}");
            case INSIGHTS_CSV -> line(insightsTime(iso) + "," + csv(message) + "," + csv(STREAM) + "," + ACCOUNT
                    + ":/aws/lambda/" + function);
            case INSIGHTS_JSON -> element("  {\"@timestamp\": " + quote(insightsTime(iso)) + ", \"@message\": " + quote(message)
                    + ", \"@logStream\": " + quote(STREAM) + ", \"@log\": " + quote(ACCOUNT + ":/aws/lambda/" + function) + "}");
            case INSIGHTS_QUERY -> element("        [{\"field\": \"@timestamp\", \"value\": " + quote(insightsTime(iso))
                    + "}, {\"field\": \"@message\", \"value\": " + quote(message) + "}, {\"field\": \"@log\", \"value\": "
                    + quote(ACCOUNT + ":/aws/lambda/" + function) + "}, {\"field\": \"@ptr\", \"value\": \"CmAKJwoj\"}]");
        }
    }

    private static String insightsTime(String iso) {
        return iso.replace('T', ' ').replace("Z", "");
    }

    private void line(String s) throws IOException {
        out.write(s);
        out.write('\n');
    }

    private void element(String s) throws IOException {
        if (!first) {
            out.write(",\n");
        }
        first = false;
        out.write(s);
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
