package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.evidence.EvidenceInput;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The evidence options of {@code check} and {@code report}: logs and metrics from production. */
final class EvidenceOptions {

    /** Shared with the model of {@code check}, built in code (CommandModels). */
    static final String EVIDENCE_DESCRIPTION = "Judge the functions by what production logged too (rules LL801-LL808): REPORT logs, "
            + "Logs Insights or filter-log-events exports, get-metric-data output; files or folders (.gz read "
            + "as is), - for standard input, or FUNCTION=FILE to tie a file to a function.";
    /** Shared with the model of {@code check}, built in code (CommandModels). */
    static final String STACK_NAME_DESCRIPTION = "The stack the templates deploy as, to match the function names CloudFormation generates "
            + "(a cdk.out names its stacks itself).";

    @Option(names = "--evidence", paramLabel = "LOGS", arity = "1..*",
            description = EVIDENCE_DESCRIPTION)
    List<String> logs = new ArrayList<>();

    @Option(names = "--stack-name", paramLabel = "NAME",
            description = STACK_NAME_DESCRIPTION)
    String stackName;

    boolean given() {
        return !logs.isEmpty();
    }

    List<EvidenceInput> inputs() {
        return logs.stream().map(EvidenceInput::parse).toList();
    }

    Optional<String> stack() {
        return Optional.ofNullable(stackName);
    }

    /** Standard input holds one thing: templates or evidence. False (and a message) when both ask for it. */
    boolean validate(List<String> paths, PrintWriter err) {
        if (paths.contains("-") && inputs().stream().anyMatch(EvidenceInput::isStdin)) {
            err.println("lambdalint: standard input (-) can hold templates or evidence, not both: write one of them to a file");
            return false;
        }
        if (stackName != null && !given()) {
            err.println("lambdalint: --stack-name only matches evidence to functions: give the logs with --evidence");
            return false;
        }
        return true;
    }
}
