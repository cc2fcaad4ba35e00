package dev.lambdalint.linter.report.github;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.parse.Span;
import dev.lambdalint.linter.report.ReportSettings;
import dev.lambdalint.linter.report.Reporter;
import dev.lambdalint.linter.report.RepositoryPaths;
import dev.lambdalint.linter.report.text.TextReporter;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line
 * per finding, which the runner turns into an annotation on the file and line of the pull request's
 * diff. Files are named relative to the repository root, where GitHub resolves them. The summary
 * follows as a plain log line. Suppressed findings are not annotated.
 */
public final class GithubReporter implements Reporter {
    private final ReportSettings settings;

    public GithubReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        RepositoryPaths paths = settings.paths();
        for (ReportedError e : result.errors()) {
            StringBuilder props = new StringBuilder("file=" + property(paths.relative(e.file())));
            e.position().ifPresent(p -> props.append(",line=").append(p.line()).append(",col=").append(p.column()));
            props.append(",title=").append(property("LL001 template-invalid"));
            out.write("::error " + props + "::" + data(e.message()) + "\n");
        }
        for (ReportedFinding f : result.findings()) {
            if (f.suppressed()) {
                continue;
            }
            Span span = f.span();
            StringBuilder props = new StringBuilder("file=" + property(paths.relative(f.file())));
            props.append(",line=").append(span.startLine()).append(",col=").append(span.startColumn());
            props.append(",endLine=").append(span.endLine());
            if (span.endColumnKnown() && span.endLine() == span.startLine()) {
                props.append(",endColumn=").append(span.endColumn());
            }
            props.append(",title=").append(property(f.ruleId() + " " + f.ruleName()));
            String message = f.message() + f.constructPath().map(p -> "\nConstruct: " + p).orElse("") + "\nFix: " + f.fix();
            out.write("::" + command(f.severity()) + " " + props + "::" + data(message) + "\n");
        }
        out.write("lambdalint: " + TextReporter.summaryLine(result.summary()) + "\n");
    }

    private static String command(Severity severity) {
        if (severity == Severity.ERROR) {
            return "error";
        }
        return severity == Severity.WARNING ? "warning" : "notice";
    }

    /** The message after {@code ::}: GitHub's runner decodes %25, %0D and %0A there. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: like data, and ':' and ',' too, which would otherwise end the value. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
