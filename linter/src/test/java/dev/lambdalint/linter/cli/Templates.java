package dev.lambdalint.linter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small templates and a minimal CDK cloud assembly for command-line tests. */
final class Templates {
    /** LL101 on line 6 (MemorySize: 64, columns 7 to 21). */
    static final String FAILS = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  MemorySize: 64
                  ReservedConcurrentExecutions: 5
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
            """;

    /** LL301 on line 2 (the resource's line). */
    static final String WARNS = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  MemorySize: 1024
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
            """;

    static final String CLEAN = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  MemorySize: 1024
                  ReservedConcurrentExecutions: 5
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
            """;

    /** LL301 suppressed in Metadata. */
    static final String SUPPRESSED = """
            Resources:
              Batch:
                Type: AWS::Lambda::Function
                Metadata:
                  lambdalint:
                    suppress:
                      - rule: LL301
                        reason: Nightly batch; one invocation at a time
                Properties:
                  Runtime: python3.13
                  MemorySize: 1024
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
            """;

    private Templates() {}

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cloud assembly whose one stack holds function Orders (MemorySize 64) at construct path App/Orders/Resource. */
    static Path cloudAssembly(Path dir) {
        write(dir, "manifest.json", """
                {"version": "36.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
                  "environment": "aws://unknown-account/unknown-region",
                  "properties": {"templateFile": "App.template.json"}, "displayName": "App"}}}
                """);
        write(dir, "App.template.json", """
                {"Resources": {"Orders9A1B2C3D": {"Type": "AWS::Lambda::Function",
                  "Metadata": {"aws:cdk:path": "App/Orders/Resource"},
                  "Properties": {"Runtime": "python3.13", "MemorySize": 64, "ReservedConcurrentExecutions": 2,
                    "Code": {"ZipFile": "x"}, "Role": "arn:aws:iam::123456789012:role/app"}}}}
                """);
        return dir;
    }
}
