package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.Version;
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.util.Optional;
import picocli.CommandLine;

/** What {@code lambdalint --version} (and {@code -V} on any subcommand) prints. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return versionLines();
    }

    /**
     * What {@code --version} prints, one line each. Picocli formats each line ({@code %} specifiers,
     * {@code ${...}} variables, {@code @|style ...|@} markup) before it prints it; {@link #plain} says when
     * that leaves the lines as they are. Written for a cold JVM (it is most of {@code --version}): no lambda
     * or stream, the runtime table's date read alone, and the Java version as the JVM's property says it
     * (what {@code Runtime.version()} prints, without its parsing and streams).
     */
    static String[] versionLines() {
        Optional<String> commit = Version.commit();
        return new String[] {
            "lambdalint " + Version.current() + (commit.isPresent() ? " (commit " + commit.get() + ")" : ""),
            "runtime lifecycle data as of " + RuntimeTable.bundledAsOf(),
            "Java " + System.getProperty("java.runtime.version", Runtime.version().toString())
                    + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    /**
     * The lines when picocli would print them unchanged (no character it formats or interpolates), else
     * empty: then {@code lambdalint --version} goes through picocli like any other command.
     */
    static Optional<String[]> plain(String[] lines) {
        for (String line : lines) {
            if (line.indexOf('%') >= 0 || line.indexOf('$') >= 0 || line.indexOf('@') >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(lines);
    }

}
