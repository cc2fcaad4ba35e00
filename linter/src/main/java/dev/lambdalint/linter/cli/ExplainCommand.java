package dev.lambdalint.linter.cli;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: why it exists, how to fix what it finds, and an example.")
public final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id (LL301) or name (reserved-concurrency-missing).")
    String rule;

    @Override
    public Integer call() {
        Optional<Rule> found = Catalog.find(rule);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("lambdalint: unknown rule '" + rule + "'; `lambdalint rules` lists them");
            return ExitCode.INPUT_ERROR.code;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(found.get().info()));
        out.flush();
        return ExitCode.CLEAN.code;
    }

    static String render(RuleInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append(info.id()).append(' ').append(info.name()).append(" (").append(info.severity().label());
        if (!info.enabledByDefault()) {
            sb.append(", off by default");
        }
        sb.append(")\n\n").append(info.summary()).append(".\n\n");
        sb.append("Why\n").append(indent(info.rationale())).append("\n\n");
        sb.append("Fix\n").append(indent(info.fix())).append("\n");
        if (!info.example().isEmpty()) {
            sb.append("\nExample\n").append(indent(info.example())).append("\n");
        }
        sb.append("\nDocs: docs/rules/").append(info.id()).append(".md\n");
        return sb.toString();
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ");
    }
}
