package dev.lambdalint.linter.evidence;

/** The kinds of evidence file, told apart by their content, never by their names. */
public enum EvidenceFormat {
    /** Log lines as Lambda writes them, with or without an export tool's prefix; also the JSON log format, one record a line. */
    TEXT("log lines"),
    /** {@code aws logs filter-log-events} / {@code get-log-events} output: {@code {"events": [...]}}. */
    LOG_EVENTS("aws logs events JSON"),
    /** A Logs Insights result exported as JSON: an array of {@code {"@timestamp", "@message", "@log"}}. */
    INSIGHTS_JSON("Logs Insights JSON"),
    /** {@code aws logs get-query-results} output: {@code {"results": [[{"field", "value"}]]}}. */
    INSIGHTS_QUERY("Logs Insights query results"),
    /** A Logs Insights result exported as CSV with an {@code @message} column. */
    INSIGHTS_CSV("Logs Insights CSV"),
    /** {@code aws cloudwatch get-metric-data} output. */
    METRIC_DATA("CloudWatch get-metric-data"),
    /** {@code aws cloudwatch get-metric-statistics} output. */
    METRIC_STATISTICS("CloudWatch get-metric-statistics");

    private final String label;

    EvidenceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
