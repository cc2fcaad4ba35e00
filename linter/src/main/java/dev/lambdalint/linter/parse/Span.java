package dev.lambdalint.linter.parse;

/**
 * Where a node is written, from its start to where its value ends: the whole {@code MemorySize: 64}
 * for a scalar, the key alone for a mapping or list (highlighting a whole resource would bury the
 * place). The end is exclusive, as SARIF counts it.
 *
 * @param endColumn 0 when only the end line is known: the span runs to the end of that line
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {

    /** A span from {@code start} to an exclusive {@code end}, or to the end of the start line when the end is unknown. */
    static Span of(Position start, Position end) {
        if (end == null || end.line() < start.line()
                || (end.line() == start.line() && end.column() <= start.column())) {
            return new Span(start.line(), start.column(), start.line(), 0);
        }
        if (end.column() == 1 && end.line() > start.line()) {
            // A block scalar ends at the start of the line after it; the last line of text is the end.
            return new Span(start.line(), start.column(), end.line() - 1, 0);
        }
        return new Span(start.line(), start.column(), end.line(), end.column());
    }

    public Position start() {
        return new Position(startLine, startColumn);
    }

    public boolean endColumnKnown() {
        return endColumn > 0;
    }
}
