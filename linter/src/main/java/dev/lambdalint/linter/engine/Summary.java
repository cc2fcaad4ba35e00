package dev.lambdalint.linter.engine;

/**
 * Counts for the last line of a report. Severity counts leave suppressed and baselined findings out.
 *
 * @param cdkInternalSkipped functions the CDK library added on its own whose findings were left out
 * @param baselined findings left out because the baseline (--baseline) lists them
 */
public record Summary(int templates, int functions, int cdkInternalSkipped, int errors, int warnings, int infos,
                      int suppressed, int inputErrors, int baselined) {

    public Summary(int templates, int functions, int cdkInternalSkipped, int errors, int warnings, int infos,
                   int suppressed, int inputErrors) {
        this(templates, functions, cdkInternalSkipped, errors, warnings, infos, suppressed, inputErrors, 0);
    }

    /** These counts after a baseline left {@code baselined} findings out of the given severity counts. */
    public Summary afterBaseline(int errors, int warnings, int infos, int baselined) {
        return new Summary(templates, functions, cdkInternalSkipped, errors, warnings, infos, suppressed, inputErrors,
                this.baselined + baselined);
    }
}
