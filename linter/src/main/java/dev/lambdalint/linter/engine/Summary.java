package dev.lambdalint.linter.engine;

/** Counts for the last line of a report. Severity counts leave suppressed findings out. */
public record Summary(int templates, int functions, int errors, int warnings, int infos, int suppressed, int inputErrors) {}
