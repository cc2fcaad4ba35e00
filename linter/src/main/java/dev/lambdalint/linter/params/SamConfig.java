package dev.lambdalint.linter.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code parameter_overrides} of a {@code samconfig.toml}. A class of its own so that the TOML reader
 * is loaded only for a {@code .toml} file.
 */
final class SamConfig {
    private SamConfig() {}

    /**
     * {@code [ENV.deploy.parameters] parameter_overrides}, a string of {@code Key=Value} pairs or a list of
     * them; {@code [ENV.global.parameters]} when deploy does not set it, as the SAM CLI falls back.
     */
    static Map<String, String> parameterOverrides(String text, String name, String environment) throws ParameterException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (IOException e) {
            throw new ParameterException(name + ": not valid TOML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        JsonNode env = root.path(environment);
        if (!env.isObject()) {
            List<String> environments = new ArrayList<>();
            root.fieldNames().forEachRemaining(n -> {
                if (root.get(n).isObject()) {
                    environments.add(n);
                }
            });
            throw new ParameterException(name + ": no environment '" + environment + "'"
                    + (environments.isEmpty() ? "" : " (it has " + String.join(", ", environments)
                    + "; choose one with --parameters-env)"));
        }
        JsonNode overrides = env.path("deploy").path("parameters").path("parameter_overrides");
        if (overrides.isMissingNode()) {
            overrides = env.path("global").path("parameters").path("parameter_overrides");
        }
        if (overrides.isMissingNode()) {
            throw new ParameterException(name + ": [" + environment + ".deploy.parameters] has no parameter_overrides");
        }
        if (overrides.isArray()) {
            // Each item is one Key=Value, spaces in the value included.
            Map<String, String> out = new java.util.LinkedHashMap<>();
            for (JsonNode item : overrides) {
                int eq = item.asText().indexOf('=');
                if (eq <= 0) {
                    throw new ParameterException(name + ": '" + item.asText() + "' in parameter_overrides is not Key=Value");
                }
                out.put(item.asText().substring(0, eq), item.asText().substring(eq + 1));
            }
            return out;
        }
        return OverridePairs.read(overrides.asText(), name);
    }
}
