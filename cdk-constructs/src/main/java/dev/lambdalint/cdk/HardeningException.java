package dev.lambdalint.cdk;

import java.util.Objects;

/**
 * A hardened construct was asked for a configuration that Lambda rejects or that the policy forbids.
 * Thrown while the construct is being built, so the mistake shows at {@code cdk synth} (or in a unit
 * test) instead of at deploy time. The message starts with the lambdalint rule id and name, as the
 * linter prints them.
 */
public final class HardeningException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public HardeningException(String ruleId, String message) {
        super(message);
        this.ruleId = Objects.requireNonNull(ruleId);
    }

    /** The lambdalint rule the configuration breaks, such as {@code LL101}. */
    public String ruleId() {
        return ruleId;
    }
}
