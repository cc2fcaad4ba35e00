package dev.lambdalint.linter.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads parameter values in the forms teams keep them:
 * <ul>
 *   <li>CloudFormation's JSON list, as {@code aws cloudformation create-stack --parameters file://...} takes it:
 *       {@code [{"ParameterKey": "Stage", "ParameterValue": "prod"}]};</li>
 *   <li>a JSON list of {@code "Key=Value"} strings, or a JSON object of keys to values (a CodePipeline template
 *       configuration's {@code {"Parameters": {...}}}, a flat context file such as {@code cdk.context.json}, or
 *       the {@code context} of a {@code cdk.json});</li>
 *   <li>{@code Key=Value} pairs separated by spaces or lines, as {@code aws cloudformation deploy
 *       --parameter-overrides} and {@code sam deploy --parameter-overrides} take them, quotes allowed;</li>
 *   <li>a {@code samconfig.toml}: the {@code parameter_overrides} of one environment's {@code deploy} command
 *       (the {@code default} environment unless another is named), as {@code sam deploy --config-env} reads it.</li>
 * </ul>
 */
public final class ParameterFiles {
    private ParameterFiles() {}

    /** One {@code KEY=VALUE} from the command line. */
    public static Map.Entry<String, String> pair(String text) throws ParameterException {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ParameterException("--parameter " + text + ": write KEY=VALUE, such as --parameter Stage=prod");
        }
        return Map.entry(text.substring(0, eq).trim(), text.substring(eq + 1));
    }

    /**
     * The values in {@code file}.
     *
     * @param name how to name the file in messages
     * @param environment the samconfig.toml environment to read
     */
    public static Map<String, String> read(Path file, String name, String environment) throws ParameterException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(name + ": cannot read the parameters file (" + e.getMessage() + ")");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".toml")) {
            return SamConfig.parameterOverrides(text, name, environment);
        }
        String trimmed = text.strip();
        if (lower.endsWith(".json") || trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return json(trimmed, name);
        }
        return OverridePairs.read(text, name);
    }

    private static Map<String, String> json(String text, String name) throws ParameterException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new ParameterException(name + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (root != null && root.isObject() && root.path("Parameters").isObject()) {
            root = root.get("Parameters");
        } else if (root != null && root.isObject() && root.has("app") && root.path("context").isObject()) {
            // cdk.json: the app's context is under "context".
            root = root.get("context");
        }
        if (root != null && root.isArray()) {
            for (JsonNode item : root) {
                if (item.isTextual()) {
                    out.putAll(OverridePairs.read(item.textValue(), name));
                } else if (item.path("ParameterKey").isTextual()) {
                    JsonNode value = item.get("ParameterValue");
                    if (value != null && !value.isNull()) {
                        out.put(item.get("ParameterKey").textValue(), scalar(value));
                    }
                    // UsePreviousValue without a value: nothing known here.
                } else {
                    throw new ParameterException(name + ": each entry must be {\"ParameterKey\": ..., \"ParameterValue\": ...} "
                            + "or \"Key=Value\", not " + item);
                }
            }
            return out;
        }
        if (root != null && root.isObject()) {
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    out.put(e.getKey(), scalar(e.getValue()));
                } else if (e.getValue().isArray()) {
                    List<String> items = new ArrayList<>();
                    e.getValue().forEach(v -> items.add(scalar(v)));
                    out.put(e.getKey(), String.join(",", items));
                }
                // A nested object (a CDK context lookup's cached result) is not a parameter value.
            }
            return out;
        }
        throw new ParameterException(name + ": expected a JSON list of {\"ParameterKey\": ..., \"ParameterValue\": ...}"
                + " or an object of parameter names to values");
    }

    private static String scalar(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
