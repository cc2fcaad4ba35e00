package dev.lambdalint.cdk.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.cdk.LambdaLint;
import dev.lambdalint.cdk.LambdaLintPlugin;
import dev.lambdalint.cdk.example.ExpectedFindings.Hit;
import dev.lambdalint.linter.cli.Main;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.LintedTemplate;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.model.FunctionView;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/**
 * The proof of the module: hardened stacks are clean, plain stacks built from the CDK's defaults raise
 * the expected findings, and the plugin, {@link LambdaLint#check} and the command line agree.
 */
class ExampleAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SynthesizedExample example;
    private static ExpectedFindings expected;

    @BeforeAll
    static void synthesize() {
        example = SynthesizedExample.get();
        expected = ExpectedFindings.read();
    }

    @Test
    void hardenedStacksHaveNoFindingAtWarningOrAbove() {
        for (String id : ExampleApp.HARDENED_STACKS) {
            assertThat(LambdaLint.check(example.stacks.get(id), Config.DEFAULT, Severity.WARNING)).as(id).isEmpty();
        }
    }

    @Test
    void plainStacksRaiseTheExpectedFindingsAndNoOthers() {
        Set<Hit> found = new TreeSet<>();
        for (Stack stack : example.stacks.values()) {
            for (ReportedFinding f : LambdaLint.check(stack, Config.DEFAULT, Severity.INFO)) {
                found.add(new Hit(f.ruleId(), f.constructPath().orElse(f.resource())));
            }
        }
        assertThat(found).containsAll(expected.required());
        assertThat(expected.unexpected(found)).as("findings fixtures/cdk/example-app.findings does not allow").isEmpty();
        assertThat(found).extracting(Hit::rule).contains("LL102", "LL301", "LL306", "LL603", "LL608");
    }

    @Test
    void everyFunctionTheExpectationsNameIsInTheApp() {
        Set<String> functions = new TreeSet<>();
        for (Stack stack : example.stacks.values()) {
            LintResult result = LambdaLint.lint(stack, Config.DEFAULT);
            for (LintedTemplate t : result.templates()) {
                for (FunctionView fn : t.model().functions()) {
                    if (!t.cdkInternal().contains(fn.logicalId())) {
                        functions.add(t.loaded().constructPath(fn.logicalId()).orElse(fn.logicalId()));
                    }
                }
            }
        }
        assertThat(functions).containsExactlyInAnyOrderElementsOf(expected.functions());
    }

    @Test
    void pluginCheckAndCommandLineAgreeOnEveryRuleAndLogicalId() throws Exception {
        Set<Hit> fromCheck = new TreeSet<>();
        for (Stack stack : example.stacks.values()) {
            LambdaLint.check(stack, Config.DEFAULT, Severity.INFO).forEach(f -> fromCheck.add(new Hit(f.ruleId(), f.resource())));
        }

        // What the CDK itself received from the plugin: its validation report in the assembly.
        Set<Hit> fromPlugin = new TreeSet<>();
        JsonNode report = JSON.readTree(example.outdir.resolve("validation-report.json").toFile());
        for (JsonNode plugin : report.path("pluginReports")) {
            if (LambdaLintPlugin.NAME.equals(plugin.path("pluginName").asText())) {
                for (JsonNode v : plugin.path("violations")) {
                    for (JsonNode c : v.path("violatingConstructs")) {
                        fromPlugin.add(new Hit(v.path("ruleName").asText(), c.path("cloudFormationResource").path("logicalId").asText()));
                    }
                }
            }
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--format", "json", "--fail-on", "never", example.outdir.toString()},
                new PrintWriter(out), new PrintWriter(err), () -> new ByteArrayInputStream(new byte[0]),
                Path.of("").toAbsolutePath(), Clock.systemUTC());
        assertThat(code).as(err.toString()).isZero();
        Set<Hit> fromCli = new TreeSet<>();
        for (JsonNode f : JSON.readTree(out.toString()).path("findings")) {
            fromCli.add(new Hit(f.path("ruleId").asText(), f.path("resource").asText()));
        }

        assertThat(fromCheck).isNotEmpty();
        assertThat(fromPlugin).isEqualTo(fromCheck);
        assertThat(fromCli).isEqualTo(fromCheck);
    }

    @Test
    void theCdkNamesTheConstructOfEachViolation() throws Exception {
        JsonNode report = JSON.readTree(example.outdir.resolve("validation-report.json").toFile());
        Set<String> paths = new TreeSet<>();
        for (JsonNode plugin : report.path("pluginReports")) {
            if (LambdaLintPlugin.NAME.equals(plugin.path("pluginName").asText())) {
                assertThat(plugin.path("conclusion").asText()).isEqualTo("success");
                for (JsonNode v : plugin.path("violations")) {
                    v.path("violatingConstructs").forEach(c -> paths.add(c.path("constructPath").asText()));
                }
            }
        }
        assertThat(paths).contains("PlainFunctions/JavaFunction/Resource", "PlainQueue/QueueFunction/Resource");
    }
}
