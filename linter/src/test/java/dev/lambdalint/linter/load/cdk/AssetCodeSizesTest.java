package dev.lambdalint.linter.load.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.load.LoadResult;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.model.CodeSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetCodeSizesTest {
    private static final String HASH = "a".repeat(64);

    @TempDir
    Path dir;

    private LoadResult read(Path assembly) {
        return new CloudAssemblyReader(new TemplateReader(ReadLimits.DEFAULT), new DisplayPaths(dir), ReadLimits.DEFAULT)
                .read(assembly);
    }

    private static void manifest(Path assembly, String extraArtifacts) throws IOException {
        Files.createDirectories(assembly);
        Files.writeString(assembly.resolve("manifest.json"), """
                {"version": "38.0.1", "artifacts": {
                  "App": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "App.template.json"}}
                  %s}}""".formatted(extraArtifacts));
    }

    private static String function(String id, String metadata, String code) {
        return """
                "%s": {"Type": "AWS::Lambda::Function", "Metadata": {%s},
                  "Properties": {"Runtime": "python3.13", "Handler": "app.handler", "Role": "arn:aws:iam::1:role/r", "Code": %s}}"""
                .formatted(id, metadata, code);
    }

    private static void template(Path assembly, String name, String... resources) throws IOException {
        Files.writeString(assembly.resolve(name), "{\"Resources\": {" + String.join(",", resources) + "}}");
    }

    private static void jar(Path file, int entries, int entrySize) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("C" + i + ".class"));
                zip.write(new byte[entrySize]);
                zip.closeEntry();
            }
        }
    }

    @Test
    void measuresTheAssetTheMetadataNamesFolderOrZip() throws IOException {
        Path asm = dir.resolve("cdk.out");
        manifest(asm, "");
        Files.createDirectories(asm.resolve("asset.1111"));
        Files.write(asm.resolve("asset.1111/index.py"), new byte[3000]);
        jar(asm.resolve("asset.2222.jar"), 10, 100);
        template(asm, "App.template.json",
                function("FolderFn", "\"aws:asset:path\": \"asset.1111\", \"aws:asset:property\": \"Code\"", "{\"S3Bucket\": \"b\", \"S3Key\": \"1111.zip\"}"),
                function("JarFn", "\"aws:asset:path\": \"asset.2222.jar\", \"aws:asset:property\": \"Code\"", "{\"S3Bucket\": \"b\", \"S3Key\": \"2222.jar\"}"),
                function("InlineFn", "", "{\"ZipFile\": \"def handler(e, c): pass\"}"));
        LoadResult result = read(asm);
        assertThat(result.errors()).isEmpty();
        LoadedTemplate t = result.templates().get(0);
        assertThat(t.template().codeSize("FolderFn")).contains(new CodeSize(3000, "cdk.out/asset.1111/", false));
        assertThat(t.template().codeSize("JarFn")).contains(new CodeSize(1000, "cdk.out/asset.2222.jar", false));
        assertThat(t.template().codeSize("InlineFn")).isEmpty();
    }

    @Test
    void findsTheAssetOfABareSynthThroughTheS3KeyHashInTheAssetManifest() throws IOException {
        Path asm = dir.resolve("cdk.out");
        manifest(asm, ", \"App.assets\": {\"type\": \"cdk:asset-manifest\", \"properties\": {\"file\": \"App.assets.json\"}}");
        Files.writeString(asm.resolve("App.assets.json"), """
                {"version": "38.0.1", "files": {"%s": {"source": {"path": "asset.%s.jar", "packaging": "file"},
                  "destinations": {"d": {"bucketName": "b", "objectKey": "%s.jar"}}}}}""".formatted(HASH, HASH, HASH));
        jar(asm.resolve("asset." + HASH + ".jar"), 4, 256);
        template(asm, "App.template.json", function("Fn", "", "{\"S3Bucket\": {\"Fn::Sub\": \"cdk-${AWS::AccountId}\"}, \"S3Key\": \"" + HASH + ".jar\"}"));
        LoadedTemplate t = read(asm).templates().get(0);
        assertThat(t.template().codeSize("Fn")).map(CodeSize::bytes).contains(1024L);
    }

    @Test
    void measuresTheAssetsOfAStageInTheTopAssemblyFolder() throws IOException {
        Path asm = dir.resolve("cdk.out");
        Files.createDirectories(asm);
        Files.writeString(asm.resolve("manifest.json"), """
                {"version": "38.0.1", "artifacts": {"assembly-Prod": {"type": "cdk:cloud-assembly",
                  "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}}}}""");
        Path stage = asm.resolve("assembly-Prod");
        manifest(stage, "");
        Files.createDirectories(asm.resolve("asset.3333"));
        Files.write(asm.resolve("asset.3333/main.js"), new byte[700]);
        template(stage, "App.template.json", function("Fn", "\"aws:asset:path\": \"../asset.3333\"", "{\"S3Bucket\": \"b\", \"S3Key\": \"3333.zip\"}"));
        LoadResult result = read(asm);
        assertThat(result.errors()).isEmpty();
        assertThat(result.templates().get(0).template().codeSize("Fn")).map(CodeSize::bytes).contains(700L);
    }

    @Test
    void refusesAnAssetPathThatLeadsOutsideTheAssembly() throws IOException {
        Path asm = dir.resolve("cdk.out");
        manifest(asm, "");
        Files.createDirectories(dir.resolve("private"));
        Files.write(dir.resolve("private/big.bin"), new byte[5000]);
        Files.createSymbolicLink(asm.resolve("asset.4444"), dir.resolve("private"));
        template(asm, "App.template.json",
                function("Escapes", "\"aws:asset:path\": \"../private\"", "{\"S3Bucket\": \"b\", \"S3Key\": \"x.zip\"}"),
                function("Linked", "\"aws:asset:path\": \"asset.4444\"", "{\"S3Bucket\": \"b\", \"S3Key\": \"4444.zip\"}"));
        LoadResult result = read(asm);
        assertThat(result.errors()).hasSize(2).allSatisfy(e -> assertThat(e.message()).startsWith("refused path"));
        assertThat(result.templates().get(0).template().codeSizes()).isEmpty();
    }

    @Test
    void leavesAloneTheAbsoluteSourcePathsOfAnAssemblySynthesizedWithoutAssetStaging() throws IOException {
        Path asm = dir.resolve("cdk.out");
        manifest(asm, "");
        Files.createDirectories(dir.resolve("src/handler"));
        Files.write(dir.resolve("src/handler/app.py"), new byte[5000]);
        String absolute = dir.resolve("src/handler").toAbsolutePath().toString().replace("\\", "/");
        template(asm, "App.template.json",
                function("Fn", "\"aws:asset:path\": \"" + absolute + "\"", "{\"S3Bucket\": \"b\", \"S3Key\": \"h.zip\"}"));
        LoadResult result = read(asm);
        assertThat(result.errors()).isEmpty();
        assertThat(result.templates().get(0).template().codeSizes()).isEmpty();
    }

    @Test
    void findsTheAssetOfABareSynthWithTheLegacySynthesizerThroughItsKeyParameter() throws IOException {
        // LegacyStackSynthesizer (apps from CDK v1): no asset manifest; the S3Key is assembled from a
        // stack parameter that the stack's aws:cdk:asset metadata ties to the asset.
        Path asm = dir.resolve("cdk.out");
        Files.createDirectories(asm);
        Files.writeString(asm.resolve("manifest.json"), """
                {"version": "54.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "App.template.json"}, "additionalMetadataFile": "App.metadata.json"}}}""");
        String keyParameter = "AssetParameters" + HASH + "S3VersionKey26E99D77";
        Files.writeString(asm.resolve("App.metadata.json"), """
                {"/App": [{"type": "aws:cdk:asset", "data": {"path": "asset.%s.zip", "id": "%s", "packaging": "file",
                  "s3BucketParameter": "AssetParameters%sS3BucketA354B850", "s3KeyParameter": "%s"}}]}"""
                .formatted(HASH, HASH, HASH, keyParameter));
        jar(asm.resolve("asset." + HASH + ".zip"), 3, 500);
        template(asm, "App.template.json", function("Fn", "", """
                {"S3Bucket": {"Ref": "AssetParameters%sS3BucketA354B850"},
                 "S3Key": {"Fn::Join": ["", [
                   {"Fn::Select": [0, {"Fn::Split": ["||", {"Ref": "%s"}]}]},
                   {"Fn::Select": [1, {"Fn::Split": ["||", {"Ref": "%s"}]}]}]]}}""".formatted(HASH, keyParameter, keyParameter)));
        LoadResult result = read(asm);
        assertThat(result.errors()).isEmpty();
        assertThat(result.templates().get(0).template().codeSize("Fn")).map(CodeSize::bytes).contains(1500L);
    }
}
