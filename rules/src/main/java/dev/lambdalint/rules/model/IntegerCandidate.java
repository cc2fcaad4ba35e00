package dev.lambdalint.rules.model;

/** One whole-number value a property can take, and where it is written. */
public record IntegerCandidate(long value, Value at) {
    public String pointer() {
        return at.pointer();
    }
}
