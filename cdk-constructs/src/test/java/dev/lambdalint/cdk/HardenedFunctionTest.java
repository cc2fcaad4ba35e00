package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Severity;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.sqs.Queue;

class HardenedFunctionTest {

    @Test
    void memoryOutsideLambdaLimitsFailsWithTheLintersRuleIdAndMessage(@TempDir Path dir) throws Exception {
        Stack stack = Cdk.stack();
        HardeningException e = catchHardening(() -> Cdk.hardened(stack, "Orders").memorySize(64).reservedConcurrency(5).build());

        assertThat(e.ruleId()).isEqualTo("LL101");
        // What `lambdalint check` prints for a template with the same function under the same name.
        Path template = dir.resolve("template.json");
        Files.writeString(template, """
                {"Resources": {"Test/Orders": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Runtime": "python3.13", "MemorySize": 64, "ReservedConcurrentExecutions": 5}}}}""");
        LintResult linted = new Engine(Config.DEFAULT, LocalDate.now(), dir, () -> new ByteArrayInputStream(new byte[0]), false)
                .run(List.of(template.toString()));
        ReportedFinding finding = linted.findings().stream().filter(f -> f.ruleId().equals("LL101")).findFirst().orElseThrow();
        assertThat(e.getMessage()).startsWith("LL101 memory-out-of-range: " + finding.message() + "\n    fix: " + finding.fix());
    }

    @Test
    void ephemeralStorageOutsideLimitsFailsBeforeTheCdkOwnCheck() {
        HardeningException e = catchHardening(() -> Cdk.hardened(Cdk.stack(), "Orders")
                .ephemeralStorageSize(Size.mebibytes(20_000)).reservedConcurrency(5).build());
        assertThat(e.ruleId()).isEqualTo("LL201");
        assertThat(e.getMessage()).startsWith("LL201 ephemeral-storage-out-of-range: Function Test/Orders has EphemeralStorage.Size 20000 MB");
    }

    @Test
    void timeoutOutsideLimitsFails() {
        HardeningException e = catchHardening(() -> Cdk.hardened(Cdk.stack(), "Orders")
                .timeout(Duration.minutes(16)).reservedConcurrency(5).build());
        assertThat(e.ruleId()).isEqualTo("LL501");
        assertThat(e.getMessage()).contains("Function Test/Orders has Timeout 960 s, outside the 1 to 900 s");
    }

    @Test
    void severalBrokenLimitsAreAllNamed() {
        HardeningException e = catchHardening(() -> Cdk.hardened(Cdk.stack(), "Orders")
                .memorySize(20_000).ephemeralStorageSize(Size.mebibytes(100)).reservedConcurrency(5).build());
        assertThat(e.getMessage()).contains("LL101 memory-out-of-range", "LL201 ephemeral-storage-out-of-range");
    }

    @Test
    void refusesToBuildWithoutReservedConcurrency() {
        HardeningException e = catchHardening(() -> Cdk.hardened(Cdk.stack(), "Orders").build());
        assertThat(e.ruleId()).isEqualTo("LL301");
        assertThat(e.getMessage()).contains("reservedConcurrency(n)", "withoutReservedConcurrency(\"reason\")");
        assertThatThrownBy(() -> Cdk.hardened(Cdk.stack(), "Orders").withoutReservedConcurrency("  ").build())
                .isInstanceOf(HardeningException.class);
    }

    @Test
    void optingOutOfReservedConcurrencyIsRecordedAsASuppressionTheLinterHonours() {
        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Nightly").withoutReservedConcurrency("Batch job; bounded by SQS MaximumConcurrency").build();

        JsonNode function = Cdk.only(Cdk.template(stack), "AWS::Lambda::Function");
        assertThat(function.path("Properties").has("ReservedConcurrentExecutions")).isFalse();
        JsonNode suppress = function.path("Metadata").path("lambdalint").path("suppress");
        assertThat(suppress).hasSize(1);
        assertThat(suppress.get(0).path("rule").asText()).isEqualTo("LL301");
        assertThat(suppress.get(0).path("reason").asText()).isEqualTo("Batch job; bounded by SQS MaximumConcurrency");

        LintResult result = LambdaLint.lint(stack, Config.DEFAULT);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("LL301"))
                .singleElement()
                .satisfies(f -> assertThat(f.suppressionReason()).contains("Batch job; bounded by SQS MaximumConcurrency"));
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)).isEmpty();
    }

    @Test
    void defaultsAreTheRecommendedConfiguration() {
        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Orders").reservedConcurrency(7).build();
        JsonNode template = Cdk.template(stack);
        JsonNode p = Cdk.only(template, "AWS::Lambda::Function").path("Properties");

        assertThat(p.path("MemorySize").asInt()).isEqualTo(256);
        assertThat(p.path("Timeout").asInt()).isEqualTo(10);
        assertThat(p.path("EphemeralStorage").path("Size").asInt()).isEqualTo(512);
        assertThat(p.path("Architectures").toString()).isEqualTo("[\"arm64\"]");
        assertThat(p.path("TracingConfig").path("Mode").asText()).isEqualTo("Active");
        assertThat(p.path("ReservedConcurrentExecutions").asInt()).isEqualTo(7);
        assertThat(p.path("DeadLetterConfig").path("TargetArn").toString()).contains("DeadLetterQueue");
        assertThat(Cdk.only(template, "AWS::SQS::QueuePolicy").path("Properties").path("PolicyDocument").toString())
                .contains("\"Effect\":\"Deny\"", "aws:SecureTransport");
        String logGroup = p.path("LoggingConfig").path("LogGroup").path("Ref").asText();
        assertThat(template.path("Resources").path(logGroup).path("Properties").path("RetentionInDays").asInt()).isEqualTo(30);
        assertThat(p.has("SnapStart")).isFalse();
        assertThat(Cdk.resources(template, "AWS::Lambda::Alias")).isEmpty();
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)).isEmpty();
    }

    @Test
    void javaFunctionsGetSnapStartWithAPublishedVersionAndAlias() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = HardenedFunction.Builder.create(stack, "Orders")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrency(5)
                .build();
        JsonNode template = Cdk.template(stack);
        JsonNode p = Cdk.only(template, "AWS::Lambda::Function").path("Properties");

        assertThat(p.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(p.path("MemorySize").asInt()).isEqualTo(1024);
        assertThat(Cdk.resources(template, "AWS::Lambda::Version")).hasSize(1);
        assertThat(Cdk.only(template, "AWS::Lambda::Alias").path("Properties").path("Name").asText()).isEqualTo("live");
        assertThat(fn.getAlias()).isPresent();
        assertThat(fn.getInvocationTarget()).isSameAs(fn.getAlias().get());
    }

    @Test
    void optingOutOfSnapStartDropsTheAliasAndIsRecordedAsASuppressionTheLinterHonours() {
        Stack stack = Cdk.stack();
        HardenedFunction fn = HardenedFunction.Builder.create(stack, "Orders")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrency(5)
                .withoutSnapStart("Generates a per-instance key at init")
                .build();
        JsonNode template = Cdk.template(stack);
        JsonNode function = Cdk.only(template, "AWS::Lambda::Function");

        assertThat(function.path("Properties").has("SnapStart")).isFalse();
        assertThat(Cdk.resources(template, "AWS::Lambda::Alias")).isEmpty();
        assertThat(fn.getAlias()).isEmpty();
        JsonNode suppress = function.path("Metadata").path("lambdalint").path("suppress");
        assertThat(suppress).hasSize(1);
        assertThat(suppress.get(0).path("rule").asText()).isEqualTo("LL603");
        assertThat(suppress.get(0).path("reason").asText()).isEqualTo("Generates a per-instance key at init");
        assertThat(LambdaLint.lint(stack, Config.DEFAULT).findings()).filteredOn(f -> f.ruleId().equals("LL603"))
                .singleElement()
                .satisfies(f -> assertThat(f.suppressionReason()).contains("Generates a per-instance key at init"));
    }

    @Test
    void javaWithMoreThan512MbOfTmpGetsNoSnapStartAndNeedsNoSuppression() {
        Stack stack = Cdk.stack();
        HardenedFunction.Builder.create(stack, "Render")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .ephemeralStorageSize(Size.mebibytes(2048)).reservedConcurrency(5)
                .build();
        JsonNode function = Cdk.only(Cdk.template(stack), "AWS::Lambda::Function");

        // SnapStart is refused above 512 MB of /tmp, so LL603 does not advise it and nothing is suppressed.
        assertThat(function.path("Properties").has("SnapStart")).isFalse();
        assertThat(function.path("Metadata").path("lambdalint").isMissingNode()).isTrue();
        assertThat(LambdaLint.lint(stack, Config.DEFAULT).findings()).noneMatch(f -> f.ruleId().equals("LL603"));
    }

    @Test
    void optingOutOfSnapStartNeedsAReasonAndMeansNothingForOtherRuntimes() {
        assertThatThrownBy(() -> HardenedFunction.Builder.create(Cdk.stack(), "Orders")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .reservedConcurrency(5).withoutSnapStart(" ").build())
                .isInstanceOf(HardeningException.class)
                .hasMessageContaining("LL603");
        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Python").reservedConcurrency(5).withoutSnapStart("not Java").build();
        assertThat(Cdk.only(Cdk.template(stack), "AWS::Lambda::Function").path("Metadata").path("lambdalint").isMissingNode())
                .isTrue();
    }

    @Test
    void defaultsFollowThePolicyOfTheConfigFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".lambdalint.yaml");
        Files.writeString(file, """
                policy:
                  memory: {minimumMb: 512, minimumMbByRuntime: {"java*": 2048}}
                """);
        Config config = LambdaLint.config(file);
        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Python").config(config).reservedConcurrency(5).build();
        HardenedFunction.Builder.create(stack, "Java")
                .runtime(Runtime.JAVA_21).handler("example.Handler::handleRequest").code(Cdk.java())
                .config(config).reservedConcurrency(5).build();

        JsonNode template = Cdk.template(stack);
        assertThat(Cdk.resources(template, "AWS::Lambda::Function"))
                .extracting(e -> e.getValue().path("Properties").path("MemorySize").asInt())
                .containsExactlyInAnyOrder(512, 2048);
    }

    @Test
    void aPolicyThatAllows128StillGetsAUsefulDefault() {
        assertThat(HardenedFunction.defaultMemory(
                dev.lambdalint.rules.policy.Policy.DEFAULT.withMemory(new dev.lambdalint.rules.policy.MemoryPolicy(
                        128, java.util.Map.of(), List.of())), "python3.13")).isEqualTo(256);
    }

    @Test
    void anInvalidConfigFileIsReportedWithTheKeyAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".lambdalint.yaml");
        Files.writeString(file, "policy:\n  memory: {minimumMegabytes: 512}\n");
        assertThatThrownBy(() -> LambdaLint.config(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policy.memory.minimumMegabytes");
    }

    @Test
    void inAVpcTheFunctionGetsTwoZonesASecurityGroupAndEniPermissions() {
        Stack stack = Cdk.stack();
        Cdk.hardened(stack, "Orders").vpc(vpc(stack, 2)).reservedConcurrency(5).build();
        JsonNode template = Cdk.template(stack);
        JsonNode vpcConfig = Cdk.only(template, "AWS::Lambda::Function").path("Properties").path("VpcConfig");

        assertThat(vpcConfig.path("SubnetIds")).hasSize(2);
        assertThat(vpcConfig.path("SecurityGroupIds")).hasSize(1);
        assertThat(Cdk.resources(template, "AWS::EC2::SecurityGroup")).hasSize(1);
        assertThat(Cdk.only(template, "AWS::IAM::Role").path("Properties").path("ManagedPolicyArns").toString())
                .contains("AWSLambdaVPCAccessExecutionRole");
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)).isEmpty();
    }

    @Test
    void aRoleOfTheTeamGetsEniPermissionsInAVpc() {
        Stack stack = Cdk.stack();
        Role role = Role.Builder.create(stack, "TeamRole").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        Cdk.hardened(stack, "Orders").vpc(vpc(stack, 2)).role(role).reservedConcurrency(5).build();
        assertThat(Cdk.only(Cdk.template(stack), "AWS::IAM::Role").path("Properties").path("ManagedPolicyArns").toString())
                .contains("AWSLambdaVPCAccessExecutionRole");
    }

    @Test
    void aVpcPlacementInOneZoneIsRefused() {
        Stack stack = Cdk.stack();
        Vpc oneZone = vpc(stack, 1);
        HardeningException e = catchHardening(() -> Cdk.hardened(stack, "Orders").vpc(oneZone).reservedConcurrency(5).build());
        assertThat(e.ruleId()).isEqualTo("LL402");
        assertThat(e.getMessage()).contains("1 subnet(s) in 1 Availability Zone(s)");
    }

    @Test
    void anAsyncFailureDestinationReplacesTheDeadLetterQueue() {
        Stack stack = Cdk.stack();
        Queue failures = new Queue(stack, "Failures");
        Cdk.hardened(stack, "Orders").onFailure(new SqsDestination(failures)).reservedConcurrency(5).build();
        JsonNode template = Cdk.template(stack);
        assertThat(Cdk.only(template, "AWS::Lambda::Function").path("Properties").has("DeadLetterConfig")).isFalse();
        assertThat(Cdk.only(template, "AWS::Lambda::EventInvokeConfig").path("Properties").path("DestinationConfig")
                .path("OnFailure").path("Destination").toString()).contains("Failures");
    }

    static Vpc vpc(Stack stack, int zones) {
        return Vpc.Builder.create(stack, "Network" + zones)
                .maxAzs(zones)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("Private").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
    }

    static HardeningException catchHardening(Runnable build) {
        try {
            build.run();
        } catch (HardeningException e) {
            return e;
        }
        throw new AssertionError("expected a HardeningException");
    }
}
