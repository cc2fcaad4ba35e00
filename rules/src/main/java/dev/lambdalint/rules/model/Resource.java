package dev.lambdalint.rules.model;

import java.util.Optional;

/** A resource of the template: its logical id, its {@code Type}, and its whole declaration. */
public record Resource(String logicalId, String type, Value declaration) {

    public String pointer() {
        return declaration.pointer();
    }

    /** The {@code Properties} mapping; empty when absent or not a literal mapping. */
    public Optional<Value> properties() {
        return declaration.get("Properties").filter(Value::isMapping);
    }

    public Optional<Value> property(String name) {
        return properties().flatMap(p -> p.get(name));
    }

    public boolean is(String resourceType) {
        return type.equals(resourceType);
    }
}
