package dev.lambdalint.linter.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Logs Insights result exported as CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes, which a REPORT message with its XRAY line has). Read record by record; a field longer than
 * {@link LineReader#MAX_LINE} is cut, as a log line is.
 */
final class InsightsCsv {
    private final Tally tally;
    private final String source;
    private final boolean forced;
    private long line = 1;

    InsightsCsv(Tally tally, String source, boolean forced) {
        this.tally = tally;
        this.source = source;
        this.forced = forced;
    }

    long read(InputStream in) throws IOException {
        Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        List<String> header = record(r);
        if (header == null) {
            return 0;
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        int message = header.indexOf("@message");
        int log = header.indexOf("@log");
        int timestamp = header.indexOf("@timestamp");
        long records = 0;
        for (List<String> row = record(r); row != null; row = record(r)) {
            if (message >= row.size()) {
                continue;
            }
            String group = forced || log < 0 || log >= row.size() || row.get(log).isEmpty()
                    ? source : SourceNames.logGroup(row.get(log));
            long time = timestamp >= 0 && timestamp < row.size() ? Timestamps.parse(row.get(timestamp), 0) : Timestamps.NONE;
            if (tally.message(group, row.get(message), time)) {
                records++;
            }
        }
        return records;
    }

    /** The next record's fields, or null at the end of the input. */
    private List<String> record(Reader r) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        long startLine = line;
        while (true) {
            int c = r.read();
            if (c < 0) {
                if (quoted) {
                    throw new EvidenceException(startLine, "not valid Logs Insights CSV: a quoted field is never closed; export it again");
                }
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int next = r.read();
                    if (next == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            r.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line++;
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                append(field, (char) c);
            }
        }
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() < LineReader.MAX_LINE) {
            field.append(c);
        }
    }
}
