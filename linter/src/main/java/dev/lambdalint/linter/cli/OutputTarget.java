package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.report.ReportFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** One {@code --output FORMAT=FILE}: a report written to a file besides the one on standard output. */
record OutputTarget(ReportFormat format, Path file) {

    static final class Converter implements CommandLine.ITypeConverter<OutputTarget> {
        @Override
        public OutputTarget convert(String value) {
            int eq = value.indexOf('=');
            String formats = Arrays.stream(ReportFormat.values()).map(Enum::name).collect(Collectors.joining(", "));
            if (eq <= 0 || eq == value.length() - 1) {
                throw new CommandLine.TypeConversionException(
                        "expected FORMAT=FILE (for example sarif=lambdalint.sarif), with FORMAT one of " + formats);
            }
            String name = value.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            for (ReportFormat f : ReportFormat.values()) {
                if (f.name().equals(name)) {
                    return new OutputTarget(f, Path.of(value.substring(eq + 1)));
                }
            }
            throw new CommandLine.TypeConversionException(
                    "unknown format '" + value.substring(0, eq) + "': expected one of " + formats);
        }
    }
}
