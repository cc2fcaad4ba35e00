package dev.lambdalint.benchmarks.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a CDK cloud assembly ({@code cdk.out}) the way {@code cdk synth} lays it out: a
 * {@code manifest.json} with one stack artifact per stack (its {@code aws:cdk:logicalId} metadata
 * included), one template and one asset manifest per stack, and the functions' code as a file asset
 * folder that all functions of a stack share, as CDK shares identical assets.
 */
public final class AssemblyGenerator {
    private AssemblyGenerator() {}

    /** Writes {@code stacks} stacks of {@code functionsPerStack} functions (4 resources each) into {@code dir}. */
    public static void write(Path dir, int stacks, int functionsPerStack) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> artifacts = new LinkedHashMap<>();
        for (int s = 0; s < stacks; s++) {
            String stack = stackName(s);
            TemplateSpec spec = TemplateSpec.cfn(functionsPerStack).inStack(stack);
            Map<String, Object> template = TemplateGenerator.template(spec);
            Files.writeString(dir.resolve(stack + ".template.json"), DocumentWriter.json(template), StandardCharsets.UTF_8);

            String hash = assetHash(stack);
            Path asset = Files.createDirectories(dir.resolve("asset." + hash));
            Files.writeString(asset.resolve("index.js"),
                    "exports.handler = async (event) => ({ stack: '" + stack + "', records: event.Records.length });\n");
            Map<String, Object> files = Map.of(hash, TemplateGenerator.map(
                    "source", TemplateGenerator.map("path", "asset." + hash, "packaging", "zip"),
                    "destinations", Map.of("current_account-current_region", TemplateGenerator.map(
                            "bucketName", "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}",
                            "objectKey", hash + ".zip"))));
            Files.writeString(dir.resolve(stack + ".assets.json"),
                    DocumentWriter.json(TemplateGenerator.map("version", "39.0.0", "files", files, "dockerImages", Map.of())));

            artifacts.put(stack + ".assets", TemplateGenerator.map(
                    "type", "cdk:asset-manifest",
                    "properties", TemplateGenerator.map("file", stack + ".assets.json",
                            "requiresBootstrapStackVersion", 6)));
            Map<String, Object> metadata = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
            for (String logicalId : resources.keySet()) {
                metadata.put("/" + constructPath(stack, logicalId),
                        List.of(TemplateGenerator.map("type", "aws:cdk:logicalId", "data", logicalId)));
            }
            artifacts.put(stack, TemplateGenerator.map(
                    "type", "aws:cloudformation:stack",
                    "environment", "aws://unknown-account/unknown-region",
                    "properties", TemplateGenerator.map(
                            "templateFile", stack + ".template.json",
                            "terminationProtection", false,
                            "validateOnSynth", false,
                            "requiresBootstrapStackVersion", 6),
                    "dependencies", List.of(stack + ".assets"),
                    "metadata", metadata,
                    "displayName", stack));
        }
        artifacts.put("Tree", TemplateGenerator.map("type", "cdk:tree", "properties", Map.of("file", "tree.json")));
        Files.writeString(dir.resolve("manifest.json"),
                DocumentWriter.json(TemplateGenerator.map("version", "39.0.0", "artifacts", artifacts)));
        Files.writeString(dir.resolve("tree.json"),
                DocumentWriter.json(TemplateGenerator.map("version", "tree-0.1", "tree", Map.of("id", "App", "path", ""))));
        Files.writeString(dir.resolve("cdk.out"), "{\"version\":\"39.0.0\"}\n");
    }

    public static String stackName(int s) {
        return String.format("Service%02dStack", s);
    }

    /** Where CDK would have put a resource: the construct that made it, then {@code Resource}. */
    static String constructPath(String stack, String logicalId) {
        return stack + "/" + logicalId + "/Resource";
    }

    /** A stable stand-in for the hash CDK gives an asset (64 hex digits). */
    static String assetHash(String stack) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(stack.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
