package dev.lambdalint.linter.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lambdalint.linter.Version;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.engine.Summary;
import dev.lambdalint.linter.evidence.EvidenceFile;
import dev.lambdalint.linter.evidence.EvidenceSummary;
import dev.lambdalint.linter.report.JsonOutput;
import dev.lambdalint.linter.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * The stable, versioned JSON format of architecture.md. Fields are written in a fixed order so that the
 * same input gives byte-identical output. Suppressed findings are listed only with --show-suppressed.
 */
public final class JsonReporter implements Reporter {
    public static final int FORMAT_VERSION = 1;

    private final boolean showSuppressed;

    public JsonReporter(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "lambdalint");
            g.writeStringField("version", Version.current());
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (ReportedFinding f : result.findings()) {
                if (!f.suppressed() || showSuppressed) {
                    writeFinding(g, f);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (ReportedError e : result.errors()) {
                g.writeStartObject();
                g.writeStringField("ruleId", "LL001");
                g.writeStringField("file", e.file());
                writeOptionalNumber(g, "line", e.position().map(p -> p.line()));
                writeOptionalNumber(g, "column", e.position().map(p -> p.column()));
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            Summary s = result.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("templates", s.templates());
            g.writeNumberField("functions", s.functions());
            g.writeNumberField("cdkInternalFunctions", s.cdkInternalSkipped());
            g.writeNumberField("deploymentHandlers", s.deploymentHandlers());
            g.writeNumberField("error", s.errors());
            g.writeNumberField("warning", s.warnings());
            g.writeNumberField("info", s.infos());
            g.writeNumberField("suppressed", s.suppressed());
            g.writeNumberField("baselined", s.baselined());
            g.writeNumberField("inputErrors", s.inputErrors());
            g.writeEndObject();
            if (result.evidence().isPresent()) {
                writeEvidence(g, result.evidence().get());
            }
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void writeFinding(JsonGenerator g, ReportedFinding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("ruleName", f.ruleName());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("message", f.message());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeStringField("pointer", f.pointer());
        g.writeStringField("resource", f.resource());
        writeOptionalString(g, "stack", f.stack());
        if (f.parameter().isPresent()) {
            // Only when a parameter gave the value: findings without one keep the shape they always had.
            g.writeObjectFieldStart("parameter");
            g.writeStringField("name", f.parameter().get().name());
            g.writeNumberField("line", f.parameter().get().line());
            g.writeNumberField("column", f.parameter().get().column());
            g.writeEndObject();
        }
        writeOptionalString(g, "constructPath", f.constructPath());
        g.writeStringField("fix", f.fix());
        if (!f.evidence().isEmpty()) {
            // Only the evidence rules' findings carry it: the figures from production they rest on.
            g.writeFieldName("evidence");
            writeValue(g, f.evidence());
        }
        if (f.suppressed()) {
            g.writeBooleanField("suppressed", true);
            g.writeStringField("suppressionReason", f.suppressionReason().get());
        }
        g.writeEndObject();
    }

    /** The evidence figures: numbers, text, lists and maps of them (no codec: the generator stays light). */
    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    /** Present only when --evidence was given: what it held and what matched no function. */
    private static void writeEvidence(JsonGenerator g, EvidenceSummary e) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeArrayFieldStart("files");
        for (EvidenceFile file : e.files()) {
            g.writeStartObject();
            g.writeStringField("file", file.file());
            g.writeStringField("format", file.format().label());
            g.writeNumberField("records", file.records());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("logGroups", e.observed().size());
        g.writeNumberField("matchedFunctions", e.matchedFunctions());
        g.writeArrayFieldStart("unmatched");
        for (String source : e.unmatched()) {
            g.writeString(source);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ambiguous");
        for (String line : e.ambiguous()) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeOptionalString(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void writeOptionalNumber(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
