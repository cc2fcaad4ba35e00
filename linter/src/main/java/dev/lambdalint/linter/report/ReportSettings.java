package dev.lambdalint.linter.report;

import dev.lambdalint.linter.Version;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.Severity;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What reporters need beyond the result: the rule settings in force, how to name files, and the
 * user's choices for this run.
 *
 * @param failOn the --fail-on threshold; empty for {@code never}
 * @param helpBaseUri absolute URI of the folder holding the rules' documentation pages (LL101.md, ...)
 */
public record ReportSettings(Config config, boolean showSuppressed, boolean color, Optional<Severity> failOn,
                             RepositoryPaths paths, String helpBaseUri) {

    /** Settings for a plain run from {@code workingDirectory}: default config, no colour, --fail-on warning. */
    public static ReportSettings defaults(Path workingDirectory) {
        return new ReportSettings(Config.DEFAULT, false, false, Optional.of(Severity.WARNING),
                RepositoryPaths.discover(workingDirectory), Version.docsBaseUri());
    }

    public ReportSettings withColor(boolean on) {
        return new ReportSettings(config, showSuppressed, on, failOn, paths, helpBaseUri);
    }

    /** True when a finding of this severity makes the run fail. */
    public boolean fails(Severity severity) {
        return failOn.isPresent() && severity.atLeast(failOn.get());
    }
}
