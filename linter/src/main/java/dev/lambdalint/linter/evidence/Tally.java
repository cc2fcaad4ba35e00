package dev.lambdalint.linter.evidence;

import dev.lambdalint.rules.evidence.Observed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The tallies of every log group one run reads, by source name. */
final class Tally {
    private final Map<String, GroupStats> groups = new LinkedHashMap<>();
    private final MessageParser parser = new MessageParser();

    private static final String LAMBDA_GROUP = "/aws/lambda/";

    GroupStats group(String source) {
        return groups.computeIfAbsent(key(source), k -> new GroupStats());
    }

    /**
     * A function's default log group and a file named after the function are the same source: both go
     * under the function's name. Other log groups ({@code LoggingConfig.LogGroup}) keep their whole name.
     */
    static String key(String source) {
        return source.startsWith(LAMBDA_GROUP) && source.length() > LAMBDA_GROUP.length()
                ? source.substring(LAMBDA_GROUP.length()) : source;
    }

    /** One log event: a line of a text log or the message of an exported event. */
    boolean message(String rawSource, String message, long timestamp) {
        String source = key(rawSource);
        // Most lines are the function's own: look for Lambda's markers before creating any tally.
        GroupStats stats = groups.get(source);
        if (stats != null) {
            return parser.accept(message, timestamp, stats);
        }
        GroupStats fresh = new GroupStats();
        boolean ours = parser.accept(message, timestamp, fresh);
        if (ours) {
            groups.put(source, fresh);
        }
        return ours;
    }

    /** The sources that showed any evidence, sorted by name. */
    Map<String, Observed> observed() {
        Map<String, Observed> out = new TreeMap<>();
        groups.forEach((name, stats) -> {
            if (!stats.isEmpty()) {
                out.put(name, stats.observed(name));
            }
        });
        return out;
    }
}
