package dev.lambdalint.linter.load.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.load.PackageSizes;
import dev.lambdalint.linter.load.PackageSizes.Contents;
import dev.lambdalint.rules.model.CodeSize;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unzipped size of the code of a CDK stack's functions ({@code Code}) and layers ({@code Content})
 * from the assets of the cloud assembly. Through the CDK CLI the resource's Metadata names its asset
 * ({@code aws:asset:path}, {@code aws:asset:property}); a bare {@code app.synth()} leaves that out, and
 * the asset is the one whose hash the {@code S3Key} ({@code <hash>.zip}, {@code <hash>.jar}) names in
 * the asset manifest (with the LegacyStackSynthesizer, the hash in the name of the S3Key's parameter, in
 * the stack's {@code aws:cdk:asset} metadata). A folder asset is zipped as it is staged; a zip or jar
 * asset is uploaded as it is.
 */
final class AssetCodeSizes {
    private static final Pattern LEGACY_KEY_PARAMETER = Pattern.compile("AssetParameters([0-9a-f]{64})S3VersionKey[0-9A-F]{8}");

    private AssetCodeSizes() {}

    /**
     * @param assetSources asset hash to source path, from the asset manifests
     * @param resolve resolves a path the assembly names, refusing one that leads outside it
     */
    static Map<String, CodeSize> measure(JsonNode root, Map<String, String> assetSources,
                                         Function<String, Optional<Path>> resolve, PackageSizes sizes) {
        Map<String, CodeSize> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode resource = e.getValue();
            String property = switch (resource.path("Type").asText()) {
                case "AWS::Lambda::Function" -> "Code";
                case "AWS::Lambda::LayerVersion" -> "Content";
                default -> null;
            };
            if (property == null) {
                continue;
            }
            assetPath(resource, property, assetSources)
                    .filter(path -> !isAbsolute(path))
                    .flatMap(resolve)
                    .flatMap(path -> sizes.measure(path, Contents.ALL))
                    .ifPresent(size -> out.put(e.getKey(), size));
        }
        return out;
    }

    /**
     * With asset staging disabled (as the SAM CLI does for CDK apps), the CDK names the asset's source
     * by its absolute path, outside the assembly: a legitimate assembly, but not code lambdalint reads.
     */
    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute() || path.startsWith("/") || path.startsWith("\\");
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The asset hash of an S3Key the LegacyStackSynthesizer writes: pieces of the stack parameter
     * {@code AssetParameters<hash>S3VersionKey<suffix>}, joined.
     */
    private static Optional<String> legacyKeyAsset(JsonNode key) {
        for (JsonNode ref : key.findValues("Ref")) {
            Matcher m = LEGACY_KEY_PARAMETER.matcher(ref.asText());
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> assetPath(JsonNode resource, String property, Map<String, String> assetSources) {
        JsonNode metadata = resource.path("Metadata");
        JsonNode path = metadata.path("aws:asset:path");
        JsonNode assetProperty = metadata.path("aws:asset:property");
        if (path.isTextual() && (assetProperty.isMissingNode() || property.equals(assetProperty.asText()))) {
            return Optional.of(path.asText());
        }
        JsonNode key = resource.path("Properties").path(property).path("S3Key");
        if (!key.isTextual()) {
            return legacyKeyAsset(key).map(assetSources::get);
        }
        String name = key.asText().substring(key.asText().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!extension.equals("zip") && !extension.equals("jar")) {
            return Optional.empty();
        }
        return Optional.ofNullable(assetSources.get(name.substring(0, dot)));
    }
}
