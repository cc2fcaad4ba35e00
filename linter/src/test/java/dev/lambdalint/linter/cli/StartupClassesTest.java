package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run loads is what it pays for at start-up: each class costs reading, verifying and running
 * its initialisers. Runs a real process (class loading is per JVM) with -Xlog:class+load and checks that
 * a plain check leaves out what only other inputs, options and subcommands need. (The JVM's verifier
 * loads the exception types a method catches; those small classes are let through.)
 */
class StartupClassesTest {
    private static final String YAML = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.13
                  Handler: app.handler
                  Code: {S3Bucket: b, S3Key: k}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws IOException {
        // The config search stops at the repository root; no .lambdalint.yaml above the test folder counts.
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("template.yaml"), YAML);
        Files.writeString(dir.resolve("template.json"), """
                {"Resources": {"Fn": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Runtime": "python3.13", "Handler": "app.handler"}}}}
                """);
    }

    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("lambdalint finished").isTrue();
        assertThat(process.exitValue()).as("exit code of lambdalint %s", String.join(" ", args)).isBetween(0, 1);
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // [info][class,load] java.lang.Object source: shared objects file
            int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
            int end = line.indexOf(' ', start);
            if (start > 1 && end > start) {
                classes.add(line.substring(start, end));
            }
        }
        assertThat(classes).as("the class-load log was read").contains(Main.class.getName());
        return classes;
    }

    @Test
    void aCheckOfAYamlTemplateLoadsNoDatabindOtherSubcommandsOrUnusedFormats() throws Exception {
        List<String> classes = classesLoadedBy("check", "template.yaml");
        assertThat(classes).contains("dev.lambdalint.linter.engine.Engine")
                .noneMatch(c -> c.equals("com.fasterxml.jackson.databind.ObjectMapper"))
                .noneMatch(c -> c.startsWith("software.amazon.") || c.startsWith("software.constructs."))
                .noneMatch(c -> c.startsWith("javax.xml.") || c.startsWith("com.sun.org.apache.xerces"))
                .noneMatch(c -> c.startsWith("dev.lambdalint.linter.report.sarif.")
                        || c.startsWith("dev.lambdalint.linter.report.junit.")
                        || (c.startsWith("dev.lambdalint.linter.git.") && !c.endsWith("Exception"))
                        || c.startsWith("dev.lambdalint.linter.inventory."))
                .noneMatch(c -> c.startsWith("com.fasterxml.jackson.dataformat.toml.")
                        || c.equals("dev.lambdalint.linter.params.ParameterFiles")
                        || c.startsWith("dev.lambdalint.linter.config.ConfigBinding"))
                .noneMatch(c -> c.equals("dev.lambdalint.linter.cli.RulesCommand")
                        || c.equals("dev.lambdalint.linter.cli.ExplainCommand")
                        || c.equals("dev.lambdalint.linter.cli.CompletionCommand")
                        || c.startsWith("picocli.AutoComplete"));
    }

    @Test
    void aVersionProbeBuildsNoCommandModel() throws Exception {
        assertThat(classesLoadedBy("--version"))
                .contains("dev.lambdalint.linter.cli.Main", "dev.lambdalint.rules.runtime.RuntimeTable")
                // Main prints it before picocli builds any model, and reads the runtime table's date alone.
                .doesNotContain("picocli.CommandLine$Model$CommandSpec", "dev.lambdalint.rules.runtime.RuntimeLifecycle")
                .noneMatch(c -> c.startsWith("dev.lambdalint.linter.cli.") && c.endsWith("Command"))
                .noneMatch(c -> c.startsWith("dev.lambdalint.linter.engine."));
    }

    @Test
    void aPlainCheckBootstrapsNoRecordMethods() throws Exception {
        // A record's generated equals/hashCode/toString spin ~15 method-handle classes on first use, which no
        // JDK 17 archive stores: the records a plain check compares (Input) write theirs out.
        assertThat(classesLoadedBy("check", "-i", "LL004", "template.yaml"))
                .contains("dev.lambdalint.linter.engine.Engine")
                .doesNotContain("java.lang.runtime.ObjectMethods");
    }

    @Test
    void aCheckOfJsonAloneLoadsNoYamlParser() throws Exception {
        assertThat(classesLoadedBy("check", "template.json"))
                .contains("com.fasterxml.jackson.core.json.ReaderBasedJsonParser")
                .noneMatch(c -> c.startsWith("org.yaml.snakeyaml.") || c.startsWith("com.fasterxml.jackson.dataformat.yaml."));
    }

    @Test
    void aSamconfigBringsTheTomlReader() throws Exception {
        Files.writeString(dir.resolve("samconfig.toml"), "[default.deploy.parameters]\nparameter_overrides = \"A=1\"\n");
        assertThat(classesLoadedBy("check", "--parameters", "samconfig.toml", "template.yaml"))
                .anyMatch(c -> c.startsWith("com.fasterxml.jackson.dataformat.toml."));
    }

    @Test
    void theSchemaValidatorComesOnlyWithAResourceItValidates() throws Exception {
        Files.writeString(dir.resolve("bucket.yaml"), "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");
        assertThat(classesLoadedBy("check", "bucket.yaml")).contains("dev.lambdalint.linter.engine.Engine")
                .noneMatch(c -> c.startsWith("org.everit.") || c.startsWith("org.json.")
                        || c.equals("dev.lambdalint.linter.schema.ResourceSchemas"));
    }

    /**
     * LL004 checks every Lambda resource, but Everit (its set-up is most of what the rule would cost a
     * small run) comes only for properties its schema rejects: a valid function is passed by the
     * acceptance check alone, intrinsic functions and all. Messages formatted with Locale.US need no
     * locale data (Main.main); Everit's date-time format check would load it.
     */
    @Test
    void validLambdaAndSamTemplatesLoadNoSchemaValidatorNorLocaleData() throws Exception {
        Files.writeString(dir.resolve("valid.yaml"), """
                Parameters:
                  Subnets: {Type: "List<AWS::EC2::Subnet::Id>", Default: "subnet-0a1b2c3d, subnet-4e5f6a7b"}
                  Groups: {Type: CommaDelimitedList, Default: sg-0a1b2c3d}
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      Handler: app.handler
                      Role: !GetAtt FnRole.Arn
                      Code: {S3Bucket: artifacts, S3Key: fn.zip}
                      MemorySize: 512
                      Timeout: 10
                      Architectures: [arm64]
                      Environment: {Variables: {TABLE: !Ref Table, MODE: fast}}
                      # A list parameter's Default is one text that CloudFormation passes as a list.
                      VpcConfig: {SubnetIds: !Ref Subnets, SecurityGroupIds: !Ref Groups}
                """);
        Files.writeString(dir.resolve("sam.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Timeout: 30
                    Tracing: Active
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: nodejs22.x
                      CodeUri: s3://artifacts/worker.zip
                      MemorySize: 1024
                      Policies:
                        - SQSPollerPolicy: {QueueName: !GetAtt Queue.QueueName}
                      Events:
                        Messages:
                          Type: SQS
                          Properties: {Queue: !GetAtt Queue.Arn, BatchSize: 10}
                """);
        for (String template : List.of("valid.yaml", "sam.yaml")) {
            assertThat(classesLoadedBy("check", template)).as(template)
                    .contains("dev.lambdalint.linter.schema.ResourceSchemas")
                    .noneMatch(c -> c.startsWith("org.everit.") || c.startsWith("org.json.")
                            || c.equals("dev.lambdalint.linter.schema.EveritSchemas"))
                    .noneMatch(c -> c.startsWith("sun.util.cldr.") || c.startsWith("sun.util.resources.cldr."));
            assertThat(Files.readString(dir.resolve("out.txt"))).as(template).doesNotContain("LL004");
        }
    }

    /** A fault another rule reports (LL101: memory below 128 MB) is not LL004's, and brings no Everit either. */
    @Test
    void aFaultAnotherRuleOwnsBringsNoSchemaValidator() throws Exception {
        Files.writeString(dir.resolve("small-memory.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      Handler: app.handler
                      Role: arn:aws:iam::123456789012:role/app
                      Code: {S3Bucket: artifacts, S3Key: fn.zip}
                      MemorySize: 64
                      Timeout: 1000
                """);
        assertThat(classesLoadedBy("check", "small-memory.yaml"))
                .contains("dev.lambdalint.linter.schema.ResourceSchemas")
                .noneMatch(c -> c.startsWith("org.everit.") || c.equals("dev.lambdalint.linter.schema.EveritSchemas"));
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("LL101", "LL501").doesNotContain("LL004");
    }

    @Test
    void aPropertyTheSchemaRejectsBringsEveritAndItsFinding() throws Exception {
        // template.yaml lacks the Role AWS::Lambda::Function requires.
        assertThat(classesLoadedBy("check", "template.yaml")).anyMatch(c -> c.startsWith("org.everit."));
        assertThat(Files.readString(dir.resolve("out.txt")))
                .contains("template.yaml:2:3: error LL004 property-invalid: Fn: AWS::Lambda::Function lacks Role, which is required");
    }

    @Test
    void aConfigFileBringsTheSchemaValidator() throws Exception {
        Files.writeString(dir.resolve(".lambdalint.yaml"), "rules:\n  LL404: {enabled: true}\n");
        assertThat(classesLoadedBy("check", "template.yaml")).anyMatch(c -> c.startsWith("org.everit."));
    }
}
