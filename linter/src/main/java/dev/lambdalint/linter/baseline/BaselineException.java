package dev.lambdalint.linter.baseline;

/** A baseline file that cannot be read or is not one; the message names the file and what is wrong. */
public final class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }
}
