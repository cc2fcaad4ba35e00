package dev.lambdalint.linter.engine;

/**
 * Counts for the last line of a report. Severity counts leave suppressed findings out.
 *
 * @param cdkInternalSkipped functions the CDK library added on its own whose findings were left out
 */
public record Summary(int templates, int functions, int cdkInternalSkipped, int errors, int warnings, int infos,
                      int suppressed, int inputErrors) {}
