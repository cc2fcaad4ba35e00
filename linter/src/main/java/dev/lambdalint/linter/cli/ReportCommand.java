package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.config.ConfigException;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.inventory.Inventory;
import dev.lambdalint.linter.inventory.InventoryJsonReporter;
import dev.lambdalint.linter.inventory.InventoryTextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        description = {
            "Inventory: one row per function (runtime, architecture, memory and vCPU share, /tmp, timeout,",
            "reserved and provisioned concurrency, VPC, event sources, findings), then the account's concurrency budget."
        })
public final class ReportCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.ParentCommand
    Lambdalint root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files, folders, cdk.out folders, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: the nearest .lambdalint.yaml).")
    Path configFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date that counts as today.")
    LocalDate date;

    @Option(names = "--include-cdk-internal", description = "Also list the functions the CDK library adds on its own.")
    boolean includeCdkInternal;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config;
        try {
            config = CheckCommand.loadConfig(root.workingDirectory, Optional.ofNullable(configFile));
        } catch (ConfigException e) {
            err.println("lambdalint: invalid config:");
            err.println(e.getMessage());
            return ExitCode.INPUT_ERROR.code;
        }
        LocalDate today = date != null ? date : LocalDate.now(root.clock);
        LintResult result = new Engine(config, today, root.workingDirectory, root.stdin, true)
                .includeCdkInternal(includeCdkInternal)
                .run(paths.isEmpty() ? List.of(".") : paths);
        Inventory inventory = Inventory.of(result, config.policy(), includeCdkInternal);
        if (format == Format.json) {
            new InventoryJsonReporter().write(inventory, out);
        } else {
            new InventoryTextReporter().write(inventory, out);
        }
        for (ReportedError e : result.errors()) {
            String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
            err.println(e.file() + where + ": error LL001 template-invalid: " + e.message());
        }
        out.flush();
        return result.errors().isEmpty() ? ExitCode.CLEAN.code : ExitCode.INPUT_ERROR.code;
    }
}
