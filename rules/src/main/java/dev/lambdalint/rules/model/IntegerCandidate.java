package dev.lambdalint.rules.model;

import java.util.Map;

/**
 * One whole-number value a property can take, where it is written, and the conditions under which the
 * property takes it ({@code Fn::If} branches, the resource's {@code Condition}; empty: always).
 */
public record IntegerCandidate(long value, Value at, Map<String, Boolean> when) {

    public IntegerCandidate(long value, Value at) {
        this(value, at, Map.of());
    }

    public String pointer() {
        return at.pointer();
    }

    /** False when the two need one condition both true and false, so that one deployment never has both. */
    public boolean canCoexistWith(IntegerCandidate other) {
        return Conditions.canCoexist(when, other.when);
    }
}
