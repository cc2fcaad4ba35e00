package dev.lambdalint.rules.model;

/** One string value a property can take, and where it is written. */
public record StringCandidate(String value, Value at) {
    public String pointer() {
        return at.pointer();
    }
}
