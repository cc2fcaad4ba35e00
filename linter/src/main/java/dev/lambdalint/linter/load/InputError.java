package dev.lambdalint.linter.load;

import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.text.OneLine;
import java.util.Optional;

/** An input that could not be linted (LL001): which file, where in it if known, and what is wrong. */
public record InputError(String file, Optional<Position> position, String message) {

    public InputError {
        message = OneLine.of(message);
    }

    public static InputError of(String file, LoadException e) {
        return new InputError(file, e.position(), e.getMessage());
    }
}
