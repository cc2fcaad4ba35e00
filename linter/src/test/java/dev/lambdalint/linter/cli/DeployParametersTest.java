package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --parameter / --parameters: the run judges the values a team deploys with, not the Defaults. */
class DeployParametersTest {
    /** Otherwise in order; WorkerMemory's Default is fine, 64 of its AllowedValues is not, Stage is not judged. */
    private static final String TEMPLATE = """
            Parameters:
              WorkerMemory:
                Type: Number
                Default: 512
                AllowedValues: [512, 64]
              Stage:
                Type: String
                Default: dev
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  MemorySize: !Ref WorkerMemory
                  ReservedConcurrentExecutions: 5
                  Timeout: 30
                  Architectures: [arm64]
                  TracingConfig: {Mode: Active}
                  Code: {S3Bucket: artifacts, S3Key: k}
                  Role: arn:aws:iam::123456789012:role/app
              FnLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  LogGroupName: !Sub /aws/lambda/${Fn}
                  RetentionInDays: 30
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
    }

    private String compact(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "check";
        args[1] = "-f";
        args[2] = "compact";
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = "template.yaml";
        Cli.Run run = Cli.run(dir, args);
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    @Test
    void withoutParametersTheDefaultAndAllowedValuesAreJudgedAndNamed() {
        assertThat(compact()).isEqualTo("""
                template.yaml:5:26: error LL101 Function Fn has MemorySize 64 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails (from the AllowedValues of parameter WorkerMemory)
                Linted 1 template, 1 function: 1 error.
                """);
    }

    @Test
    void aGivenValueReplacesDefaultAndAllowedValuesAndIsReportedAtTheProperty() {
        assertThat(compact("--parameter", "WorkerMemory=512")).isEqualTo("Linted 1 template, 1 function: no findings.\n");
        assertThat(compact("-p", "WorkerMemory=96", "-p", "Stage=prod")).isEqualTo("""
                template.yaml:15:7: error LL101 Function Fn has MemorySize 96 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails (from parameter WorkerMemory, as given for this run)
                Linted 1 template, 1 function: 1 error.
                """);
    }

    @Test
    void jsonKeepsThePropertyPointerAndGivesTheParameterItsOwnField() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "-f", "json", "-p", "WorkerMemory=96", "template.yaml");
        JsonNode finding = new ObjectMapper().readTree(run.out()).path("findings").get(0);
        assertThat(finding.path("pointer").asText()).isEqualTo("/Resources/Fn/Properties/MemorySize");
        assertThat(finding.path("line").asInt()).isEqualTo(15);
        assertThat(finding.path("parameter").toString()).isEqualTo("{\"name\":\"WorkerMemory\",\"line\":2,\"column\":3}");
        Cli.Run plain = Cli.run(dir, "check", "-f", "json", "-p", "WorkerMemory=512", "-s", "LL404", "template.yaml");
        assertThat(plain.out()).doesNotContain("\"parameter\"");
    }

    @Test
    void readsTheFormatsTeamsKeepParametersIn() throws IOException {
        String memory96 = "template.yaml:15:7: error LL101 Function Fn has MemorySize 96 MB";
        Files.writeString(dir.resolve("prod.json"), """
                [{"ParameterKey": "WorkerMemory", "ParameterValue": "96"},
                 {"ParameterKey": "Stage", "UsePreviousValue": true}]
                """);
        assertThat(compact("--parameters", "prod.json")).startsWith(memory96);
        Files.writeString(dir.resolve("prod.params"), "Stage=prod\nWorkerMemory=96\n");
        assertThat(compact("--parameters", "prod.params")).startsWith(memory96);
        Files.writeString(dir.resolve("pipeline.json"), "{\"Parameters\": {\"WorkerMemory\": \"96\"}, \"Tags\": {}}");
        assertThat(compact("--parameters", "pipeline.json")).startsWith(memory96);
        Files.writeString(dir.resolve("cdk.context.json"), "{\"WorkerMemory\": 96, \"acknowledged-issue-numbers\": [1]}");
        assertThat(compact("--parameters", "cdk.context.json")).startsWith(memory96);
        Files.writeString(dir.resolve("cdk.json"), "{\"app\": \"npx ts-node bin/app.ts\", \"context\": {\"WorkerMemory\": \"96\"}}");
        assertThat(compact("--parameters", "cdk.json")).startsWith(memory96);
        Files.writeString(dir.resolve("samconfig.toml"), """
                version = 0.1
                [default.deploy.parameters]
                stack_name = "app"
                parameter_overrides = "Stage=\\"dev stage\\" WorkerMemory=512"
                [prod.deploy.parameters]
                parameter_overrides = ["Stage=prod", "WorkerMemory=96"]
                """);
        assertThat(compact("--parameters", "samconfig.toml")).isEqualTo("Linted 1 template, 1 function: no findings.\n");
        assertThat(compact("--parameters", "samconfig.toml", "--parameters-env", "prod")).startsWith(memory96);
        // The command line wins over a file.
        assertThat(compact("--parameters", "samconfig.toml", "--parameters-env", "prod", "-p", "WorkerMemory=1024"))
                .isEqualTo("Linted 1 template, 1 function: no findings.\n");
    }

    @Test
    void aParameterNoTemplateDeclaresIsNotedWithAGuess() {
        Cli.Run run = Cli.run(dir, "check", "-f", "compact", "-p", "WorkerMemroy=96", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("lambdalint: note: no template declares parameter WorkerMemroy (its value was "
                + "not used); did you mean WorkerMemory?\n");
    }

    @Test
    void unreadableParametersAreAUsageErrorThatSaysWhatToWrite() throws IOException {
        Cli.Run pair = Cli.run(dir, "check", "-p", "WorkerMemory", "template.yaml");
        assertThat(pair.exitCode()).isEqualTo(2);
        assertThat(pair.err()).isEqualTo("lambdalint: --parameter WorkerMemory: write KEY=VALUE, such as --parameter Stage=prod\n");
        Files.writeString(dir.resolve("samconfig.toml"), "[default.deploy.parameters]\nparameter_overrides = \"Stage=dev\"\n");
        Cli.Run env = Cli.run(dir, "check", "--parameters", "samconfig.toml", "--parameters-env", "prod", "template.yaml");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).isEqualTo(
                "lambdalint: samconfig.toml: no environment 'prod' (it has default; choose one with --parameters-env)\n");
        assertThat(Cli.run(dir, "check", "--parameters", "none.json", "template.yaml").err())
                .isEqualTo("lambdalint: --parameters none.json: no such file\n");
        Files.writeString(dir.resolve("bad.json"), "[{\"Key\": \"WorkerMemory\"}]");
        assertThat(Cli.run(dir, "check", "--parameters", "bad.json", "template.yaml").err())
                .startsWith("lambdalint: bad.json: each entry must be {\"ParameterKey\": ..., \"ParameterValue\": ...} or \"Key=Value\"");
    }
}
