package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user coming from cfn-lint or ESLint reaches for first: choosing rules and output on the command line. */
class EverydayControlsTest {
    /** One function that sets nothing: LL301 (warning), LL502, LL608 and LL705 (info), LL704 (warning), LL101 (error). */
    private static final String TEMPLATE = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  MemorySize: 64
                  Code: {S3Bucket: artifacts, S3Key: k}
                  Role: arn:aws:iam::123456789012:role/app
            """;

    /** One bad Globals value shared by five functions that are otherwise in order. */
    private static final String SHARED = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Runtime: python3.13
                MemorySize: 64
                Timeout: 30
                Tracing: Active
                Architectures: [arm64]
            Resources:
              Alpha:
                Type: AWS::Serverless::Function
                Properties: {Handler: a.handler, CodeUri: s3://b/k, ReservedConcurrentExecutions: 5}
              Bravo:
                Type: AWS::Serverless::Function
                Properties: {Handler: a.handler, CodeUri: s3://b/k, ReservedConcurrentExecutions: 5}
              Charlie:
                Type: AWS::Serverless::Function
                Properties: {Handler: a.handler, CodeUri: s3://b/k, ReservedConcurrentExecutions: 5}
              Delta:
                Type: AWS::Serverless::Function
                Properties: {Handler: a.handler, CodeUri: s3://b/k, ReservedConcurrentExecutions: 5}
              Echo:
                Type: AWS::Serverless::Function
                Properties: {Handler: a.handler, CodeUri: s3://b/k, ReservedConcurrentExecutions: 5}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
    }

    private String rulesReported(String... args) {
        Cli.Run run = Cli.run(dir, args);
        assertThat(run.err()).as("stderr of %s", String.join(" ", args)).isEmpty();
        return run.out().lines().filter(l -> l.startsWith("template.yaml:"))
                .map(l -> l.split(" ")[2]).sorted().distinct().reduce((a, b) -> a + " " + b).orElse("");
    }

    @Test
    void ignoresRulesByIdNamePrefixSeverityAndShortForms() {
        assertThat(rulesReported("check", "-f", "compact", "template.yaml")).isEqualTo("LL101 LL301 LL502 LL608 LL704 LL705");
        assertThat(rulesReported("check", "-f", "compact", "--ignore", "LL301", "template.yaml")).isEqualTo("LL101 LL502 LL608 LL704 LL705");
        assertThat(rulesReported("check", "-f", "compact", "-i", "log-retention-unset,608", "template.yaml")).isEqualTo("LL101 LL301 LL502 LL705");
        assertThat(rulesReported("check", "-f", "compact", "-i", "LL7", "-i", "ll5", "template.yaml")).isEqualTo("LL101 LL301 LL608");
        assertThat(rulesReported("check", "-f", "compact", "-i", "info", "template.yaml")).isEqualTo("LL101 LL301 LL704");
        assertThat(rulesReported("check", "-f", "compact", "-i", "W,I", "template.yaml")).isEqualTo("LL101");
    }

    @Test
    void selectsRulesAndTurnsOnARuleItNames() {
        assertThat(rulesReported("check", "-f", "compact", "--select", "LL3,LL1", "template.yaml")).isEqualTo("LL101 LL301");
        assertThat(rulesReported("check", "-f", "compact", "-s", "E", "template.yaml")).isEqualTo("LL101");
        // LL404 is off by default; named, it runs.
        assertThat(rulesReported("check", "-f", "compact", "-s", "function-outside-vpc", "template.yaml")).isEqualTo("LL404");
        assertThat(rulesReported("check", "-f", "compact", "-s", "warning", "-i", "LL704", "template.yaml")).isEqualTo("LL301");
    }

    @Test
    void selectionComesAfterTheConfig() throws IOException {
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL502: error\n  LL301: off\n");
        assertThat(rulesReported("check", "-f", "compact", "-s", "error", "template.yaml")).isEqualTo("LL101 LL502");
        assertThat(rulesReported("check", "-f", "compact", "-s", "LL301", "template.yaml")).isEqualTo("LL301");
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithAGuess() {
        Cli.Run run = Cli.run(dir, "check", "--ignore", "memory-defualt", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lambdalint: --ignore memory-defualt: no rule, group or severity by that name; "
                + "did you mean memory-default? (`lambdalint rules` lists them)\n");
        assertThat(Cli.run(dir, "check", "-s", "LL9", "template.yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void compactIsOneLineAFindingWithoutTheFix() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format", "compact", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                template.yaml:2:3: warning LL301 Function Fn has no ReservedConcurrentExecutions: one burst can take the account's whole concurrency pool and throttle every other function
                template.yaml:2:3: info LL502 Function Fn does not set Timeout: it is stopped after the 3 s default
                template.yaml:2:3: info LL608 Function Fn sets no Architectures, so it runs on x86_64: arm64 costs 20 % less per GB-second
                template.yaml:2:3: warning LL704 Function Fn has no log group with RetentionInDays: Lambda creates /aws/lambda/<name> without retention and its logs are kept and billed forever
                template.yaml:2:3: info LL705 Function Fn does not enable X-Ray tracing (TracingConfig not set)
                template.yaml:7:7: error LL101 Function Fn has MemorySize 64 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails
                Linted 1 template, 1 function: 1 error, 2 warnings, 3 info.
                """);
        Files.writeString(dir.resolve("text.yaml"), TEMPLATE);
        assertThat(Cli.run(dir, "check", "text.yaml").out()).contains("    fix: ");
    }

    @Test
    void aFindingSharedByManyFunctionsIsPrintedOnceForPeopleAndOnceAFunctionForMachines() throws IOException {
        Files.writeString(dir.resolve("sam.yaml"), SHARED);
        Cli.Run text = Cli.run(dir, "check", "-i", "LL704", "sam.yaml");
        assertThat(text.out()).containsOnlyOnce("LL101").contains("""
                sam.yaml:5:5: error LL101 memory-out-of-range: Function Alpha has MemorySize 64 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails
                    functions: Alpha, Bravo, Charlie and 2 more (5 in all)
                    fix: Set MemorySize""");
        assertThat(Cli.run(dir, "check", "-f", "compact", "-i", "LL704", "sam.yaml").out()).isEqualTo("""
                sam.yaml:5:5: error LL101 Function Alpha has MemorySize 64 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails (functions Alpha, Bravo, Charlie and 2 more)
                Linted 1 template, 5 functions: 5 errors.
                """);
        // Different functions at different places stay apart.
        assertThat(Cli.run(dir, "check", "-f", "compact", "-s", "LL704", "sam.yaml").out().lines()
                .filter(l -> l.contains("LL704"))).hasSize(5);
        assertThat(Cli.run(dir, "check", "-f", "json", "-i", "LL704", "sam.yaml").out().split("\"ruleId\": \"LL101\"", -1)).hasSize(6);
        assertThat(Cli.run(dir, "check", "-f", "sarif", "-i", "LL704", "sam.yaml").out().split("\"ruleId\": \"LL101\"", -1)).hasSize(6);
    }

    @Test
    void machineFormatsSayTheSummaryOnStandardError() {
        for (String format : new String[] {"json", "sarif", "junit"}) {
            Cli.Run run = Cli.run(dir, "check", "--format", format, "template.yaml");
            assertThat(run.err()).as(format).isEqualTo("Linted 1 template, 1 function: 1 error, 2 warnings, 3 info.\n");
            assertThat(run.out()).as(format).doesNotContain("Linted 1 template");
        }
        assertThat(Cli.run(dir, "check", "template.yaml").err()).isEmpty();
        assertThat(Cli.run(dir, "check", "-f", "github", "template.yaml").err()).isEmpty();
    }

    @Test
    void listsTheInputsARunWouldLintWithoutLintingThem() throws IOException {
        Files.createDirectories(dir.resolve("infra/build"));
        Files.writeString(dir.resolve("infra/api.yaml"), TEMPLATE);
        Files.writeString(dir.resolve("infra/build/copy.yaml"), TEMPLATE);
        Files.writeString(dir.resolve("infra/notes.yaml"), "title: not a template\n");
        Files.writeString(dir.resolve(".lambdalint.yml"), "ignore: [\"infra/build/**\"]\n");
        Templates.cloudAssembly(dir.resolve("infra/cdk.out"));
        Cli.Run run = Cli.run(dir, "check", "-L", "infra");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("infra/api.yaml\ninfra/cdk.out\n");
        Cli.Run missing = Cli.run(dir, "check", "--list-inputs", "template.yaml", "nowhere.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEqualTo("template.yaml\n");
        assertThat(missing.err()).startsWith("lambdalint: nowhere.yaml: ");
    }
}
