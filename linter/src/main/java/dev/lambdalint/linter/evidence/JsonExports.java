package dev.lambdalint.linter.evidence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The JSON documents the AWS CLI and the CloudWatch console write. They can be large (a week of
 * {@code filter-log-events}), so they are streamed: one event at a time is read as a tree and dropped.
 */
final class JsonExports {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Tally tally;
    private final String source;
    private final boolean forced;
    private long records;

    JsonExports(Tally tally, String source, boolean forced) {
        this.tally = tally;
        this.source = source;
        this.forced = forced;
    }

    long read(EvidenceFormat format, InputStream in) throws IOException {
        try (JsonParser p = MAPPER.createParser(in)) {
            try {
                switch (format) {
                    case LOG_EVENTS -> inArrayField(p, "events", this::logEvent);
                    case INSIGHTS_QUERY -> inArrayField(p, "results", this::queryRow);
                    case INSIGHTS_JSON -> array(p, this::insightsRow);
                    case METRIC_DATA -> inArrayField(p, "MetricDataResults", this::metricData);
                    case METRIC_STATISTICS -> metricStatistics(MAPPER.readTree(p));
                    default -> throw new IllegalArgumentException(format.name());
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new EvidenceException(at == null ? 0 : at.getLineNr(), String.format(Locale.ROOT,
                        "not valid %s (column %d): was the export cut short? Export it again", format.label(),
                        at == null ? 0 : at.getColumnNr()));
            }
        }
        return records;
    }

    private interface Element {
        void accept(JsonNode node);
    }

    /** Each element of the top-level object's array {@code field}; other fields are skipped unread. */
    private static void inArrayField(JsonParser p, String field, Element each) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(field) && value == JsonToken.START_ARRAY) {
                elements(p, each);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void array(JsonParser p, Element each) throws IOException {
        if (p.nextToken() == JsonToken.START_ARRAY) {
            elements(p, each);
        }
    }

    private static void elements(JsonParser p, Element each) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new JsonParseEnd(p);
            }
            each.accept(MAPPER.readTree(p));
        }
    }

    /** A truncated document: Jackson returns null tokens at the end of input instead of failing. */
    private static final class JsonParseEnd extends com.fasterxml.jackson.core.JsonParseException {
        private static final long serialVersionUID = 1L;

        JsonParseEnd(JsonParser p) {
            super(p, "unexpected end of input");
        }
    }

    private String sourceOf(String logGroup) {
        return forced || logGroup == null || logGroup.isEmpty() ? source : SourceNames.logGroup(logGroup);
    }

    private void message(String logGroup, String message, long timestamp) {
        if (message != null && tally.message(sourceOf(logGroup), message, timestamp)) {
            records++;
        }
    }

    private void logEvent(JsonNode event) {
        // filter-log-events names no group (only logStreamName); an interleaved multi-group query adds logGroupName.
        message(text(event, "logGroupName"), text(event, "message"),
                event.path("timestamp").isNumber() ? event.path("timestamp").asLong() : Timestamps.NONE);
    }

    private void insightsRow(JsonNode row) {
        String timestamp = text(row, "@timestamp");
        message(text(row, "@log"), text(row, "@message"), timestamp == null ? Timestamps.NONE : Timestamps.parse(timestamp, 0));
    }

    private void queryRow(JsonNode row) {
        String log = null;
        String message = null;
        long timestamp = Timestamps.NONE;
        for (JsonNode cell : row) {
            String field = cell.path("field").asText("");
            String value = cell.path("value").asText(null);
            switch (field) {
                case "@log" -> log = value;
                case "@message" -> message = value;
                case "@timestamp" -> timestamp = value == null ? Timestamps.NONE : Timestamps.parse(value, 0);
                default -> { }
            }
        }
        message(log, message, timestamp);
    }

    /**
     * A {@code get-metric-data} result: the output names neither the function nor the metric, only the
     * query's {@code Id} and {@code Label}, so the metric is told from those and the function is the file's.
     */
    private void metricData(JsonNode result) {
        String name = (text(result, "Label") + " " + text(result, "Id")).toLowerCase(Locale.ROOT);
        JsonNode values = result.path("Values");
        if (name.contains("throttle")) {
            long sum = 0;
            for (JsonNode v : values) {
                sum += Math.round(v.asDouble());
            }
            tally.group(source).throttles(sum);
            records += values.size();
        } else if (name.contains("concurrent")) {
            long max = 0;
            for (JsonNode v : values) {
                max = Math.max(max, Math.round(v.asDouble()));
            }
            tally.group(source).concurrency(max);
            records += values.size();
        }
    }

    private void metricStatistics(JsonNode doc) {
        String label = text(doc, "Label") == null ? "" : text(doc, "Label").toLowerCase(Locale.ROOT);
        JsonNode points = doc.path("Datapoints");
        if (label.contains("throttle")) {
            long sum = 0;
            for (JsonNode point : points) {
                // Sum is the count; with only Average asked for, Average x SampleCount is the same number.
                sum += Math.round(point.has("Sum") ? point.path("Sum").asDouble()
                        : point.path("Average").asDouble() * point.path("SampleCount").asDouble());
            }
            tally.group(source).throttles(sum);
            records += points.size();
        } else if (label.contains("concurrent")) {
            long max = 0;
            for (JsonNode point : points) {
                max = Math.max(max, Math.round(point.has("Maximum") ? point.path("Maximum").asDouble()
                        : point.path("Average").asDouble()));
            }
            tally.group(source).concurrency(max);
            records += points.size();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
