package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package, layer and SnapStart limits come from policy.lambdaLimits, for when AWS moves them. */
class LambdaLimitsConfigTest {
    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  CodeUri: src/
                  Layers: [arn:aws:lambda:us-east-1:123456789012:layer:a:1, arn:aws:lambda:us-east-1:123456789012:layer:b:1]
                  SnapStart: {ApplyOn: PublishedVersions}
                  EphemeralStorage: {Size: 1024}
            """;

    @TempDir
    Path dir;

    private void project() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.createDirectories(dir.resolve("src"));
        // Sparse: 3 MB that take no room on disk.
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("src/model.bin").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024);
        }
    }

    @Test
    void theDefaultsLetThisFunctionPassTheLimits() throws IOException {
        project();
        String out = Cli.run(dir, "check", "template.yaml").out();
        assertThat(out).doesNotContain("LL605").doesNotContain("LL606").doesNotContain("LL607").contains("LL604");
    }

    @Test
    void lowerLimitsFromTheConfigApply() throws IOException {
        project();
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                policy:
                  package: {warnUnzippedMb: 1}
                  lambdaLimits: {unzippedCodeMaxMb: 2, layersMax: 1, snapStartEphemeralStorageMaxMb: 1024}
                """);
        String out = Cli.run(dir, "check", "template.yaml").out();
        assertThat(out)
                .contains("error LL605").contains("above Lambda's 2 MB limit")
                .contains("error LL607").contains("more than the 1 Lambda allows")
                .doesNotContain("LL606")
                .doesNotContain("LL604");
    }

    @Test
    void refusesALimitOfTheWrongType() throws IOException {
        project();
        Files.writeString(dir.resolve(".lambdalint.yaml"), "policy:\n  lambdaLimits: {layersMax: five}\n");
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("policy.lambdaLimits.layersMax");
    }
}
