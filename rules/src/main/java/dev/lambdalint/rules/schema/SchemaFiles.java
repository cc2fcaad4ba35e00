package dev.lambdalint.rules.schema;

import java.util.Map;
import java.util.Optional;

/**
 * Which resource types have a vendored schema, and in which file (see the README beside the files,
 * {@code dev/lambdalint/rules/schemas/}). One list for the model, which reads property names from the
 * files, and for the validator in {@code linter}, which reads whole schemas.
 */
public final class SchemaFiles {
    /** Where {@code Globals.Function} of a SAM template is checked: a pseudo-type of its own. */
    public static final String SAM_GLOBALS_FUNCTION = "Globals.Function";

    private static final String FOLDER = "/dev/lambdalint/rules/schemas/";

    private static final Map<String, String> FILES = Map.of(
            "AWS::Lambda::Function", "aws-lambda-function.json",
            "AWS::Lambda::Version", "aws-lambda-version.json",
            "AWS::Lambda::Alias", "aws-lambda-alias.json",
            "AWS::Lambda::EventSourceMapping", "aws-lambda-eventsourcemapping.json",
            "AWS::Lambda::EventInvokeConfig", "aws-lambda-eventinvokeconfig.json",
            "AWS::Lambda::Url", "aws-lambda-url.json",
            "AWS::Lambda::Permission", "aws-lambda-permission.json",
            "AWS::Lambda::LayerVersion", "aws-lambda-layerversion.json",
            "AWS::Serverless::Function", "aws-serverless-function.json",
            SAM_GLOBALS_FUNCTION, "aws-serverless-globals-function.json");

    private SchemaFiles() {}

    /** The class-path resource holding the schema of {@code type}'s {@code Properties}, when there is one. */
    public static Optional<String> resource(String type) {
        String file = FILES.get(type);
        return file == null ? Optional.empty() : Optional.of(FOLDER + file);
    }

    public static boolean covers(String type) {
        return FILES.containsKey(type);
    }
}
