package dev.lambdalint.linter.report;

import dev.lambdalint.linter.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a lint result in one output format. */
public interface Reporter {
    void write(LintResult result, Writer out) throws IOException;
}
