package dev.lambdalint.linter.params;

/** Parameter values that cannot be read; the message names the file or option and what to write. */
public final class ParameterException extends Exception {
    public ParameterException(String message) {
        super(message);
    }
}
