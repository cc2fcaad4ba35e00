package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.LintedTemplate;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.load.LoadedTemplate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cloud assemblies of the rule fixtures, read the way users produce them: through the CDK CLI
 * ({@code cdk synth}: templates carry {@code aws:cdk:path} Metadata) and through a bare
 * {@code app.synth()} (construct paths only in the manifest, a Stage in a nested assembly, a nested
 * stack found through the asset hash in its TemplateURL).
 */
class CloudAssemblyTest {
    private static final Path CLI_FORM = Fixtures.ROOT.resolve("rules/LL301-reserved-concurrency-missing/cdk.out");
    private static final Path SYNTH_FORM = Fixtures.ROOT.resolve("rules/LL306-event-source-unbounded/cdk.out");

    @Test
    void cliFormFindingsCarryStackAndConstructPath() {
        LintResult result = lint(CLI_FORM);

        assertThat(result.errors()).isEmpty();
        assertThat(result.templates()).extracting(t -> t.loaded().file(), t -> t.loaded().stack())
                .containsExactly(tuple(CLI_FORM.resolve("OrdersServiceStack.template.json").toString(),
                        Optional.of("OrdersServiceStack")));
        assertThat(findings(result, "LL301"))
                .extracting(ReportedFinding::resource, ReportedFinding::line, ReportedFinding::stack, ReportedFinding::constructPath)
                .containsExactly(tuple("OrderHandler3F6D12A9", 37, Optional.of("OrdersServiceStack"),
                        Optional.of("OrdersServiceStack/OrderHandler/Resource")));
    }

    @Test
    void synthFormFindsTheStageAndTheNestedStack() {
        LintResult result = lint(SYNTH_FORM);

        assertThat(result.errors()).isEmpty();
        assertThat(result.templates()).extracting(t -> t.loaded().file(), t -> t.loaded().stack()).containsExactly(
                tuple(SYNTH_FORM.resolve("EdgeStack.template.json").toString(), Optional.of("EdgeStack")),
                tuple(SYNTH_FORM.resolve("assembly-Prod/ProdIngest8D2F6C1A.template.json").toString(), Optional.of("Prod/Ingest")),
                tuple(SYNTH_FORM.resolve("assembly-Prod/ProdIngestMediaC3E81F27.nested.template.json").toString(),
                        Optional.of("Prod/Ingest/Media")));
    }

    @Test
    void synthFormFindingsCarryStackAndConstructPathFromTheManifest() {
        LintResult result = lint(SYNTH_FORM);

        assertThat(findings(result, "LL306"))
                .extracting(ReportedFinding::resource, ReportedFinding::stack, ReportedFinding::constructPath)
                .containsExactly(
                        tuple("AlertFanoutE61B0D7C", Optional.of("EdgeStack"), Optional.of("EdgeStack/AlertFanout/Resource")),
                        tuple("OrderWorker5C1D8E3A", Optional.of("Prod/Ingest"), Optional.of("Prod/Ingest/OrderWorker/Resource")),
                        tuple("ThumbnailsHandler6B1E3F05", Optional.of("Prod/Ingest/Media"),
                                Optional.of("Prod/Ingest/Media/Thumbnails/Handler/Resource")));
        // No template Metadata here: every function's path comes from the manifest.
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.constructPath()).as("%s", f).isPresent());
    }

    @Test
    void aLogicalIdInTheParentAndInTheNestedStackKeepsTheConstructPathOfEach() {
        LintResult result = lint(SYNTH_FORM);

        assertThat(template(result, "ProdIngest8D2F6C1A.template.json").constructPath("ThumbnailsHandler6B1E3F05"))
                .contains("Prod/Ingest/Thumbnails/Handler/Resource");
        assertThat(template(result, "ProdIngestMediaC3E81F27.nested.template.json").constructPath("ThumbnailsHandler6B1E3F05"))
                .contains("Prod/Ingest/Media/Thumbnails/Handler/Resource");
        // The nested stack's own resource stays with the parent.
        assertThat(template(result, "ProdIngest8D2F6C1A.template.json").constructPath("MediaNestedStackMediaNestedStackResourceA4C7E9B2"))
                .contains("Prod/Ingest/Media.NestedStack/Media.NestedStackResource");
    }

    @Test
    void aStageAssemblyLintedOnItsOwnReadsItsCodeAssetsFromTheAssemblyAroundIt() {
        // `cdk deploy --app cdk.out/assembly-Prod` and CDK Pipelines work on one Stage's assembly; its
        // asset manifests name the code as ../asset.<hash>, in the top cdk.out folder that names the Stage.
        Path stage = SYNTH_FORM.resolve("assembly-Prod");
        LintResult alone = lint(stage);
        LintResult whole = lint(SYNTH_FORM);

        assertThat(alone.errors()).isEmpty();
        assertThat(alone.templates()).allSatisfy(t -> assertThat(t.loaded().template().codeSizes()).isNotEmpty());
        assertThat(Fixtures.hits(alone)).isEqualTo(Fixtures.hits(whole).stream()
                .filter(hit -> hit.file().startsWith(stage.toString())).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    @Test
    void theManifestFileNamesTheSameAssembly() {
        LintResult byFolder = lint(SYNTH_FORM);
        LintResult byManifest = lint(SYNTH_FORM.resolve("manifest.json"));

        assertThat(Fixtures.hits(byManifest)).isEqualTo(Fixtures.hits(byFolder));
    }

    private static LintResult lint(Path path) {
        return Fixtures.lint(Path.of("."), List.of(path.toString()));
    }

    private static List<ReportedFinding> findings(LintResult result, String ruleId) {
        return result.active().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static LoadedTemplate template(LintResult result, String fileName) {
        return result.templates().stream()
                .map(LintedTemplate::loaded)
                .filter(t -> t.file().endsWith("/" + fileName))
                .findFirst()
                .orElseThrow();
    }
}
