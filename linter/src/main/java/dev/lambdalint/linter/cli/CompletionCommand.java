package dev.lambdalint.linter.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {
            "Print a shell completion script for bash or zsh.",
            "It is generated from the commands and options themselves. Load it with: source <(lambdalint completion)"
        })
public final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES} (default: bash; the script serves both).")
    Shell shell = Shell.bash;

    @Override
    public Integer call() {
        // picocli's script is written for bash and loads in zsh through bashcompinit, which it calls itself.
        spec.commandLine().getOut().print(AutoComplete.bash("lambdalint", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN.code;
    }
}
