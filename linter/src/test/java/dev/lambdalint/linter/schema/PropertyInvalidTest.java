package dev.lambdalint.linter.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.Fixtures;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LL004's words, and one fault, one finding: beside the rules that own a fault or judge a property as unset. */
class PropertyInvalidTest {
    @TempDir
    Path dir;

    private List<ReportedFinding> lint(String yaml) throws IOException {
        return run(yaml).findings();
    }

    private LintResult run(String yaml) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path file = Files.writeString(dir.resolve("template.yaml"), yaml);
        return Fixtures.lint(dir, List.of(file.toString()));
    }

    private static final String FUNCTION = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
                  Runtime: python3.13
                  Handler: index.handler
            """;

    @Test
    void aMisspeltPropertyIsReportedOnceAndSilencesTheRulesThatWouldCallItUnset() throws IOException {
        List<ReportedFinding> unset = lint(FUNCTION);
        assertThat(unset).extracting(ReportedFinding::ruleId).contains("LL102", "LL301", "LL502", "LL705").doesNotContain("LL004");

        List<ReportedFinding> misspelt = lint(FUNCTION + """
                      MemmorySize: 1024
                      ReservedConcurrentExecution: 5
                      TimeOut: 30
                      TracingConfg: {Mode: Active}
                """);
        assertThat(misspelt).filteredOn(f -> f.ruleId().equals("LL004")).extracting(ReportedFinding::line, ReportedFinding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9, "Fn: MemmorySize is not a property of AWS::Lambda::Function; did you mean MemorySize? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(10, "Fn: ReservedConcurrentExecution is not a property of AWS::Lambda::Function; did you mean ReservedConcurrentExecutions? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(11, "Fn: TimeOut is not a property of AWS::Lambda::Function; did you mean Timeout? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(12, "Fn: TracingConfg is not a property of AWS::Lambda::Function; did you mean TracingConfig? (rejected at deployment)"));
        assertThat(misspelt).extracting(ReportedFinding::ruleId).doesNotContain("LL102", "LL301", "LL502", "LL705");
    }

    @Test
    void aFaultAnotherRuleOwnsIsReportedByThatRuleAlone() throws IOException {
        LintResult result = run(FUNCTION + """
                      MemorySize: 64
                      Timeout: 0
                      EphemeralStorage: {Size: 100}
                      ReservedConcurrentExecutions: lots
                """);
        assertThat(result.findings()).extracting(ReportedFinding::ruleId).contains("LL101", "LL501", "LL201").doesNotContain("LL004");
        // LL001 tells a value of the wrong kind in a setting lambdalint reads.
        assertThat(result.errors()).extracting(e -> e.message()).containsExactly(
                "Function Fn: ReservedConcurrentExecutions must be a whole number, not \"lots\"");
    }

    @Test
    void tellsEachKindOfFaultInPlainWords() throws IOException {
        List<ReportedFinding> found = lint((FUNCTION + """
                      PackageType: zip
                      Description: ""
                      Handler: app handler
                      Tags: [{Key: a, Value: b}, {Key: a, Value: b}]
                      KmsKeyArn: [x]
                      RuntimeManagementConfig: {UpdateRuntimeOn: Auto, Extra: 1}
                """).replace("      Handler: index.handler\n", ""));
        assertThat(found).filteredOn(f -> f.ruleId().equals("LL004")).extracting(ReportedFinding::message).containsExactly(
                "Fn: PackageType is 'zip', not one of the accepted values: Image, Zip (rejected at deployment)",
                "Fn: Description is 0 characters long; at least 1 are required (rejected at deployment)",
                "Fn: Handler 'app handler' does not have the accepted form (the pattern ^[^\\s]+$) (rejected at deployment)",
                "Fn: Tags lists the same item more than once; each may appear only once (rejected at deployment)",
                "Fn: KmsKeyArn is a list, where text is expected (rejected at deployment)",
                "Fn: Extra is not a property of RuntimeManagementConfig (AWS::Lambda::Function) (rejected at deployment)");
    }

    @Test
    void aMisspeltRequiredPropertyIsOneFaultNotAlsoAMissingOne() throws IOException {
        List<ReportedFinding> found = lint(FUNCTION.replace("      Role: arn", "      Rol: arn") + """
                      EphemeralStorage: {Sise: 1024}
                """);
        assertThat(found).filteredOn(f -> f.ruleId().equals("LL004")).extracting(ReportedFinding::line, ReportedFinding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, "Fn: Rol is not a property of AWS::Lambda::Function; did you mean Role? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(9, "Fn: Sise is not a property of EphemeralStorage (AWS::Lambda::Function); did you mean Size? (rejected at deployment)"));
        // Without a near name the required property is still missing, and said so.
        assertThat(lint(FUNCTION.replace("      Role: arn:aws:iam::123456789012:role/app\n", "")))
                .filteredOn(f -> f.ruleId().equals("LL004")).extracting(ReportedFinding::message)
                .containsExactly("Fn: AWS::Lambda::Function lacks Role, which is required (rejected at deployment)");
    }

    private static final String NESTED = """
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties: {VisibilityTimeout: 360}
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Code: {ZipFile: "def handler(event, context): pass"}
                  Role: arn:aws:iam::123456789012:role/app
                  Runtime: java21
                  Handler: index.handler
                  MemorySize: 2048
                  TracingConfig: {MODE: Active}
                  SnapStart: {ApplyOnn: PublishedVersions}
                  VpcConfig: {SubnetIds: [subnet-1, subnet-2], SecurityGroupId: [sg-1]}
              Sqs:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref Fn
                  EventSourceArn: !GetAtt Queue.Arn
                  FunctionResponseType: [ReportBatchItemFailures]
              Stream:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref Fn
                  EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/clicks
                  StartingPosition: LATEST
                  MaximumRetryAttempt: 3
            """;

    @Test
    void aMisspeltNestedPropertyIsReportedOnceAndSilencesTheRulesThatWouldCallItUnset() throws IOException {
        List<ReportedFinding> misspelt = lint(NESTED);
        assertThat(misspelt).filteredOn(f -> f.ruleId().equals("LL004")).extracting(ReportedFinding::line, ReportedFinding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(13, "Fn: MODE is not a property of TracingConfig (AWS::Lambda::Function); did you mean Mode? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(14, "Fn: ApplyOnn is not a property of SnapStart (AWS::Lambda::Function); did you mean ApplyOn? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(15, "Fn: SecurityGroupId is not a property of VpcConfig (AWS::Lambda::Function); did you mean SecurityGroupIds? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(21, "Sqs: FunctionResponseType is not a property of AWS::Lambda::EventSourceMapping; did you mean FunctionResponseTypes? (rejected at deployment)"),
                        org.assertj.core.groups.Tuple.tuple(28, "Stream: MaximumRetryAttempt is not a property of AWS::Lambda::EventSourceMapping; did you mean MaximumRetryAttempts? (rejected at deployment)"));
        List<String> silenced = List.of("LL401", "LL603", "LL705", "LL706", "LL708");
        assertThat(misspelt).extracting(ReportedFinding::ruleId).doesNotContainAnyElementsOf(silenced);

        // The same template with each nested property left out: every one of those rules speaks.
        List<ReportedFinding> unset = lint(NESTED.replace("MODE: Active", "").replace("      SnapStart: {ApplyOnn: PublishedVersions}\n", "")
                .replace(", SecurityGroupId: [sg-1]", "").replace("      FunctionResponseType: [ReportBatchItemFailures]\n", "")
                .replace("      MaximumRetryAttempt: 3\n", ""));
        assertThat(unset).extracting(ReportedFinding::ruleId).containsAll(silenced).doesNotContain("LL004");
    }
}
