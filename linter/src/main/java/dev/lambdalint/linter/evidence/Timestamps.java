package dev.lambdalint.linter.evidence;

import java.time.LocalDate;

/**
 * Reads the timestamps log exports put in front of a line ({@code 2026-11-20T10:00:00.123Z},
 * {@code 2026-11-20T10:00:00.123000+00:00}, Logs Insights' {@code 2026-11-20 10:00:00.123}) by hand:
 * a formatter per line would cost more than the rest of the line's reading.
 */
final class Timestamps {
    static final long NONE = Long.MIN_VALUE;

    private Timestamps() {}

    /** The epoch milliseconds of the ISO-like timestamp starting at {@code at}, or {@link #NONE}. */
    static long parse(String s, int at) {
        int n = s.length();
        if (at < 0 || at + 19 > n) {
            return NONE;
        }
        int year = digits(s, at, 4);
        int month = s.charAt(at + 4) == '-' ? digits(s, at + 5, 2) : -1;
        int day = s.charAt(at + 7) == '-' ? digits(s, at + 8, 2) : -1;
        char sep = s.charAt(at + 10);
        int hour = sep == 'T' || sep == ' ' ? digits(s, at + 11, 2) : -1;
        int minute = s.charAt(at + 13) == ':' ? digits(s, at + 14, 2) : -1;
        int second = s.charAt(at + 16) == ':' ? digits(s, at + 17, 2) : -1;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 60) {
            return NONE;
        }
        int i = at + 19;
        int millis = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int scale = 100;
            while (i < n && Character.isDigit(s.charAt(i))) {
                millis += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
        }
        long offsetMinutes = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            int oh = digits(s, i + 1, 2);
            int om = i + 3 < n && s.charAt(i + 3) == ':' ? digits(s, i + 4, 2) : Math.max(0, digits(s, i + 3, 2));
            if (oh >= 0 && om >= 0) {
                offsetMinutes = (s.charAt(i) == '-' ? -1 : 1) * (oh * 60L + om);
            }
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return NONE;
        }
        return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000L + second * 1000L + millis;
    }

    /** The first timestamp among the blank-separated words of a line's prefix (before the message). */
    static long inPrefix(String line, int end) {
        int i = 0;
        while (i < end) {
            while (i < end && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i < end && Character.isDigit(line.charAt(i))) {
                long t = parse(line, i);
                if (t != NONE) {
                    return t;
                }
            }
            while (i < end && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
        }
        return NONE;
    }

    private static int digits(String s, int at, int count) {
        if (at + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
