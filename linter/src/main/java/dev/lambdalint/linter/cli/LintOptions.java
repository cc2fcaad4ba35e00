package dev.lambdalint.linter.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that lints inputs ({@code check} and {@code report}), so they read alike. */
final class LintOptions {

    /** Shared with the model of {@code check}, built in code (CommandModels). */
    static final String DATE_DESCRIPTION = "The date that counts as today for runtime deprecation rules (default: today, UTC).";
    /** Shared with the model of {@code check}, built in code (CommandModels). */
    static final String INCLUDE_CDK_INTERNAL_DESCRIPTION = "Also judge and list the functions the CDK library adds on its own (custom-resource providers, log retention, ...).";
    /** Shared with the model of {@code check}, built in code (CommandModels). */
    static final String DEBUG_DESCRIPTION = "Print stack traces of internal errors.";

    @Mixin
    ConfigOption config;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = DATE_DESCRIPTION)
    LocalDate date;

    @Option(names = "--include-cdk-internal",
            description = INCLUDE_CDK_INTERNAL_DESCRIPTION)
    boolean includeCdkInternal;

    // Read by Main before Picocli parses anything (a crash in parsing must honour it too); declared here
    // so that Picocli accepts it and prints it in the help.
    @Option(names = "--debug", description = DEBUG_DESCRIPTION)
    boolean debug;

    LocalDate today(Clock clock) {
        return date != null ? date : LocalDate.now(clock);
    }

    static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "--date must be a date such as 2026-12-03, not '" + value + "'");
            }
        }
    }
}
