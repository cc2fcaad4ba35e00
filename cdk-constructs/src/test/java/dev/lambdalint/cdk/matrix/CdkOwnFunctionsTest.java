package dev.lambdalint.cdk.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.cdk.LambdaLint;
import dev.lambdalint.cdk.LambdaLintPlugin;
import dev.lambdalint.linter.cli.Main;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;

/**
 * The CDK's own functions, construct by construct ({@link CdkOwnFunctionsApp}): the plugin, {@link LambdaLint#check}
 * and the command line report nothing about them, in both synth forms, and agree on every stack. One App
 * synthesized once with construct paths, and once without (its templates then linted alone, as files).
 */
class CdkOwnFunctionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The CDK's own functions in the matrix, found and counted rather than missed: ReplicaProvider,
     * ClusterResourceProvider and KubectlProvider handlers and the Provider frameworks inside them, the
     * singletons, the drain hook, the edge function's SSM reader.
     */
    private static final int CDK_OWN_FUNCTIONS = 26;

    @TempDir
    static Path temp;
    private static App app;
    private static LambdaLintPlugin plugin;
    private static Path assembly;
    private static Path bareTemplates;

    @BeforeAll
    static void synthesize() throws IOException {
        assembly = temp.resolve("cdk.out");
        plugin = LambdaLintPlugin.builder().config(Config.DEFAULT).reportOnly().reportAtLeast(Severity.INFO).today(TODAY).build();
        app = App.Builder.create().outdir(assembly.toString()).build();
        Validations.of(app).addPlugins(plugin);
        CdkOwnFunctionsApp.addTo(app);
        app.synth();

        // The other form: no aws:cdk:path Metadata, and each template linted alone, without the manifest.
        Path bare = temp.resolve("bare.out");
        App withoutPaths = App.Builder.create().outdir(bare.toString())
                .context(Map.of("aws:cdk:enable-path-metadata", false)).build();
        CdkOwnFunctionsApp.addTo(withoutPaths);
        withoutPaths.synth();
        bareTemplates = Files.createDirectories(temp.resolve("bare"));
        try (Stream<Path> files = Files.list(bare)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".template.json")).toList()) {
                Files.copy(f, bareTemplates.resolve(f.getFileName()));
            }
        }
    }

    private static boolean teamFunction(String constructPath) {
        return CdkOwnFunctionsApp.TEAM_FUNCTIONS.stream().anyMatch(constructPath::startsWith)
                || constructPath.startsWith("edge-lambda-stack-") && constructPath.endsWith(CdkOwnFunctionsApp.EDGE_FUNCTION);
    }

    private static boolean teamFunction(ReportedFinding f) {
        return teamFunction(f.constructPath().orElseThrow(() -> new AssertionError("no construct path: " + f)));
    }

    /** What the plugin reported at synth, as the user reads it: rule id and construct path of each violation. */
    private static List<String> pluginViolations() throws IOException {
        JsonNode report = JSON.readTree(assembly.resolve("validation-report.json").toFile());
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode p : report.path("pluginReports")) {
            if (p.path("pluginName").asText().equals(LambdaLintPlugin.NAME)) {
                for (JsonNode v : p.path("violations")) {
                    for (JsonNode c : v.path("violatingConstructs")) {
                        out.add(key(v.path("ruleName").asText(), c.path("constructPath").asText()));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void thePluginReportsNothingAboutTheCdksOwnFunctions() throws IOException {
        List<String> violations = pluginViolations();
        assertThat(violations).allSatisfy(v -> assertThat(teamFunction(v.substring(v.indexOf(' ') + 1))).as(v).isTrue());
        // The team's own functions are still judged. (A Provider's handlers by the rules that apply to a function
        // run a few times per deployment: memory, not reserved concurrency.)
        assertThat(violations).contains("LL102 ProviderFramework/OnEvent/Resource", "LL301 LambdaVersion/Versioned/Resource");
        // The CDK validates each environment apart (the edge function's stack is in us-east-1); the plugin's
        // last result covers them all.
        assertThat(plugin.lastResult().orElseThrow().templates()).extracting(t -> t.loaded().stack().orElse("").split("/")[0])
                .contains("LambdaVersion", "EksCluster").anySatisfy(s -> assertThat(s).startsWith("edge-lambda-stack-"));
    }

    @Test
    void theCheckReportsNothingAboutTheCdksOwnFunctionsAndAnEmptyStackIsClean() {
        for (Stack stack : stacks()) {
            List<ReportedFinding> findings = LambdaLint.check(stack, Config.DEFAULT, Severity.INFO, TODAY);
            assertThat(findings).as(stack.getStackName()).allSatisfy(f -> assertThat(teamFunction(f)).isTrue());
        }
        assertThat(LambdaLint.check((Stack) app.getNode().findChild("Placeholder"), Config.DEFAULT, Severity.INFO, TODAY)).isEmpty();
    }

    @Test
    void theCommandLineThePluginAndTheCheckAgreeOnEveryStack() throws IOException {
        Map<String, Set<String>> cli = cli(assembly);
        Map<String, Set<String>> plugged = new TreeMap<>();
        Map<String, Set<String>> checked = new TreeMap<>();
        for (Stack stack : stacks()) {
            plugged.put(stack.getStackName(), new TreeSet<>());
            checked.put(stack.getStackName(), new TreeSet<>());
            cli.putIfAbsent(stack.getStackName(), new TreeSet<>());
            LambdaLint.check(stack, Config.DEFAULT, Severity.INFO, TODAY)
                    .forEach(f -> checked.get(stack.getStackName()).add(key(f.ruleId(), f.constructPath().orElseThrow())));
        }
        for (String v : pluginViolations()) {
            plugged.get(v.substring(v.indexOf(' ') + 1).split("/")[0]).add(v);
        }
        assertThat(checked.keySet()).containsAll(CdkOwnFunctionsApp.STACKS.keySet());
        assertThat(plugged).isEqualTo(checked);
        assertThat(cli).isEqualTo(checked);
        assertThat(checked.get("Placeholder")).isEmpty();
        assertThat(checked.get("ProviderFramework")).isNotEmpty();
    }

    @Test
    void withoutConstructPathsTheTemplatesAloneGiveTheSameFindings() {
        Map<String, Set<String>> bare = new TreeMap<>();
        JsonNode report = run(bareTemplates);
        assertThat(report.path("errors").size()).as(report.path("errors").toString()).isZero();
        for (JsonNode f : report.path("findings")) {
            String file = Path.of(f.path("file").asText()).getFileName().toString();
            // Nested templates are named after their parent stack: group them under it, as the assembly does.
            String stack = stacks().stream().map(Stack::getStackName).filter(file::startsWith)
                    .max((a, b) -> a.length() - b.length()).orElse(file);
            bare.computeIfAbsent(stack, s -> new TreeSet<>()).add(key(f.path("ruleId").asText(), f.path("resource").asText()));
        }
        Map<String, Set<String>> withPaths = cli(assembly, "resource");
        withPaths.values().removeIf(Set::isEmpty);
        assertThat(bare).isEqualTo(withPaths);
        assertThat(report.path("summary").path("cdkInternalFunctions").asInt()).isGreaterThanOrEqualTo(CDK_OWN_FUNCTIONS);
    }

    private static List<Stack> stacks() {
        return app.getNode().getChildren().stream().filter(Stack.class::isInstance).map(Stack.class::cast).toList();
    }

    private static String key(String ruleId, String resource) {
        return ruleId + " " + resource;
    }

    /** Findings of {@code lambdalint check DIR --format json}, by top-level stack, named by {@code field}. */
    private static Map<String, Set<String>> cli(Path dir, String field) {
        Map<String, Set<String>> out = new TreeMap<>();
        JsonNode report = run(dir);
        assertThat(report.path("errors").size()).as(report.path("errors").toString()).isZero();
        assertThat(report.path("summary").path("cdkInternalFunctions").asInt()).isGreaterThanOrEqualTo(CDK_OWN_FUNCTIONS);
        for (JsonNode f : report.path("findings")) {
            out.computeIfAbsent(f.path("stack").asText().split("/")[0], s -> new TreeSet<>())
                    .add(key(f.path("ruleId").asText(), f.path(field).asText()));
        }
        return out;
    }

    private static Map<String, Set<String>> cli(Path dir) {
        return cli(dir, "constructPath");
    }

    private static JsonNode run(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", dir.toString(), "--format", "json", "--fail-on", "never", "--date", TODAY.toString()},
                new PrintWriter(out), new PrintWriter(err), () -> new ByteArrayInputStream(new byte[0]), temp,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(code).as(err.toString()).isZero();
        try {
            return JSON.readTree(out.toString());
        } catch (IOException e) {
            throw new AssertionError(out.toString(), e);
        }
    }
}
