package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    private static final String TEMPLATE = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: java21
                  MemorySize: 512
                  Architectures: [arm64]
                  SnapStart: {ApplyOn: PublishedVersions}
              FnLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: !Sub /aws/lambda/${Fn}
                  RetentionInDays: 30
            """;

    @TempDir
    Path dir;

    @Test
    void appliesPolicyThresholdsSeveritiesAndEnablement() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                rules:
                  reserved-concurrency-missing: {severity: error}
                  LL404: {enabled: true}
                policy:
                  memory: {minimumMbByRuntime: {"java21": 512}}
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.out()).contains("error LL301").contains("warning LL404").doesNotContain("LL103");
    }

    @Test
    void takesLambdaLimitsAndServiceDefaultsFromThePolicy() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      Timeout: 40
                      Environment:
                        Variables:
                          GREETING: hello-from-a-value-of-forty-bytes-or-so
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Fn
                      EventSourceArn: !GetAtt Queue.Arn
                """);
        assertThat(Cli.run(dir, "check", "template.yaml").out()).doesNotContain("LL702").contains("error LL503");
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                policy:
                  lambdaLimits: {environmentMaxBytes: 32, sqsVisibilityTimeoutDefaultSeconds: 43200}
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.out()).contains("error LL702").contains("above the 32 bytes").doesNotContain("LL503").doesNotContain("LL504");
    }

    @Test
    void findsTheNearestConfigInAParentFolder() throws IOException {
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL301: {enabled: false}\n  LL103: {enabled: false}\n");
        Path nested = Files.createDirectories(dir.resolve("services/orders"));
        Files.writeString(nested.resolve("template.yaml"), TEMPLATE);
        assertThat(Cli.run(nested, "check", "template.yaml").exitCode()).isEqualTo(0);
    }

    @Test
    void stopsLookingAtTheRepositoryRoot() throws IOException {
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL301: {enabled: false}\n  LL103: {enabled: false}\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("template.yaml"), TEMPLATE);
        assertThat(Cli.run(repo, "check", "template.yaml").exitCode()).isEqualTo(1);
    }

    @Test
    void namesTheKeyPathLineAndExpectationOfAnUnknownKey() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                policy:
                  memory:
                    minimumMB: 512
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".lambdalint.yaml:3:5: policy.memory.minimumMB: unknown key; expected one of: "
                + "minimumMb, minimumMbByRuntime, singleThreadedRuntimes; did you mean minimumMb?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void namesTheKeyOfAWrongType() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve("strict.yaml"), "policy:\n  concurrency:\n    accountLimit: lots\nrules:\n  LL301: {severity: fatal}\n");
        Cli.Run run = Cli.run(dir, "check", "--config", "strict.yaml", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("strict.yaml:3:5: policy.concurrency.accountLimit: accountLimit must be a whole number, not \"lots\"");
        assertThat(run.err()).contains("strict.yaml:5:11: rules.LL301.severity: severity must be one of error, warning, info, not \"fatal\"");
    }

    @Test
    void rejectsAnUnknownRuleInTheConfig() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL999: {enabled: false}\n");
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".lambdalint.yaml:2:3: rules.LL999: unknown rule");
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  memory-defualt: off\n");
        assertThat(Cli.run(dir, "check", "template.yaml").err())
                .contains(".lambdalint.yaml:2:3: rules.memory-defualt: unknown rule; did you mean memory-default?");
    }

    @Test
    void reportsAMissingExplicitConfig() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Cli.Run run = Cli.run(dir, "check", "--config", "missing.yaml", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.yaml: no such config file");
    }

    @Test
    void initWritesAStarterThatValidatesAndRefusesToOverwrite() throws IOException {
        assertThat(Cli.run(dir, "init").exitCode()).isEqualTo(0);
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        assertThat(Cli.run(dir, "check", "template.yaml").exitCode()).isEqualTo(1);
        Cli.Run again = Cli.run(dir, "init");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void placesProblemsAfterEmptyEntriesOnTheirOwnLines() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                rules:
                  LL301:
                  LL404: {enabled: true}
                  no-such-rule: {severity: error}
                policy:
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".lambdalint.yaml:4:3: rules.no-such-rule: unknown rule");
    }

    @Test
    void takesTheShorthandsPeopleTypeFirst() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        // off is YAML 1.1's false; the severities in any case, as --fail-on takes them.
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                rules:
                  LL301: off
                  LL103: false
                  LL404: Warning
                  LL705: {severity: ERROR}
                  arm64-recommended: {severity: off}
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.err()).doesNotContain("invalid config");
        assertThat(run.out()).doesNotContain("LL301").doesNotContain("LL103").doesNotContain("LL608")
                .contains("warning LL404").contains("error LL705");
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL301: 'off'\n  LL103: \"no\"\n  LL705: on\n");
        assertThat(Cli.run(dir, "check", "template.yaml").out()).doesNotContain("LL301").doesNotContain("LL103");
    }

    @Test
    void saysWhatToWriteInPlainWords() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), """
                rules:
                  LL301: loud
                  LL103: [error]
                policy:
                  ephemeralStorage: {maximumMb: 100}
                  memory: {singleThreadedRuntimes: python3.13}
                ignore: build/**
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("""
                lambdalint: invalid config:
                .lambdalint.yaml:2:3: rules.LL301: write "LL301: {severity: error}", "LL301: warning" or "LL301: off"
                .lambdalint.yaml:3:3: rules.LL103: write "LL103: {severity: error}", "LL103: warning" or "LL103: off"
                .lambdalint.yaml:5:22: policy.ephemeralStorage.maximumMb: maximumMb must be at least 512, not 100
                .lambdalint.yaml:6:12: policy.memory.singleThreadedRuntimes: singleThreadedRuntimes must be a list, not "python3.13"
                .lambdalint.yaml:7:1: ignore: ignore must be a list of globs, such as ignore: ["build/**", "**/node_modules/**"]
                """);
    }

    @Test
    void aBaselineThatIsNoPathSaysWhatToWrite() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), "baseline: [ci/baseline.json]\n");
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".lambdalint.yaml:1:1: baseline: baseline must be the path of a baseline file,"
                + " relative to this config, such as baseline: lambdalint-baseline.json, not [\"ci/baseline.json\"]");
        Files.writeString(dir.resolve(".lambdalint.yaml"), "baseline: ''\n");
        assertThat(Cli.run(dir, "check", "template.yaml").err()).contains(".lambdalint.yaml:1:1: baseline: baseline must be the path"
                + " of a baseline file, relative to this config, such as baseline: lambdalint-baseline.json, not \"\"");
    }

    @Test
    void aKeyGivenTwiceIsAConfigProblemNotACloudFormationOne() throws IOException {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL301: off\n  LL301: error\n");
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".lambdalint.yaml:3:3: key 'LL301' appears twice in the same mapping (lines 2 and 3)")
                .doesNotContain("CloudFormation");
    }
}
