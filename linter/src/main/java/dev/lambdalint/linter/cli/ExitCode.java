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

    // As the help lists them (Picocli's exitCodeList wants constants).
    static final String HELP_CLEAN = "0:nothing at or above --fail-on";
    static final String HELP_FINDINGS = "1:findings at or above --fail-on";
    static final String HELP_INPUT_ERROR = "2:usage error, unreadable input or invalid config (other inputs are still linted)";
    static final String HELP_INTERNAL_ERROR = "3:internal error (a bug in lambdalint; rerun with --debug and report it)";

    ExitCode(int code) {
        this.code = code;
    }
}
