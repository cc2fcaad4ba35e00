package dev.lambdalint.linter.cli;

/** What the process's exit status means; the help text lists the same. */
public enum ExitCode {
    /** Nothing at or above --fail-on. */
    CLEAN(0),
    /** Findings at or above --fail-on. */
    FINDINGS(1),
    /** Usage error, unreadable input or invalid config; the other inputs are still linted and reported. */
    INPUT_ERROR(2),
    /** A bug in lambdalint. */
    INTERNAL_ERROR(3);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
