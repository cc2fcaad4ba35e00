package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;

class LambdaLintPluginTest {

    private static App appWith(LambdaLintPlugin plugin, Path outdir) {
        App app = App.Builder.create().outdir(outdir.toString()).build();
        Validations.of(app).addPlugins(plugin);
        Stack stack = new Stack(app, "Api");
        Function.Builder.create(stack, "Plain")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Cdk.python()).build();
        HardenedFunction.Builder.create(stack, "Hardened")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Cdk.python())
                .reservedConcurrentExecutions(5).build();
        return app;
    }

    private static List<String> violations(Path outdir) throws Exception {
        JsonNode report = Cdk.JSON.readTree(Files.readString(outdir.resolve("validation-report.json")));
        List<String> out = new ArrayList<>();
        for (JsonNode plugin : report.path("pluginReports")) {
            if (plugin.path("pluginName").asText().equals(LambdaLintPlugin.NAME)) {
                for (JsonNode v : plugin.path("violations")) {
                    out.add(v.path("ruleName").asText() + " " + v.path("severity").asText() + " "
                            + v.path("violatingConstructs").get(0).path("constructPath").asText());
                }
            }
        }
        return out;
    }

    @Test
    void failsSynthOnAWarningAndNamesTheRuleAndConstruct(@TempDir Path outdir) throws Exception {
        App app = appWith(LambdaLintPlugin.builder().config(Config.DEFAULT).build(), outdir);
        assertThatThrownBy(app::synth).hasMessageContaining("Validation failed");
        assertThat(violations(outdir)).containsExactlyInAnyOrder(
                "LL102 warning Api/Plain/Resource",
                "LL301 warning Api/Plain/Resource",
                "LL704 warning Api/Plain/Resource");
    }

    @Test
    void reportsWithoutFailingBelowTheFailOnLevel(@TempDir Path outdir) throws Exception {
        LambdaLintPlugin plugin = LambdaLintPlugin.builder().config(Config.DEFAULT).failOn(Severity.ERROR).build();
        appWith(plugin, outdir).synth();
        assertThat(violations(outdir)).hasSize(3);
        assertThat(plugin.lastResult()).isPresent();
        assertThat(plugin.lastResult().get().summary().functions()).isEqualTo(2);
    }

    @Test
    void anErrorInTheConfigReachesSynthAsAFailure(@TempDir Path outdir) throws Exception {
        Path config = outdir.resolveSibling(outdir.getFileName() + "-config.yaml");
        Files.writeString(config, "rules:\n  LL301: {severity: error}\n");
        LambdaLintPlugin plugin = LambdaLintPlugin.builder().config(LambdaLint.config(config)).failOn(Severity.ERROR).build();
        assertThatThrownBy(appWith(plugin, outdir)::synth).hasMessageContaining("Validation failed");
        assertThat(violations(outdir)).contains("LL301 error Api/Plain/Resource");
    }

    @Test
    void judgesStacksInsideAStageOnceEach(@TempDir Path outdir) throws Exception {
        LambdaLintPlugin plugin = LambdaLintPlugin.builder().config(Config.DEFAULT).reportOnly().build();
        App app = App.Builder.create().outdir(outdir.toString()).build();
        Validations.of(app).addPlugins(plugin);
        Stack root = new Stack(app, "Root");
        Function.Builder.create(root, "Plain").runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Cdk.python()).build();
        Stage prod = new Stage(app, "Prod");
        Stack api = new Stack(prod, "Api");
        Function.Builder.create(api, "Plain").runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Cdk.python()).build();
        app.synth();

        assertThat(violations(outdir)).containsExactlyInAnyOrder(
                "LL102 warning Root/Plain/Resource", "LL301 warning Root/Plain/Resource", "LL704 warning Root/Plain/Resource",
                "LL102 warning Prod/Api/Plain/Resource", "LL301 warning Prod/Api/Plain/Resource", "LL704 warning Prod/Api/Plain/Resource");
        assertThat(LambdaLint.check(api, Config.DEFAULT, Severity.WARNING))
                .extracting(f -> f.ruleId() + " " + f.constructPath().orElse("?"))
                .containsExactlyInAnyOrder("LL102 Prod/Api/Plain/Resource", "LL301 Prod/Api/Plain/Resource",
                        "LL704 Prod/Api/Plain/Resource");
    }

    @Test
    void judgesEachFunctionsPropertiesAgainstItsSchema(@TempDir Path outdir) throws Exception {
        App app = App.Builder.create().outdir(outdir.toString()).build();
        Validations.of(app).addPlugins(LambdaLintPlugin.builder().config(Config.DEFAULT).reportOnly().build());
        Stack stack = new Stack(app, "Api");
        Function typo = Function.Builder.create(stack, "Typo")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Cdk.python()).build();
        // An escape hatch writes what the construct's typed props would not let through.
        ((CfnFunction) typo.getNode().getDefaultChild()).addPropertyOverride("MemmorySize", 512);
        app.synth();

        assertThat(violations(outdir)).contains("LL004 error Api/Typo/Resource");
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.ERROR))
                .extracting(f -> f.ruleId() + " " + f.constructPath().orElse("?"))
                .containsExactly("LL004 Api/Typo/Resource");
        assertThat(LambdaLint.check(stack, Config.DEFAULT, Severity.ERROR).get(0).message())
                .contains("MemmorySize is not a property of AWS::Lambda::Function; did you mean MemorySize?");
    }

    @Test
    void namesTheEnabledRules() {
        LambdaLintPlugin plugin = LambdaLintPlugin.builder().config(Config.DEFAULT).build();
        assertThat(plugin.getName()).isEqualTo("lambdalint");
        assertThat(plugin.getRuleIds()).contains("LL101", "LL301").doesNotContain("LL404");
    }

    @Test
    void turnsPointersIntoPropertyPaths() {
        assertThat(LambdaLintPlugin.propertyPath("/Resources/Fn/Properties/EphemeralStorage/Size", "Fn"))
                .containsExactly("Properties.EphemeralStorage.Size");
        assertThat(LambdaLintPlugin.propertyPath("/Resources/Fn", "Fn")).isEmpty();
        assertThat(LambdaLintPlugin.propertyPath("/Resources/Queue/Properties/VisibilityTimeout", "Fn")).isEmpty();
    }
}
