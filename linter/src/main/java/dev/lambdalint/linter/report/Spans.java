package dev.lambdalint.linter.report;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.LintedTemplate;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.Span;
import java.util.HashMap;
import java.util.Map;

/** Start and end of each finding, for the formats that highlight a range (SARIF, GitHub annotations). */
public final class Spans {
    private final Map<String, LoadedTemplate> byFile = new HashMap<>();

    public Spans(LintResult result) {
        for (LintedTemplate t : result.templates()) {
            byFile.putIfAbsent(t.loaded().file(), t.loaded());
        }
    }

    public Span of(ReportedFinding f) {
        LoadedTemplate t = byFile.get(f.file());
        Span span = t == null ? null : t.span(f.pointer());
        if (span == null || span.startLine() != f.line() || span.startColumn() != f.column()) {
            // The engine's position is the reference; without a matching span, the rest of its line.
            return new Span(f.line(), f.column(), f.line(), 0);
        }
        return span;
    }
}
