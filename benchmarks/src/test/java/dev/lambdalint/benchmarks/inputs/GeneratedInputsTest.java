package dev.lambdalint.benchmarks.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.report.ReportFormat;
import dev.lambdalint.linter.report.ReportSettings;
import dev.lambdalint.rules.model.TemplateModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The benchmark inputs must be what they claim: valid templates of the stated size, the same in YAML and JSON. */
class GeneratedInputsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private final TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT);

    @TempDir
    Path dir;

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("cfn", TemplateSpec.cfn(12)),
                Arguments.of("sam", TemplateSpec.sam(12)),
                Arguments.of("conditions", TemplateSpec.cfn(12).withConditions(32)),
                Arguments.of("cdk stack", TemplateSpec.cfn(12).inStack("Service00Stack")));
    }

    private LoadedTemplate load(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "template", Optional.empty(), Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void givesTheSameTemplateInYamlAndJsonWithTheStatedResourcesAndFunctions(String name, TemplateSpec spec) throws Exception {
        Map<String, Object> doc = TemplateGenerator.template(spec);
        LoadedTemplate yaml = load(DocumentWriter.yaml(doc));
        LoadedTemplate json = load(DocumentWriter.json(doc));
        assertThat(yaml.template().root()).isEqualTo(json.template().root());
        TemplateModel model = TemplateModel.of(json.template());
        assertThat(model.resources()).hasSize(spec.resources());
        assertThat(model.functions()).hasSize(spec.functions());
        // Every function is fed by its queue, through a mapping or a SAM event.
        assertThat(model.functions()).allSatisfy(fn -> assertThat(fn.eventSources()).isNotEmpty());
    }

    @Test
    void writesConditionsThatTheSettingsUse() throws Exception {
        LoadedTemplate t = load(DocumentWriter.yaml(TemplateGenerator.template(TemplateSpec.cfn(4).withConditions(32))));
        assertThat(t.template().root().get("Conditions").size()).isEqualTo(32);
        assertThat(t.template().root().at("/Resources/Worker0001/Properties/MemorySize/Fn::If/0").asText())
                .isEqualTo("Stage1");
    }

    @Test
    void writesACloudAssemblyThatLintsWithoutErrorsTheSameInParallelAndSequentially() throws IOException {
        Path assembly = dir.resolve("cdk.out");
        AssemblyGenerator.write(assembly, 4, 5);
        LintResult parallel = lint(assembly, true);
        assertThat(parallel.errors()).isEmpty();
        assertThat(parallel.summary().templates()).isEqualTo(4);
        assertThat(parallel.summary().functions()).isEqualTo(20);
        assertThat(parallel.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.constructPath()).isPresent());
        assertThat(json(parallel)).isEqualTo(json(lint(assembly, false)));
    }

    @Test
    void writesTheSuiteTheComparisonScriptUses() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Generate.run(List.of("template", dir.resolve("t.json").toString(), "--functions", "3", "--sam"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("6 resources");
        assertThat(Files.readString(dir.resolve("t.json"))).startsWith("{").contains("\"Transform\"");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Generate.run(List.of("template", "x.yaml", "--functions", "none"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--functions needs a number").contains("usage:");
    }

    private LintResult lint(Path target, boolean parallel) {
        return new Engine(Config.DEFAULT, TODAY, dir, () -> new ByteArrayInputStream(new byte[0]), parallel)
                .run(List.of(target.toString()));
    }

    private String json(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.json.create(ReportSettings.defaults(dir)).write(result, out);
        return out.toString();
    }
}
