package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.evidence.EvidenceSummary;
import dev.lambdalint.linter.evidence.ObservedTable;
import dev.lambdalint.linter.evidence.PriceTable;
import dev.lambdalint.linter.inventory.Inventory;
import dev.lambdalint.linter.inventory.InventoryJsonReporter;
import dev.lambdalint.linter.inventory.InventoryTextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Inventory: one row per function (runtime, architecture, memory and vCPU share, /tmp, timeout, "
                + "reserved and provisioned concurrency, VPC, event sources, findings), then the account's concurrency budget.")
public final class ReportCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.ParentCommand
    RunContext root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files, folders, cdk.out folders, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @CommandLine.Mixin
    LintOptions lint;

    @CommandLine.Mixin
    EvidenceOptions evidence;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Config> loaded = lint.config.load(root.workingDirectory, err);
        if (loaded.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        Config config = loaded.get();
        LocalDate today = lint.today(root.clock);
        if (!evidence.validate(paths, err)) {
            return ExitCode.INPUT_ERROR.code;
        }
        // report --evidence LOGS alone: the observed table, no templates looked for.
        List<String> inputs = paths.isEmpty() && !evidence.given() ? List.of(".") : paths;
        LintResult result = new Engine(config, today, root.workingDirectory, root.stdin, true)
                .includeCdkInternal(lint.includeCdkInternal)
                .evidence(evidence.inputs(), evidence.stack())
                .run(inputs);
        Inventory inventory = Inventory.of(result, config.policy(), lint.includeCdkInternal);
        if (format == Format.json) {
            new InventoryJsonReporter().write(inventory, result.evidence(), out);
        } else {
            if (!inputs.isEmpty()) {
                new InventoryTextReporter().write(inventory, out);
            }
            if (result.evidence().isPresent()) {
                EvidenceSummary e = result.evidence().get();
                out.write(inputs.isEmpty() ? "" : "\n");
                new ObservedTable(PriceTable.bundled()).write(e.observed(), e.functionOf(), out);
                out.write(e.line() + "\n");
            }
        }
        for (ReportedError e : result.errors()) {
            String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
            err.println(e.file() + where + ": error LL001 template-invalid: " + e.message());
        }
        out.flush();
        return result.errors().isEmpty() ? ExitCode.CLEAN.code : ExitCode.INPUT_ERROR.code;
    }
}
