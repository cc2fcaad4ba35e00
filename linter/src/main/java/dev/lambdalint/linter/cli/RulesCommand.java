package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.text.Wrap;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, name, severity and whether it is enabled (with the config in force).")
public final class RulesCommand implements Callable<Integer> {

    /** The widest line of the table. */
    static final int WIDTH = 100;

    @CommandLine.ParentCommand
    RunContext root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConfigOption configOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Config> loaded = configOption.load(root.workingDirectory, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        Config config = loaded.get();
        int nameWidth = Catalog.RULES.stream().mapToInt(r -> r.info().name().length()).max().orElse(10);
        String row = "%-5s  %-" + nameWidth + "s  %-8s  %-7s  ";
        int summaryColumn = String.format(row, "", "", "", "").length();
        // The summary folds under itself, so that the table fits WIDTH columns however long a summary is.
        int summaryWidth = Math.max(20, WIDTH - summaryColumn);
        String continuation = "\n" + " ".repeat(summaryColumn);
        out.println(String.format(row, "ID", "NAME", "SEVERITY", "ENABLED") + "SUMMARY");
        for (Rule rule : Catalog.RULES) {
            out.println(String.format(row, rule.id(), rule.info().name(), config.severity(rule).label(),
                    config.enabled(rule) ? "yes" : "no")
                    + Wrap.lines(rule.info().summary(), summaryWidth).replace("\n", continuation));
        }
        out.flush();
        return ExitCode.CLEAN.code;
    }
}
