package dev.lambdalint.rules.policy;

/** @param deprecationWarningDays how long before a runtime's deprecation date to warn */
public record RuntimePolicy(int deprecationWarningDays) {
    public static final RuntimePolicy DEFAULT = new RuntimePolicy(180);
}
