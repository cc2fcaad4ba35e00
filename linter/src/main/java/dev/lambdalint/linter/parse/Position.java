package dev.lambdalint.linter.parse;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);

    /** Where Jackson says a token is; null when it does not know. */
    static Position of(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    long pack() {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static Position unpack(long packed) {
        return new Position((int) (packed >>> 32), (int) packed);
    }
}
