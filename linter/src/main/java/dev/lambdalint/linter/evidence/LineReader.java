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

    LineReader(InputStream in) {
        this.in = in;
    }

    private static final byte[][] MARKERS = {
        MessageParser.REPORT.getBytes(StandardCharsets.ISO_8859_1),
        MessageParser.PLATFORM.getBytes(StandardCharsets.ISO_8859_1),
        MessageParser.TIMED_OUT.getBytes(StandardCharsets.ISO_8859_1),
        MessageParser.KILLED.getBytes(StandardCharsets.ISO_8859_1),
    };

    /**
     * The next line that holds one of Lambda's markers ({@link MessageParser}), or null at the end. The
     * other lines, most of a log, are skipped without becoming strings: one pass over their bytes.
     */
    String nextMarked() throws IOException {
        while (true) {
            int length = read();
            if (length < 0) {
                return null;
            }
            if (marked(length)) {
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
        }
    }

    private boolean marked(int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            // Each marker starts with one of these bytes: test the rest only there.
            if (b == 'R' || b == '"' || b == 'T') {
                for (byte[] marker : MARKERS) {
                    if (marker[0] == b && i + marker.length <= length && matches(marker, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean matches(byte[] marker, int at) {
        for (int j = 1; j < marker.length; j++) {
            if (line[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next line into {@code line}; its length, or -1 at the end. */
    private int read() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return -1;
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
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return length;
    }
}
