package dev.lambdalint.linter.parse;

import dev.lambdalint.linter.text.OneLine;
import java.util.Optional;

/**
 * An input that cannot be read as a template. The message is for a person: it says what is wrong
 * and, where it helps, what to do, on one line ({@link OneLine}). It becomes an LL001 error for that input; the others go on.
 */
public final class LoadException extends Exception {
    private final transient Optional<Position> position;

    public LoadException(String message, Optional<Position> position) {
        super(OneLine.of(message));
        this.position = position;
    }

    public LoadException(String message, Position position) {
        this(message, Optional.ofNullable(position));
    }

    public LoadException(String message) {
        this(message, Optional.empty());
    }

    public Optional<Position> position() {
        return position;
    }
}
