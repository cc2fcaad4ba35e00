package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.linter.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CLEAN = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  MemorySize: 1024
                  Architectures: [arm64]
                  ReservedConcurrentExecutions: 5
                  Timeout: 10
                  TracingConfig: {Mode: Active}
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
              FnLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: !Sub /aws/lambda/${Fn}
                  RetentionInDays: 30
            """;
    private static final String WARNS = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  MemorySize: 1024
                  Architectures: [arm64]
                  Timeout: 10
                  TracingConfig: {Mode: Active}
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
              FnLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: !Sub /aws/lambda/${Fn}
                  RetentionInDays: 30
            """;
    private static final String FAILS = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  MemorySize: 64
                  Architectures: [arm64]
                  ReservedConcurrentExecutions: 5
                  Timeout: 10
                  TracingConfig: {Mode: Active}
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
              FnLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: !Sub /aws/lambda/${Fn}
                  RetentionInDays: 30
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void exitsZeroWhenNothingIsFoundAndPrintsASummary() throws IOException {
        write("template.yaml", CLEAN);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("Linted 1 template, 1 function: no findings.\n");
    }

    @Test
    void exitsOneOnFindingsAtOrAboveFailOn() throws IOException {
        write("template.yaml", WARNS);
        assertThat(Cli.run(dir, "check", "template.yaml").exitCode()).isEqualTo(1);
        assertThat(Cli.run(dir, "check", "--fail-on", "error", "template.yaml").exitCode()).isEqualTo(0);
        assertThat(Cli.run(dir, "check", "--fail-on", "info", "template.yaml").exitCode()).isEqualTo(1);
        assertThat(Cli.run(dir, "check", "--fail-on", "never", "template.yaml").exitCode()).isEqualTo(0);
    }

    @Test
    void printsFileLineColumnRuleAndFix() throws IOException {
        write("stacks/api.yaml", FAILS);
        Cli.Run run = Cli.run(dir, "check", "stacks");
        assertThat(run.out()).startsWith(
                "stacks/api.yaml:6:7: error LL101 memory-out-of-range: Function Fn has MemorySize 64 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails\n"
                        + "    fix: Set MemorySize between 128 and 10240.");
        assertThat(run.out()).endsWith("Linted 1 template, 1 function: 1 error.\n");
    }

    @Test
    void reportsABrokenFileWithExitTwoAndStillLintsTheOthers() throws IOException {
        write("a-broken.yaml", "Resources:\n  Fn: [unclosed\n");
        write("b-fails.yaml", FAILS);
        Cli.Run run = Cli.run(dir, "check", "a-broken.yaml", "b-fails.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("a-broken.yaml:2:7: error LL001 template-invalid: YAML syntax: the file ends inside the flow sequence");
        assertThat(run.out()).contains("b-fails.yaml:6:7: error LL101");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void writesTheDocumentedJsonShape() throws IOException {
        write("template.yaml", FAILS);
        Cli.Run run = Cli.run(dir, "check", "--format", "json", "template.yaml");
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("tool").path("name").asText()).isEqualTo("lambdalint");
        JsonNode finding = doc.path("findings").get(0);
        assertThat(finding.path("ruleId").asText()).isEqualTo("LL101");
        assertThat(finding.path("ruleName").asText()).isEqualTo("memory-out-of-range");
        assertThat(finding.path("severity").asText()).isEqualTo("error");
        assertThat(finding.path("file").asText()).isEqualTo("template.yaml");
        assertThat(finding.path("line").asInt()).isEqualTo(6);
        assertThat(finding.path("column").asInt()).isEqualTo(7);
        assertThat(finding.path("pointer").asText()).isEqualTo("/Resources/Fn/Properties/MemorySize");
        assertThat(finding.path("resource").asText()).isEqualTo("Fn");
        assertThat(finding.has("stack")).isTrue();
        assertThat(finding.path("stack").isNull()).isTrue();
        assertThat(finding.path("constructPath").isNull()).isTrue();
        assertThat(finding.path("fix").asText()).isNotBlank();
        assertThat(doc.path("errors").isArray()).isTrue();
        JsonNode summary = doc.path("summary");
        assertThat(summary.path("templates").asInt()).isEqualTo(1);
        assertThat(summary.path("functions").asInt()).isEqualTo(1);
        assertThat(summary.path("error").asInt()).isEqualTo(1);
        assertThat(summary.path("warning").asInt()).isEqualTo(0);
        assertThat(summary.path("suppressed").asInt()).isEqualTo(0);
    }

    @Test
    void readsATemplateFromStandardInput() {
        Cli.Run run = Cli.runWithStdin(dir, FAILS, "check", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("<stdin>:6:7: error LL101");
    }

    @Test
    void lintsTheCurrentFolderWithoutPaths() throws IOException {
        write("sub/template.yaml", FAILS);
        write("sub/notes.yaml", "title: not a template\n");
        Cli.Run run = Cli.run(dir, "check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("sub/template.yaml:6:7").doesNotContain("notes.yaml");
    }

    @Test
    void saysSoWhenAFolderHoldsNoTemplates() throws IOException {
        write("docs/readme.yaml", "title: nothing here\n");
        Cli.Run run = Cli.run(dir, "check", "docs");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("docs: error LL001 template-invalid: no templates found here");
    }

    @Test
    void reportsAMissingPath() {
        Cli.Run run = Cli.run(dir, "check", "nope.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("nope.yaml: error LL001 template-invalid: no such file or folder");
    }

    @Test
    void explicitlyNamedNonTemplateIsAnError() throws IOException {
        write("config.yaml", "title: not a template\n");
        Cli.Run run = Cli.run(dir, "check", "config.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("config.yaml:1:1: error LL001 template-invalid: no Resources section");
    }

    @Test
    void rejectsAnInvalidDateOrFormatAsAUsageError() throws IOException {
        write("template.yaml", CLEAN);
        Cli.Run date = Cli.run(dir, "check", "--date", "27/11/2026", "template.yaml");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--date").doesNotContain("\tat ");
        Cli.Run format = Cli.run(dir, "check", "--format", "xml", "template.yaml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
    }

    @Test
    void givesByteIdenticalOutputInParallelAndSequentially() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("t" + i + ".yaml", i % 2 == 0 ? FAILS : WARNS);
        }
        String parallel = Cli.run(dir, "check", "--format", "json", ".").out();
        String sequential = Cli.run(dir, "check", "--format", "json", "--sequential", ".").out();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(Cli.run(dir, "check", "--format", "json", ".").out()).isEqualTo(parallel);
    }

    @Test
    void givesByteIdenticalOutputForEveryFixtureAndCloudAssemblyInParallelAndSequentially() {
        // The stacks of one cloud assembly are read in parallel too; their order must not change.
        Path repository = Path.of("").toAbsolutePath();
        String parallel = Cli.run(repository, "check", "--format", "json", "fixtures").out();
        String sequential = Cli.run(repository, "check", "--format", "json", "--sequential", "fixtures").out();
        assertThat(parallel).contains("\"stack\": \"Prod/Ingest/Media\"").isEqualTo(sequential);
    }

    @Test
    void appliesSuppressionsWithReasonsAndCountsThem() throws IOException {
        write("template.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Metadata:
                      lambdalint:
                        suppress:
                          - rule: reserved-concurrency-missing
                            reason: Nightly batch; one invocation at a time
                    Properties:
                      Runtime: python3.13
                      MemorySize: 1024
                      Architectures: [arm64]
                      Timeout: 10
                      TracingConfig: {Mode: Active}
                      Code: {ZipFile: "def handler(event, context): pass"}
                      Role: arn:aws:iam::123456789012:role/app
                  FnLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub /aws/lambda/${Fn}
                      RetentionInDays: 30
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("Linted 1 template, 1 function: no findings (1 suppressed).\n");
        Cli.Run shown = Cli.run(dir, "check", "--show-suppressed", "template.yaml");
        assertThat(shown.out()).contains("suppressed LL301").contains("reason: Nightly batch; one invocation at a time");
    }

    @Test
    void skipsNamedFilesThatAreNotTemplatesWhenAsked() throws IOException {
        write("template.yaml", FAILS);
        write("docker-compose.yml", "services: {}\n");
        write("package.json", "{\"name\": \"x\"}\n");
        Cli.Run strict = Cli.run(dir, "check", "template.yaml", "docker-compose.yml");
        assertThat(strict.exitCode()).isEqualTo(2);
        Cli.Run lenient = Cli.run(dir, "check", "--skip-non-templates", "template.yaml", "docker-compose.yml", "package.json");
        assertThat(lenient.exitCode()).isEqualTo(1);
        assertThat(lenient.out()).doesNotContain("docker-compose").doesNotContain("package.json")
                .endsWith("Linted 1 template, 1 function: 1 error.\n");
    }

    @Test
    void printsTheVersion() {
        Cli.Run run = Cli.run(dir, "--version");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("lambdalint " + Version.current())
                .doesNotContain("${")
                .containsPattern("runtime lifecycle data as of \\d{4}-\\d{2}-\\d{2}\n")
                .contains("Java " + Runtime.version());
        // the build writes the commit when it runs in a git checkout (the tests run from the repository root)
        if (Files.exists(Path.of(".git"))) {
            assertThat(run.out()).containsPattern("^lambdalint [^ ]+ \\(commit [0-9a-f]{12}(-dirty)?\\)\n");
        } else {
            assertThat(run.out()).startsWith("lambdalint " + Version.current() + "\n");
        }
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void countsCustomResourceHandlersInTheTextAndJsonSummaries() throws IOException {
        write("template.yaml", CLEAN + """
                  Seeder:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: 1024
                      Architectures: [arm64]
                      Timeout: 10
                      TracingConfig: {Mode: Active}
                      Code: {ZipFile: "def handler(event, context): pass"}
                      Role: arn:aws:iam::123456789012:role/app
                  SeederLogs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub /aws/lambda/${Seeder}
                      RetentionInDays: 30
                  Seed:
                    Type: Custom::Seed
                    Properties:
                      ServiceToken: !GetAtt Seeder.Arn
                """);
        Cli.Run text = Cli.run(dir, "check", "template.yaml");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(
                "Linted 1 template, 2 functions (1 only custom-resource or macro handlers: LL301, LL306, LL603 do not apply): no findings");

        Cli.Run json = Cli.run(dir, "check", "--format", "json", "template.yaml");
        JsonNode summary = JSON.readTree(json.out()).path("summary");
        assertThat(summary.path("deploymentHandlers").asInt()).isEqualTo(1);
        assertThat(summary.path("functions").asInt()).isEqualTo(2);
    }
}
