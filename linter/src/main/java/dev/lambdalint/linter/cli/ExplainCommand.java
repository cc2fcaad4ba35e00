package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.Version;
import dev.lambdalint.linter.text.DidYouMean;
import dev.lambdalint.linter.text.Wrap;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.WebFunctionScope;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: why it exists, how to fix what it finds, and an example.")
public final class ExplainCommand implements Callable<Integer> {

    /** What the text is folded to when standard output is not a terminal, or the terminal does not say its width. */
    static final int DEFAULT_WIDTH = 80;

    @CommandLine.ParentCommand
    RunContext root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", completionCandidates = RuleCandidates.class,
            description = "A rule id (LL301) or name (reserved-concurrency-missing).")
    String rule;

    @Override
    public Integer call() {
        Optional<Rule> found = Catalog.find(rule);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("lambdalint: unknown rule '" + rule + "'" + DidYouMean.ruleHint(rule)
                    + " (`lambdalint rules` lists them)");
            return ExitCode.INPUT_ERROR.code;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(found.get().info(), width()));
        out.flush();
        return ExitCode.CLEAN.code;
    }

    /** The terminal's width as the shell exports it (COLUMNS), on a terminal; else {@link #DEFAULT_WIDTH}. */
    private int width() {
        if (!root.environment.interactive()) {
            return DEFAULT_WIDTH;
        }
        try {
            return Math.max(40, Integer.parseInt(root.environment.get("COLUMNS").orElse("").trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    static String render(RuleInfo info, int width) {
        StringBuilder sb = new StringBuilder();
        sb.append(info.id()).append(' ').append(info.name()).append(" (").append(info.severity().label());
        if (!info.enabledByDefault()) {
            sb.append(", off by default");
        }
        sb.append(")\n\n").append(Wrap.lines(info.summary() + ".", width)).append("\n\n");
        sb.append("Why\n").append(Wrap.lines(indent(info.rationale()), width)).append("\n\n");
        sb.append("Fix\n").append(Wrap.lines(indent(info.fix()), width)).append("\n");
        sb.append("\nLambda Web Functions\n").append(Wrap.lines(indent(WebFunctionScope.of(info)), width)).append("\n");
        if (!info.example().isEmpty()) {
            // A template is not prose: folding it would change what it says.
            sb.append("\nExample\n").append(indent(info.example())).append("\n");
        }
        sb.append("\nDocs: ").append(Version.docsBaseUri()).append(info.id()).append(".md\n");
        return sb.toString();
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
