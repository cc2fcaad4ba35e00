package dev.lambdalint.rules.model;

import java.util.Optional;

/**
 * A resource of the template: its logical id, its {@code Type}, its whole declaration, and its
 * {@code Properties} mapping (empty when absent or not a literal mapping). Rules ask for properties
 * many times per resource; looking the mapping up once keeps them from walking to it each time.
 */
public record Resource(String logicalId, String type, Value declaration, Optional<Value> properties) {

    public Resource(String logicalId, String type, Value declaration) {
        this(logicalId, type, declaration, declaration.get("Properties").filter(Value::isMapping));
    }

    public String pointer() {
        return declaration.pointer();
    }

    public Optional<Value> property(String name) {
        return properties().flatMap(p -> p.get(name));
    }

    public boolean is(String resourceType) {
        return type.equals(resourceType);
    }
}
