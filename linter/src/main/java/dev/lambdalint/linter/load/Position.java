package dev.lambdalint.linter.load;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);

    long pack() {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static Position unpack(long packed) {
        return new Position((int) (packed >>> 32), (int) packed);
    }
}
