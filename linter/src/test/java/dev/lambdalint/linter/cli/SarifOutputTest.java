package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaLoader.builder()
                    .schemaJson(new JSONObject(new JSONTokener(in)))
                    .draftV7Support()
                    .build()
                    .load()
                    .build();
        }
    }

    /** Every schema violation, one per line; empty when the document is valid. */
    private static List<String> violations(String sarif) {
        List<String> out = new ArrayList<>();
        try {
            schema.validate(new JSONObject(new JSONTokener(sarif)));
        } catch (ValidationException e) {
            out.addAll(e.getAllMessages());
        }
        return out;
    }

    private JsonNode run0(Cli.Run run) throws IOException {
        return JSON.readTree(run.out()).path("runs").get(0);
    }

    /** A repository with findings of every kind: a value, a missing property, a suppression, a broken file, CDK. */
    private Path repository() {
        Templates.write(dir, ".git/HEAD", "ref: refs/heads/main\n");
        Templates.write(dir, "infra/api.yaml", Templates.FAILS);
        Templates.write(dir, "infra/worker.yaml", Templates.WARNS);
        Templates.write(dir, "infra/batch.yaml", Templates.SUPPRESSED);
        Templates.write(dir, "infra/broken.yaml", "Resources:\n  Fn: [unclosed\n");
        Templates.cloudAssembly(dir.resolve("infra/cdk.out"));
        return dir.resolve("infra");
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws IOException {
        Path infra = repository();
        Cli.Run run = Cli.run(infra, "check", "--format", "sarif", ".");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Linted ").hasLineCount(1);
        assertThat(violations(run.out())).isEmpty();
        assertThat(run0(run).path("results").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSchemaCatchesAnInvalidDocument() {
        // Guards the test above: a validator that accepts anything would prove nothing.
        String broken = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "helpUri": "docs/rules/"}},
                  "results": [{"level": "fatal", "message": {"text": "m"}}]}]}
                """;
        assertThat(violations(broken)).isNotEmpty();
        assertThat(violations("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\","
                + " \"rules\": [{\"id\": \"LL101\", \"helpUri\": \"docs/rules/LL101.md\"}]}}}]}"))
                .anyMatch(v -> v.contains("helpUri"));
    }

    @Test
    void describesEveryRuleOnceWithHelpAndALinkToItsPage() throws IOException {
        Templates.write(dir, "t.yaml", Templates.FAILS);
        JsonNode run = run0(Cli.run(dir, "check", "--format", "sarif", "t.yaml"));
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("lambdalint");
        JsonNode rules = driver.path("rules");
        assertThat(rules.size()).isEqualTo(Catalog.RULES.size());
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertThat(rule.path("name").asText()).isEqualTo(Catalog.require(id).info().name());
            assertThat(rule.path("shortDescription").path("text").asText()).endsWith(".");
            assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("help").path("text").asText()).contains("Fix: ");
            assertThat(rule.path("help").path("markdown").asText()).contains("### Why");
            assertThat(rule.path("helpUri").asText()).startsWith("https://").endsWith("/docs/rules/" + id + ".md");
            assertThat(rule.path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
            assertThat(rule.path("properties").path("tags").isArray()).isTrue();
        }
        JsonNode result = run.path("results").get(0);
        assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }

    @Test
    void locatesFindingsRelativeToTheRepositoryRootWithTheirWholeSpan() throws IOException {
        Path infra = repository();
        JsonNode results = run0(Cli.run(infra, "check", "--format", "sarif", "api.yaml", "worker.yaml")).path("results");
        JsonNode memory = find(results, "LL101");
        JsonNode location = memory.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("infra/api.yaml");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.path("region");
        assertThat(List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(),
                region.path("endLine").asInt(), region.path("endColumn").asInt())).containsExactly(6, 7, 6, 21);
        assertThat(memory.path("level").asText()).isEqualTo("error");
        assertThat(memory.path("message").path("text").asText()).contains("MemorySize 64 MB");

        JsonNode reserved = find(results, "LL301");
        assertThat(reserved.path("level").asText()).isEqualTo("warning");
        JsonNode resourceLine = reserved.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(List.of(resourceLine.path("startLine").asInt(), resourceLine.path("startColumn").asInt(),
                resourceLine.path("endLine").asInt(), resourceLine.path("endColumn").asInt())).containsExactly(2, 3, 2, 5);
    }

    @Test
    void namesFilesRelativeToTheWorkingDirectoryOutsideARepository() throws IOException {
        Templates.write(dir, "stacks/api.yaml", Templates.FAILS);
        JsonNode results = run0(Cli.run(dir.resolve("stacks"), "check", "--format", "sarif", "api.yaml")).path("results");
        // Outside a repository the working directory is the root, unless a parent folder holds .git.
        if (!Files.exists(findGitAbove(dir))) {
            assertThat(find(results, "LL101").path("locations").get(0).path("physicalLocation")
                    .path("artifactLocation").path("uri").asText()).isEqualTo("api.yaml");
        }
    }

    @Test
    void putsTheLogicalIdAndTheConstructPathIntoLogicalLocations() throws IOException {
        Path infra = repository();
        JsonNode results = run0(Cli.run(infra, "check", "--format", "sarif", "cdk.out")).path("results");
        JsonNode memory = find(results, "LL101");
        JsonNode logical = memory.path("locations").get(0).path("logicalLocations");
        assertThat(logical.get(0).path("name").asText()).isEqualTo("Orders9A1B2C3D");
        assertThat(logical.get(0).path("fullyQualifiedName").asText()).isEqualTo("App/Orders9A1B2C3D");
        assertThat(logical.get(0).path("kind").asText()).isEqualTo("resource");
        assertThat(logical.get(1).path("fullyQualifiedName").asText()).isEqualTo("App/Orders/Resource");
        assertThat(memory.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("infra/cdk.out/App.template.json");
    }

    @Test
    void reportsInputErrorsAsTemplateInvalidResults() throws IOException {
        Path infra = repository();
        JsonNode results = run0(Cli.run(infra, "check", "--format", "sarif", "broken.yaml", "missing.yaml")).path("results");
        assertThat(results.size()).isEqualTo(2);
        for (JsonNode r : results) {
            assertThat(r.path("ruleId").asText()).isEqualTo("LL001");
            assertThat(r.path("level").asText()).isEqualTo("error");
        }
        JsonNode broken = results.get(0).path("locations").get(0).path("physicalLocation");
        assertThat(broken.path("artifactLocation").path("uri").asText()).isEqualTo("infra/broken.yaml");
        assertThat(broken.path("region").path("startLine").asInt()).isEqualTo(2);
        assertThat(results.get(1).path("message").path("text").asText()).contains("no such file");
    }

    @Test
    void keepsSuppressedFindingsAsInSourceSuppressionsWithTheirReason() throws IOException {
        Path infra = repository();
        JsonNode results = run0(Cli.run(infra, "check", "--format", "sarif", "batch.yaml")).path("results");
        JsonNode suppressed = find(results, "LL301");
        assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.path("suppressions").get(0).path("justification").asText())
                .isEqualTo("Nightly batch; one invocation at a time");
    }

    @Test
    void keepsFingerprintsWhenLinesMove() throws IOException {
        Templates.write(dir, "t.yaml", Templates.FAILS);
        String before = find(run0(Cli.run(dir, "check", "--format", "sarif", "t.yaml")).path("results"), "LL101")
                .path("partialFingerprints").toString();
        Templates.write(dir, "t.yaml", "Description: moved down\n\n" + Templates.FAILS);
        JsonNode after = find(run0(Cli.run(dir, "check", "--format", "sarif", "t.yaml")).path("results"), "LL101");
        assertThat(after.path("partialFingerprints").toString()).isEqualTo(before);
        assertThat(after.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(8);
    }

    @Test
    void linksRulesToAConfiguredDocumentationBase() throws IOException {
        Templates.write(dir, "t.yaml", Templates.FAILS);
        JsonNode run = run0(Cli.run(dir, "check", "--format", "sarif", "--sarif-help-base",
                "https://example.com/lambdalint/docs/rules", "t.yaml"));
        assertThat(java.util.stream.StreamSupport.stream(run.path("tool").path("driver").path("rules").spliterator(), false)
                .filter(r -> r.path("id").asText().equals("LL101")).findFirst().orElseThrow().path("helpUri").asText())
                .isEqualTo("https://example.com/lambdalint/docs/rules/LL101.md");
        Cli.Run relative = Cli.run(dir, "check", "--format", "sarif", "--sarif-help-base", "docs/rules/", "t.yaml");
        assertThat(relative.exitCode()).isEqualTo(2);
        assertThat(relative.err()).contains("--sarif-help-base").contains("not an absolute URI");
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no " + ruleId + " result in " + results);
    }

    private static Path findGitAbove(Path start) {
        for (Path d = start.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d.resolve(".git");
            }
        }
        return start.resolve(".git-none");
    }
}
