package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void writeTemplates() throws IOException {
        Files.writeString(dir.resolve("orders.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Globals:
                  Function:
                    Runtime: python3.13
                Resources:
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: w.handler
                      CodeUri: src/
                      MemorySize: !If [IsProd, 3538, 1769]
                      ReservedConcurrentExecutions: 600
                      Architectures: [arm64]
                      VpcConfig:
                        SubnetIds: [subnet-a, subnet-b]
                        SecurityGroupIds: [sg-1]
                      Events:
                        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn}}
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.handler
                      CodeUri: src/
                      ReservedConcurrentExecutions: !Ref AWS::NoValue
                  Jobs:
                    Type: AWS::SQS::Queue
                """);
        Files.writeString(dir.resolve("billing.yaml"), """
                Resources:
                  Invoices:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: java21
                      MemorySize: 2048
                      Timeout: 60
                      ReservedConcurrentExecutions: 400
                """);
    }

    @Test
    void tabulatesEveryFunctionGroupedByFileWithDefaultsMarked() throws IOException {
        writeTemplates();
        Cli.Run run = Cli.run(dir, "report", ".");
        assertThat(run.exitCode()).isEqualTo(0);
        String out = run.out();
        assertThat(out.indexOf("billing.yaml")).isLessThan(out.indexOf("orders.yaml"));
        assertThat(out).containsPattern("Invoices +java21 +x86_64\\* +2048 +1\\.16 +512\\* +60 +400 +- +- +- +- +\\d");
        assertThat(out).containsPattern("Worker +python3\\.13 +arm64 +3538\\|1769 +2\\.00\\|1\\.00 +512\\* +3\\* +600 +- +2 +1 +sqs");
        assertThat(out).containsPattern("Api +python3\\.13 +x86_64\\* +128\\* +0\\.07\\* +512\\* +3\\* +\\?");
        assertThat(out).contains("Concurrency budget: 1000 reserved by 2 function(s) of the 900 reservable (account limit 1000, 100 kept unreserved): OVER BUDGET");
        assertThat(out).contains("reserve an amount only a deployment decides");
    }

    @Test
    void writesJsonThatTellsDefaultsFromSetValues() throws IOException {
        writeTemplates();
        JsonNode doc = JSON.readTree(Cli.run(dir, "report", "--format", "json", ".").out());
        JsonNode worker = null;
        for (JsonNode f : doc.path("functions")) {
            if (f.path("logicalId").asText().equals("Worker")) {
                worker = f;
            }
        }
        assertThat(worker).isNotNull();
        assertThat(worker.path("memoryMb").path("values").toString()).isEqualTo("[3538,1769]");
        assertThat(worker.path("memoryMb").path("source").asText()).isEqualTo("set");
        assertThat(worker.path("timeoutSeconds").path("source").asText()).isEqualTo("default");
        assertThat(worker.path("eventSources").toString()).isEqualTo("[\"sqs\"]");
        assertThat(doc.path("concurrency").path("reserved").asInt()).isEqualTo(1000);
        assertThat(doc.path("concurrency").path("overBudget").asBoolean()).isTrue();
    }
}
