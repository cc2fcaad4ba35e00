package dev.lambdalint.linter.params;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter values a team deploys with ({@code check --parameter} and {@code --parameters}), by name.
 * A given value stands for the parameter in every template that declares it, in place of its
 * {@code Default} and {@code AllowedValues}.
 *
 * @param values the value of each parameter; a later source overrides an earlier one, as the AWS CLI does
 */
public record GivenParameters(Map<String, String> values) {
    public static final GivenParameters NONE = new GivenParameters(Map.of());

    public GivenParameters {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
