package dev.lambdalint.linter.report;

import dev.lambdalint.linter.report.github.GithubReporter;
import dev.lambdalint.linter.report.json.JsonReporter;
import dev.lambdalint.linter.report.junit.JunitReporter;
import dev.lambdalint.linter.report.sarif.SarifReporter;
import dev.lambdalint.linter.report.text.CompactReporter;
import dev.lambdalint.linter.report.text.TextReporter;

/**
 * The output formats, by the name users give on the command line. A reporter's classes are loaded
 * only when its format is asked for, so the formats a run does not use cost it nothing at start-up.
 */
public enum ReportFormat {
    text, compact, json, sarif, junit, github;

    /**
     * True for the formats a program reads from standard output, so that the person at the terminal gets the
     * summary line on standard error; text and compact end with it, github prints it as a log line.
     */
    public boolean summaryOnStandardError() {
        return this == json || this == sarif || this == junit;
    }

    public Reporter create(ReportSettings settings) {
        return switch (this) {
            case text -> new TextReporter(settings.showSuppressed(), settings.color());
            case compact -> new CompactReporter(settings.showSuppressed());
            case json -> new JsonReporter(settings.showSuppressed());
            case sarif -> new SarifReporter(settings);
            case junit -> new JunitReporter(settings);
            case github -> new GithubReporter(settings);
        };
    }
}
