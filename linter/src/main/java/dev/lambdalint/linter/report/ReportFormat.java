package dev.lambdalint.linter.report;

import dev.lambdalint.linter.report.github.GithubReporter;
import dev.lambdalint.linter.report.junit.JunitReporter;
import dev.lambdalint.linter.report.sarif.SarifReporter;

/**
 * The output formats, by the name users give on the command line. A reporter's classes are loaded
 * only when its format is asked for, so the formats a run does not use cost it nothing at start-up.
 */
public enum ReportFormat {
    text, json, sarif, junit, github;

    public Reporter create(ReportSettings settings) {
        return switch (this) {
            case text -> new TextReporter(settings.showSuppressed(), settings.color());
            case json -> new JsonReporter(settings.showSuppressed());
            case sarif -> new SarifReporter(settings);
            case junit -> new JunitReporter(settings);
            case github -> new GithubReporter(settings);
        };
    }
}
