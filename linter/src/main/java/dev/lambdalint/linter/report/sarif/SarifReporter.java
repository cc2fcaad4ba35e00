package dev.lambdalint.linter.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lambdalint.linter.Version;
import dev.lambdalint.linter.baseline.Fingerprint;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.Span;
import dev.lambdalint.linter.report.JsonOutput;
import dev.lambdalint.linter.report.ReportSettings;
import dev.lambdalint.linter.report.Reporter;
import dev.lambdalint.linter.report.RepositoryPaths;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule of the catalogue as a reporting
 * descriptor (metadata from {@link RuleInfo}, level from the config in force), one result per finding
 * and per input error (LL001). Artifact URIs are relative to the repository root ({@code %SRCROOT%}),
 * which is where code scanning resolves them. Suppressed findings are kept, marked with an in-source
 * suppression and its justification, so that viewers can show them as such.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    private static final String FINGERPRINT_KEY = "lambdalint/v1";

    private final ReportSettings settings;

    public SarifReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < Catalog.RULES.size(); i++) {
            ruleIndex.put(Catalog.RULES.get(i).id(), i);
        }
        RepositoryPaths paths = settings.paths();
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g);
            g.writeArrayFieldStart("results");
            for (ReportedError e : result.errors()) {
                writeError(g, e, ruleIndex.get("LL001"), paths);
            }
            Map<Fingerprint, Integer> seen = new HashMap<>();
            for (ReportedFinding f : result.findings()) {
                writeFinding(g, f, ruleIndex.get(f.ruleId()), f.span(), paths, seen);
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private void writeTool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "lambdalint");
        g.writeStringField("version", Version.current());
        g.writeStringField("informationUri", settings.helpBaseUri() + "README.md");
        g.writeArrayFieldStart("rules");
        for (Rule rule : Catalog.RULES) {
            writeRule(g, rule);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeRule(JsonGenerator g, Rule rule) throws IOException {
        RuleInfo info = rule.info();
        g.writeStartObject();
        g.writeStringField("id", info.id());
        g.writeStringField("name", info.name());
        writeText(g, "shortDescription", sentence(info.summary()));
        writeText(g, "fullDescription", oneParagraph(info.rationale()));
        g.writeObjectFieldStart("help");
        g.writeStringField("text", helpText(info));
        g.writeStringField("markdown", helpMarkdown(info));
        g.writeEndObject();
        g.writeStringField("helpUri", settings.helpBaseUri() + info.id() + ".md");
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeBooleanField("enabled", settings.config().enabled(rule));
        g.writeStringField("level", level(settings.config().severity(rule)));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("aws-lambda");
        for (String tag : info.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeError(JsonGenerator g, ReportedError e, int index, RepositoryPaths paths) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", "LL001");
        g.writeNumberField("ruleIndex", index);
        g.writeStringField("level", "error");
        writeText(g, "message", e.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, e.file(), paths);
        if (e.position().isPresent()) {
            Position p = e.position().get();
            writeRegion(g, new Span(p.line(), p.column(), p.line(), 0));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeFinding(JsonGenerator g, ReportedFinding f, int index, Span span, RepositoryPaths paths,
                              Map<Fingerprint, Integer> seen) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", index);
        g.writeStringField("level", level(f.severity()));
        writeText(g, "message", f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, f.file(), paths);
        writeRegion(g, span);
        g.writeEndObject();
        writeLogicalLocations(g, f);
        g.writeEndObject();
        g.writeEndArray();
        // Stable across line moves, so code scanning keeps tracking the same alert when lines shift.
        Fingerprint fingerprint = new Fingerprint(f.ruleId(), paths.relative(f.file()), f.resource(), f.pointer());
        int occurrence = seen.merge(fingerprint, 1, Integer::sum);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fingerprint.hash() + ":" + occurrence);
        g.writeEndObject();
        if (f.suppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "inSource");
            g.writeStringField("justification", f.suppressionReason().get());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("pointer", f.pointer());
        writeOptional(g, "stack", f.stack());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeArtifact(JsonGenerator g, String file, RepositoryPaths paths) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", paths.uri(file));
        if (paths.insideRoot(file)) {
            g.writeStringField("uriBaseId", SOURCE_ROOT);
        }
        g.writeEndObject();
    }

    private static void writeRegion(JsonGenerator g, Span span) throws IOException {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", span.startLine());
        g.writeNumberField("startColumn", span.startColumn());
        g.writeNumberField("endLine", span.endLine());
        // Without an end column, SARIF reads the region as running to the end of endLine.
        if (span.endColumnKnown()) {
            g.writeNumberField("endColumn", span.endColumn());
        }
        g.writeEndObject();
    }

    private static void writeLogicalLocations(JsonGenerator g, ReportedFinding f) throws IOException {
        if (f.resource().isEmpty() && f.constructPath().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("logicalLocations");
        if (!f.resource().isEmpty()) {
            g.writeStartObject();
            g.writeStringField("name", f.resource());
            g.writeStringField("fullyQualifiedName", f.stack().map(s -> s + "/").orElse("") + f.resource());
            g.writeStringField("kind", "resource");
            g.writeEndObject();
        }
        if (f.constructPath().isPresent()) {
            String path = f.constructPath().get();
            g.writeStartObject();
            g.writeStringField("name", path.substring(path.lastIndexOf('/') + 1));
            g.writeStringField("fullyQualifiedName", path);
            g.writeStringField("kind", "module");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeText(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String sentence(String summary) {
        return summary.endsWith(".") ? summary : summary + ".";
    }

    private static String oneParagraph(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static String helpText(RuleInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append(sentence(info.summary())).append("\n\nWhy: ").append(oneParagraph(info.rationale()))
                .append("\n\nFix: ").append(oneParagraph(info.fix()));
        if (!info.example().isBlank()) {
            sb.append("\n\nExample:\n").append(info.example().strip());
        }
        return sb.toString();
    }

    private static String helpMarkdown(RuleInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(info.id()).append(' ').append(info.name()).append("**\n\n")
                .append(sentence(info.summary())).append("\n\n")
                .append("### Why\n\n").append(oneParagraph(info.rationale())).append("\n\n")
                .append("### Fix\n\n").append(oneParagraph(info.fix())).append('\n');
        if (!info.example().isBlank()) {
            sb.append("\n### Example\n\n```yaml\n").append(info.example().strip()).append("\n```\n");
        }
        if (!info.id().equals("LL001") && !info.id().equals("LL002")) {
            sb.append("\nSuppress with a reason on the resource's line: `# lambdalint: suppress ")
                    .append(info.id()).append(" -- <why>`\n");
        }
        return sb.toString();
    }
}
