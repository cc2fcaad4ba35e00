package dev.lambdalint.linter.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the lines Lambda itself writes into a function's log and hands their numbers to the group's
 * tally; every other line (the function's own output, which can hold user data) is skipped unread. A
 * line may carry a prefix an export tool added ({@code aws logs tail}, {@code sam logs}, the console,
 * an S3 export): the marker is looked for anywhere in the line and a timestamp in what precedes it.
 */
final class MessageParser {
    static final String REPORT = "REPORT RequestId:";
    private static final String REQUEST_ID = "RequestId: ";
    static final String TIMED_OUT = "Task timed out after ";
    static final String KILLED = "Runtime exited with error: signal: killed";
    static final String PLATFORM = "\"platform.";
    private static final String OUT_OF_MEMORY = "Runtime.OutOfMemory";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param timestamp the event's time when the container gives it ({@link Timestamps#NONE}: look in the line)
     * @return whether the line was one of Lambda's own
     */
    boolean accept(String line, long timestamp, GroupStats stats) {
        int at = line.indexOf(REPORT);
        if (at >= 0) {
            report(line, at, stats);
            stats.seen(timestamp != Timestamps.NONE ? timestamp : Timestamps.inPrefix(line, at));
            return true;
        }
        at = line.indexOf(PLATFORM);
        if (at >= 0) {
            return platform(line, timestamp, stats);
        }
        at = line.indexOf(TIMED_OUT);
        if (at >= 0) {
            stats.timeoutLine(wordBefore(line, at));
            stats.seen(timestamp != Timestamps.NONE ? timestamp : Timestamps.inPrefix(line, at));
            return true;
        }
        at = line.indexOf(KILLED);
        if (at >= 0) {
            int id = line.lastIndexOf(REQUEST_ID, at);
            stats.outOfMemoryLine(id < 0 ? null : word(line, id + REQUEST_ID.length()));
            return true;
        }
        return false;
    }

    /** The request id a timeout line puts before its message ({@code 2026-... 3b3c... Task timed out}). */
    private static String wordBefore(String line, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        return start == end ? null : line.substring(start, end);
    }

    /** The word at {@code from}, up to a blank or a tab. */
    private static String word(String line, int from) {
        int end = from;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return end == from ? null : line.substring(from, end);
    }

    private static void report(String line, int at, GroupStats stats) {
        int from = at + REPORT.length();
        String requestId = word(line, from + 1);
        // The fields come in Lambda's order; each is looked for after the previous one, so that
        // "Duration:" is never read from "Billed Duration:" or "Init Duration:".
        int d = line.indexOf("Duration: ", from);
        long duration = d < 0 ? -1 : hundredths(line, d + 10);
        int b = line.indexOf("Billed Duration: ", from);
        long billed = b < 0 ? -1 : hundredths(line, b + 17);
        int m = line.indexOf("Memory Size: ", from);
        long memory = m < 0 ? -1 : hundredths(line, m + 13) / GroupStats.UNITS_PER_MS;
        int u = line.indexOf("Max Memory Used: ", from);
        long used = u < 0 ? -1 : hundredths(line, u + 17) / GroupStats.UNITS_PER_MS;
        int i = line.indexOf("Init Duration: ", from);
        long init = i < 0 ? -1 : hundredths(line, i + 15);
        if (init < 0) {
            int r = line.indexOf("Restore Duration: ", from);
            init = r < 0 ? -1 : hundredths(line, r + 18);
        }
        int s = line.indexOf("Status: ", from);
        GroupStats.Status status = GroupStats.Status.SUCCESS;
        if (s >= 0) {
            if (line.startsWith("timeout", s + 8)) {
                status = GroupStats.Status.TIMEOUT;
            } else if (line.startsWith("error", s + 8)) {
                status = GroupStats.Status.ERROR;
            }
        }
        boolean oom = status == GroupStats.Status.ERROR && line.indexOf(OUT_OF_MEMORY, from) >= 0;
        stats.report(requestId, duration, billed, (int) Math.max(memory, 0), (int) Math.max(used, 0), init, status, oom);
    }

    private boolean platform(String line, long timestamp, GroupStats stats) {
        int open = line.indexOf('{');
        if (open < 0) {
            return false;
        }
        JsonNode node;
        try {
            node = json.readTree(open == 0 ? line : line.substring(open));
        } catch (JsonProcessingException e) {
            return false;
        }
        if (node == null || !node.isObject()) {
            return false;
        }
        return record(node, timestamp, stats);
    }

    /** A record of Lambda's JSON log format ({@code LoggingConfig.LogFormat: JSON}). */
    static boolean record(JsonNode node, long timestamp, GroupStats stats) {
        String type = node.path("type").asText("");
        JsonNode record = node.path("record");
        JsonNode metrics = record.path("metrics");
        long time = timestamp != Timestamps.NONE ? timestamp : Timestamps.parse(node.path("time").asText(""), 0);
        switch (type) {
            case "platform.report" -> {
                String statusText = record.path("status").asText("success");
                GroupStats.Status status = switch (statusText) {
                    case "timeout" -> GroupStats.Status.TIMEOUT;
                    case "error", "failure" -> GroupStats.Status.ERROR;
                    default -> GroupStats.Status.SUCCESS;
                };
                boolean oom = OUT_OF_MEMORY.equals(record.path("errorType").asText(""));
                long init = units(metrics, "initDurationMs");
                if (init < 0) {
                    init = units(metrics, "restoreDurationMs");
                }
                stats.report(null, units(metrics, "durationMs"), units(metrics, "billedDurationMs"),
                        metrics.path("memorySizeMB").asInt(0), metrics.path("maxMemoryUsedMB").asInt(0), init,
                        oom ? GroupStats.Status.ERROR : status, oom);
                stats.seen(time);
                return true;
            }
            case "platform.initReport" -> {
                stats.initReport(units(metrics, "durationMs"));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static long units(JsonNode metrics, String field) {
        JsonNode v = metrics.get(field);
        return v == null || !v.isNumber() ? -1 : Math.round(v.asDouble() * GroupStats.UNITS_PER_MS);
    }

    /** The decimal number at {@code at} ({@code 12.34}) in hundredths, or -1 when there is none. */
    static long hundredths(String s, int at) {
        long whole = 0;
        int i = at;
        int n = s.length();
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            whole = whole * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == at) {
            return -1;
        }
        long frac = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int scale = 10;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                frac += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
        }
        return whole * 100 + frac;
    }
}
