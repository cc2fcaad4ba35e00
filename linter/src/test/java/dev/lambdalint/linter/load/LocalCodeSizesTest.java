package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.model.CodeSize;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCodeSizesTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private Map<String, CodeSize> measure(String resources) throws IOException {
        JsonNode root = new ObjectMapper().readTree(("{'Resources': {" + resources + "}}").replace('\'', '"'));
        return LocalCodeSizes.measure(root, dir, new PackageSizes(new DisplayPaths(dir)));
    }

    /** A file of {@code bytes} that takes no room on disk (sparse), so tests can be large cheaply. */
    private void sparse(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    @Test
    void measuresTheFolderSamBuildCopiesForInterpretedRuntimes() throws IOException {
        sparse(dir.resolve("py/model.bin"), 60 * MB);
        sparse(dir.resolve("node/index.js"), 70 * MB);
        Map<String, CodeSize> sizes = measure("""
                'Py': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': 'py/'}},
                'Node': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'nodejs22.x', 'CodeUri': './node'}}""");
        assertThat(sizes.get("Py")).isEqualTo(new CodeSize(60 * MB, "py/", false));
        assertThat(sizes.get("Node").bytes()).isEqualTo(70 * MB);
    }

    @Test
    void aDependencyManifestMakesTheFolderALowerBound() throws IOException {
        sparse(dir.resolve("fn/app.py"), 10 * MB);
        Files.writeString(dir.resolve("fn/requirements.txt"), "requests\n");
        CodeSize size = measure("'Fn': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': 'fn'}}")
                .get("Fn");
        assertThat(size.atLeast()).isTrue();
        assertThat(size.describe()).startsWith("at least 10.0 MB");
    }

    @Test
    void leavesOutFoldersABuildCompilesOrBundles() throws IOException {
        sparse(dir.resolve("java/target/classes.bin"), 300 * MB);
        sparse(dir.resolve("ts/node_modules/big.js"), 300 * MB);
        sparse(dir.resolve("ts/src/index.ts"), 300 * MB);
        sparse(dir.resolve("go/main.go"), 300 * MB);
        Map<String, CodeSize> sizes = measure("""
                'Java': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'java21', 'CodeUri': 'java/'}},
                'Ts': {'Type': 'AWS::Serverless::Function', 'Metadata': {'BuildMethod': 'esbuild'},
                       'Properties': {'Runtime': 'nodejs22.x', 'CodeUri': 'ts/'}},
                'Go': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'provided.al2023', 'CodeUri': 'go/'}},
                'Unknown': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': {'Ref': 'R'}, 'CodeUri': 'go/'}}""");
        assertThat(sizes).isEmpty();
    }

    @Test
    void aBuiltZipIsMeasuredWhateverTheRuntime() throws IOException {
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("app.jar")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("A.class"));
            zip.write(new byte[4096]);
            zip.closeEntry();
        }
        Map<String, CodeSize> sizes = measure("""
                'Java': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'java21', 'CodeUri': 'app.jar'}},
                'Plain': {'Type': 'AWS::Lambda::Function', 'Properties': {'Runtime': 'java21', 'Code': 'app.jar'}}""");
        assertThat(sizes.get("Java").bytes()).isEqualTo(4096);
        assertThat(sizes.get("Plain").bytes()).isEqualTo(4096);
    }

    @Test
    void measuresLayersCopiedOrBuiltFromAnInterpretedRuntime() throws IOException {
        sparse(dir.resolve("layer/python/lib.py"), 5 * MB);
        sparse(dir.resolve("jlayer/java/lib/x.jar"), 5 * MB);
        Map<String, CodeSize> sizes = measure("""
                'Plain': {'Type': 'AWS::Serverless::LayerVersion', 'Properties': {'ContentUri': 'layer/'}},
                'Built': {'Type': 'AWS::Serverless::LayerVersion', 'Metadata': {'BuildMethod': 'python3.12'},
                          'Properties': {'ContentUri': 'layer/'}},
                'Maven': {'Type': 'AWS::Serverless::LayerVersion', 'Metadata': {'BuildMethod': 'java21'},
                          'Properties': {'ContentUri': 'jlayer/'}},
                'Packaged': {'Type': 'AWS::Lambda::LayerVersion', 'Properties': {'Content': 'layer'}}""");
        assertThat(sizes).containsOnlyKeys("Plain", "Built", "Packaged");
    }

    @Test
    void ignoresS3LocationsIntrinsicsAbsolutePathsAndWhatIsNotThere() throws IOException {
        sparse(dir.resolve("code/app.py"), MB);
        String absolute = dir.resolve("code").toAbsolutePath().toString().replace("\\", "/");
        Map<String, CodeSize> sizes = measure("""
                'S3': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': 's3://b/k.zip'}},
                'Map': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': {'Bucket': 'b', 'Key': 'k'}}},
                'Sub': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': {'Fn::Sub': 'code'}}},
                'Abs': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': '%s'}},
                'Missing': {'Type': 'AWS::Serverless::Function', 'Properties': {'Runtime': 'python3.13', 'CodeUri': 'nowhere/'}},
                'Image': {'Type': 'AWS::Serverless::Function', 'Properties': {'PackageType': 'Image', 'CodeUri': 'code/'}},
                'Inline': {'Type': 'AWS::Lambda::Function', 'Properties': {'Runtime': 'python3.13', 'Code': {'ZipFile': 'x'}}}"""
                .formatted(absolute));
        assertThat(sizes).isEmpty();
    }
}
