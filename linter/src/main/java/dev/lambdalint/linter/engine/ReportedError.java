package dev.lambdalint.linter.engine;

import dev.lambdalint.linter.parse.Position;
import java.util.Comparator;
import java.util.Optional;

/** An input that could not be linted, or not completely (LL001). */
public record ReportedError(String file, Optional<Position> position, String message) {

    public static final Comparator<ReportedError> ORDER = Comparator
            .comparing(ReportedError::file)
            .thenComparingInt(e -> e.position().map(Position::line).orElse(0))
            .thenComparingInt(e -> e.position().map(Position::column).orElse(0))
            .thenComparing(ReportedError::message);
}
