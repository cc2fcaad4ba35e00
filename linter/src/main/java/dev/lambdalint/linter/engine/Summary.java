package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Severity;
import java.util.List;

/**
 * Counts for the last line of a report. Severity counts leave suppressed and baselined findings out.
 *
 * @param cdkInternalSkipped functions the CDK library added on its own whose findings were left out
 * @param baselined findings left out because the baseline (--baseline) lists them
 * @param deploymentHandlers judged functions that serve only as custom-resource or macro handlers, which
 *        LL301, LL306 and LL603 leave alone
 */
public record Summary(int templates, int functions, int cdkInternalSkipped, int errors, int warnings, int infos,
                      int suppressed, int inputErrors, int baselined, int deploymentHandlers) {

    public Summary(int templates, int functions, int cdkInternalSkipped, int errors, int warnings, int infos,
                   int suppressed, int inputErrors, int baselined) {
        this(templates, functions, cdkInternalSkipped, errors, warnings, infos, suppressed, inputErrors, baselined, 0);
    }

    public Summary(int templates, int functions, int cdkInternalSkipped, int errors, int warnings, int infos,
                   int suppressed, int inputErrors) {
        this(templates, functions, cdkInternalSkipped, errors, warnings, infos, suppressed, inputErrors, 0);
    }

    /** The counts of a run that reports {@code findings}, suppressed ones counted apart. */
    public static Summary of(List<ReportedFinding> findings, int templates, int functions, int cdkInternalSkipped,
                             int inputErrors) {
        int[] bySeverity = new int[3];
        int suppressed = 0;
        for (ReportedFinding f : findings) {
            if (f.suppressed()) {
                suppressed++;
            } else {
                bySeverity[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
            }
        }
        return new Summary(templates, functions, cdkInternalSkipped, bySeverity[0], bySeverity[1], bySeverity[2],
                suppressed, inputErrors);
    }

    /** These counts after a baseline left {@code baselined} findings out, {@code kept} being the rest. */
    public Summary afterBaseline(List<ReportedFinding> kept, int baselined) {
        Summary counted = of(kept, templates, functions, cdkInternalSkipped, inputErrors);
        return new Summary(templates, functions, cdkInternalSkipped, counted.errors, counted.warnings, counted.infos,
                suppressed, inputErrors, this.baselined + baselined, deploymentHandlers);
    }

    /** These counts with {@code count} functions that serve only as custom-resource or macro handlers. */
    public Summary withDeploymentHandlers(int count) {
        return new Summary(templates, functions, cdkInternalSkipped, errors, warnings, infos, suppressed, inputErrors,
                baselined, count);
    }
}
