package dev.lambdalint.rules;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Declared from most to least severe so {@link #compareTo} orders by gravity. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word used in output and in config files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as bad as {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Optional<Severity> fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
