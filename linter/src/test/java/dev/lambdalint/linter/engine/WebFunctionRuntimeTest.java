package dev.lambdalint.linter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Web Function revision's runtime is judged like a function's, and its own suppressions apply to it. */
class WebFunctionRuntimeTest {
    @TempDir
    Path dir;

    @Test
    void suppressesARevisionsRuntimeFindingThroughTheRevisionsMetadata() throws IOException {
        Path template = dir.resolve("web.yaml");
        Files.writeString(template, """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Kept:
                    Type: AWS::Lambda::WebFunctionRevision
                    Metadata:
                      lambdalint:
                        suppress:
                          - rule: runtime-deprecated
                            reason: Moves to python3.14 with the January release
                    Properties:
                      FunctionName: storefront
                      BuildConfig:
                        CodeConfig: {S3Object: {Bucket: artifacts, Key: a.zip}}
                        RuntimeConfig: {Runtime: python3.9}
                  Reported:
                    Type: AWS::Lambda::WebFunctionRevision
                    Properties:
                      FunctionName: storefront
                      BuildConfig:
                        CodeConfig: {S3Object: {Bucket: artifacts, Key: b.zip}}
                        RuntimeConfig: {Runtime: python3.9}
                """);
        LintResult result = Fixtures.lint(dir, List.of(template.toString()));
        List<String> ll601 = result.findings().stream().filter(f -> f.ruleId().equals("LL601"))
                .map(f -> f.line() + " " + f.resource() + (f.suppressed() ? " suppressed" : " reported"))
                .toList();
        assertThat(ll601).containsExactlyInAnyOrder("14 Kept suppressed", "21 Reported reported");
    }
}
