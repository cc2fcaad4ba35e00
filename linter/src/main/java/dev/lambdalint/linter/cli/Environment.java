package dev.lambdalint.linter.cli;

import java.util.Map;
import java.util.Optional;

/**
 * What the command line reads from the process beyond its arguments: environment variables and whether
 * a person is at a terminal. Tests pass their own, so that output never depends on where they run.
 *
 * @param interactive true when standard output is a terminal
 */
public record Environment(Map<String, String> variables, boolean interactive) {

    /** No variables, no terminal: plain output. */
    public static final Environment NONE = new Environment(Map.of(), false);

    public static Environment system() {
        return new Environment(System.getenv(), System.console() != null);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }

    /** Colour on a terminal, unless NO_COLOR is set (https://no-color.org) or the terminal is dumb. */
    public boolean wantsColor() {
        return interactive && get("NO_COLOR").isEmpty() && !get("TERM").orElse("").equals("dumb");
    }
}
