package dev.lambdalint.linter.report.junit;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.LintedTemplate;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.report.ReportSettings;
import dev.lambdalint.linter.report.Reporter;
import dev.lambdalint.linter.report.RepositoryPaths;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML as Jenkins, GitLab, Azure DevOps and CircleCI render it: one test suite per template, one
 * test case per template and enabled rule, so that a dashboard shows which rules pass where. A case
 * fails when the rule found something at or above --fail-on in that template (the report agrees with
 * the exit code); each failure lists {@code file:line:column} and the messages. Findings below the
 * threshold and suppressed ones go to the case's system-out. An input that could not be read is a
 * suite with a failing LL001 case.
 *
 * <p>Written by hand rather than through javax.xml, which would cost the start-up of every run that
 * asks for JUnit a few hundred classes for a flat document.
 */
public final class JunitReporter implements Reporter {
    private static final String INVALID = "LL001";

    private final ReportSettings settings;

    public JunitReporter(ReportSettings settings) {
        this.settings = settings;
    }

    private record Case(String name, List<String> failures, String failureType, List<String> output) {
        boolean failed() {
            return !failures.isEmpty();
        }
    }

    private record Suite(String file, List<Case> cases) {
        long failures() {
            return cases.stream().filter(Case::failed).count();
        }
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        RepositoryPaths paths = settings.paths();
        Map<String, Boolean> files = new TreeMap<>();
        for (LintedTemplate t : result.templates()) {
            files.put(t.loaded().file(), true);
        }
        for (ReportedError e : result.errors()) {
            files.putIfAbsent(e.file(), false);
        }
        List<Rule> rules = enabledRules();
        List<Suite> suites = new ArrayList<>();
        for (Map.Entry<String, Boolean> file : files.entrySet()) {
            suites.add(suite(file.getKey(), file.getValue(), rules, result, paths));
        }
        long tests = suites.stream().mapToLong(s -> s.cases().size()).sum();
        long failures = suites.stream().mapToLong(Suite::failures).sum();

        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"lambdalint\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (Suite suite : suites) {
            writeSuite(out, suite);
        }
        out.write("</testsuites>\n");
    }

    private List<Rule> enabledRules() {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : Catalog.RULES) {
            boolean alwaysOn = rule.id().equals(INVALID) || rule.id().equals("LL002");
            if (alwaysOn || settings.config().enabled(rule)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Suite suite(String file, boolean loaded, List<Rule> rules, LintResult result, RepositoryPaths paths) {
        String shown = paths.relative(file);
        List<Case> cases = new ArrayList<>();
        for (Rule rule : rules) {
            if (!loaded && !rule.id().equals(INVALID)) {
                continue;
            }
            List<String> failures = new ArrayList<>();
            List<String> output = new ArrayList<>();
            Severity worst = null;
            if (rule.id().equals(INVALID)) {
                for (ReportedError e : result.errors()) {
                    if (e.file().equals(file)) {
                        String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
                        failures.add(shown + where + ": error LL001 template-invalid: " + e.message());
                        worst = Severity.ERROR;
                    }
                }
            }
            for (ReportedFinding f : result.findings()) {
                if (!f.file().equals(file) || !f.ruleId().equals(rule.id())) {
                    continue;
                }
                String at = shown + ":" + f.line() + ":" + f.column() + ": ";
                if (f.suppressed()) {
                    output.add(at + "suppressed " + f.ruleId() + " " + f.ruleName() + ": " + f.message()
                            + "\n    reason: " + f.suppressionReason().get());
                } else if (settings.fails(f.severity())) {
                    failures.add(at + f.severity().label() + " " + f.ruleId() + " " + f.ruleName() + ": " + f.message()
                            + "\n    fix: " + f.fix());
                    worst = worst == null || f.severity().atLeast(worst) ? f.severity() : worst;
                } else {
                    output.add(at + f.severity().label() + " " + f.ruleId() + " " + f.ruleName() + ": " + f.message());
                }
            }
            cases.add(new Case(rule.id() + " " + rule.info().name(), failures,
                    worst == null ? "" : worst.label(), output));
        }
        return new Suite(shown, cases);
    }

    private static void writeSuite(Writer out, Suite suite) throws IOException {
        out.write("  <testsuite name=\"" + attribute(suite.file()) + "\" tests=\"" + suite.cases().size()
                + "\" failures=\"" + suite.failures() + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (Case c : suite.cases()) {
            out.write("    <testcase classname=\"" + attribute(suite.file()) + "\" name=\"" + attribute(c.name())
                    + "\" file=\"" + attribute(suite.file()) + "\" time=\"0\"");
            if (!c.failed() && c.output().isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            if (c.failed()) {
                String message = c.failures().size() == 1
                        ? firstLine(c.failures().get(0))
                        : c.failures().size() + " findings; first: " + firstLine(c.failures().get(0));
                out.write("      <failure type=\"" + attribute(c.failureType()) + "\" message=\"" + attribute(message)
                        + "\">" + text(String.join("\n", c.failures())) + "</failure>\n");
            }
            if (!c.output().isEmpty()) {
                out.write("      <system-out>" + text(String.join("\n", c.output())) + "</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    static String attribute(String value) {
        return escape(value, true);
    }

    static String text(String value) {
        return escape(value, false);
    }

    /**
     * Escapes markup characters, and replaces characters XML 1.0 cannot carry at all (control
     * characters a template may hold in a string) with U+FFFD, so that the document always parses.
     */
    private static String escape(String value, boolean attribute) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean allowed = (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) {
                        sb.appendCodePoint(c);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        });
        return sb.toString();
    }
}
