package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.load.PackageSizes.Contents;
import dev.lambdalint.rules.model.CodeSize;
import dev.lambdalint.rules.runtime.RuntimeVersion;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Code sizes of a template whose code is a local path, relative to the template's folder: SAM
 * {@code CodeUri} and layer {@code ContentUri}, and the {@code Code}/{@code Content} paths that
 * {@code aws cloudformation package} uploads. Runs after SAM Globals are merged, so a Globals
 * {@code CodeUri} counts for every function.
 *
 * <p>A zip or jar is measured exactly. A folder that {@code aws cloudformation package} zips is measured
 * whole. A folder that {@code sam build} turns into the package is measured only where the build copies
 * it (Python, Node.js and Ruby, whose dependencies it adds): then the result is a lower bound. For a
 * compiled language, or a custom {@code BuildMethod} (esbuild, makefile), the folder holds sources, not
 * the package, and is not measured.
 */
final class LocalCodeSizes {
    private static final List<String> COPIED_FAMILIES = List.of("python", "nodejs", "ruby");
    private static final List<String> DEPENDENCY_MANIFESTS = List.of("requirements.txt", "package.json", "Gemfile");

    private LocalCodeSizes() {}

    static Map<String, CodeSize> measure(JsonNode root, Path templateFolder, PackageSizes sizes) {
        Map<String, CodeSize> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode resource = e.getValue();
            JsonNode properties = resource.path("Properties");
            Optional<CodeSize> size = switch (resource.path("Type").asText()) {
                case "AWS::Serverless::Function" -> samFunction(resource, properties, templateFolder, sizes);
                case "AWS::Serverless::LayerVersion" -> local(properties.path("ContentUri"), templateFolder)
                        .flatMap(p -> samBuilt(p, buildMethod(resource).map(LocalCodeSizes::copied).orElse(true), sizes));
                case "AWS::Lambda::Function" -> local(properties.path("Code"), templateFolder)
                        .flatMap(p -> sizes.measure(p, Contents.ALL));
                case "AWS::Lambda::LayerVersion" -> local(properties.path("Content"), templateFolder)
                        .flatMap(p -> sizes.measure(p, Contents.ALL));
                default -> Optional.empty();
            };
            size.ifPresent(s -> out.put(e.getKey(), s));
        }
        return out;
    }

    private static Optional<CodeSize> samFunction(JsonNode resource, JsonNode properties, Path folder, PackageSizes sizes) {
        if ("Image".equals(properties.path("PackageType").asText()) || properties.has("InlineCode")) {
            return Optional.empty();
        }
        Optional<Path> path = local(properties.path("CodeUri"), folder);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> method = buildMethod(resource);
        boolean copied = method.isPresent()
                ? copied(method.get())
                : properties.path("Runtime").isTextual() && copied(properties.path("Runtime").asText());
        return samBuilt(path.get(), copied, sizes);
    }

    /** A zip or jar always; a folder only when sam build copies it into the package. */
    private static Optional<CodeSize> samBuilt(Path path, boolean folderIsCopied, PackageSizes sizes) {
        if (Files.isDirectory(path)) {
            if (!folderIsCopied) {
                return Optional.empty();
            }
            boolean addsDependencies = DEPENDENCY_MANIFESTS.stream().anyMatch(m -> Files.isRegularFile(path.resolve(m)));
            return sizes.measure(path, Contents.BUILD_INPUT).map(s -> addsDependencies && !s.atLeast()
                    ? new CodeSize(s.bytes(), s.measuredAt(), true)
                    : s);
        }
        return sizes.measure(path, Contents.ALL);
    }

    /** True for a runtime (or SAM BuildMethod named after one) whose build copies the folder as it is. */
    private static boolean copied(String runtimeOrMethod) {
        return RuntimeVersion.parse(runtimeOrMethod).map(v -> COPIED_FAMILIES.contains(v.family())).orElse(false);
    }

    private static Optional<String> buildMethod(JsonNode resource) {
        JsonNode method = resource.path("Metadata").path("BuildMethod");
        return method.isTextual() ? Optional.of(method.asText()) : Optional.empty();
    }

    /**
     * The local path a property names; empty for S3 locations, mappings, intrinsics and odd text. An
     * absolute path is not followed: it means something else on every machine (and a template from a
     * pull request should not make the linter walk the build host's disk).
     */
    private static Optional<Path> local(JsonNode value, Path folder) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        String text = value.asText().trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || lower.startsWith("s3://") || lower.startsWith("http://") || lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            Path given = Path.of(text);
            if (given.isAbsolute() || given.getRoot() != null) {
                return Optional.empty();
            }
            return Optional.of(folder.resolve(given).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
