package dev.lambdalint.linter.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines without ever holding more than one buffer and one capped line. A
 * line longer than the cap (a function that logged a megabyte in one line) is cut: Lambda's own lines
 * are short, and what is past the cap is never one of them. Bytes become chars one to one (ISO-8859-1):
 * every marker and number Lambda writes is ASCII, and nothing else of a line is kept.
 */
final class LineReader {
    static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] line = new byte[MAX_LINE];
    private int pos;
    private int end;
    private long lineNumber;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line break, or null at the end. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int take = Math.min(pos - start, MAX_LINE - length);
            System.arraycopy(buffer, start, line, length, take);
            length += take;
            if (pos < end) {
                pos++;
                break;
            }
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }

    long lineNumber() {
        return lineNumber;
    }
}
