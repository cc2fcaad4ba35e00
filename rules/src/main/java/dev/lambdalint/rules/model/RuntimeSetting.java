package dev.lambdalint.rules.model;

/**
 * One place in a template that names a Lambda runtime, with the words a message uses for its owner:
 * a function's {@code Runtime} ("Function X"), or a Lambda Web Function revision's
 * {@code BuildConfig.RuntimeConfig.Runtime} ("Web function revision X"). The runtime rules judge
 * every such place alike, since the ids and their lifecycle dates are the same table.
 */
public record RuntimeSetting(String resource, String subject, Value value) {
}
