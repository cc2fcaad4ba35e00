package dev.lambdalint.linter.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.engine.Summary;
import java.io.IOException;
import java.io.Writer;
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
        if (f.suppressed()) {
            g.writeBooleanField("suppressed", true);
            g.writeStringField("suppressionReason", f.suppressionReason().get());
        }
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
