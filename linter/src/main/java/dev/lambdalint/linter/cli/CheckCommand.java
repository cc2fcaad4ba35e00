package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.config.ConfigException;
import dev.lambdalint.linter.config.ConfigLoader;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.report.JsonReporter;
import dev.lambdalint.linter.report.Reporter;
import dev.lambdalint.linter.report.TextReporter;
import dev.lambdalint.rules.Severity;
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

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Lint templates, folders (templates are found by their content), CDK cloud assemblies (cdk.out),",
            "or - for standard input. Without a path, the current folder."
        })
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum FailOn { error, warning, info, never }

    @CommandLine.ParentCommand
    Lambdalint root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files, folders, cdk.out folders, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at this severity or worse: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.warning;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: the nearest .lambdalint.yaml up to the repository root).")
    Path configFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date that counts as today for runtime deprecation rules (default: today, UTC).")
    LocalDate date;

    @Option(names = "--show-suppressed", description = "List suppressed findings with their reasons.")
    boolean showSuppressed;

    @Option(names = "--include-cdk-internal",
            description = "Also judge the functions the CDK library adds on its own (custom-resource providers, log retention, ...).")
    boolean includeCdkInternal;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--sequential", hidden = true, description = "Lint one input at a time (output is identical).")
    boolean sequential;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config;
        try {
            config = loadConfig(root.workingDirectory, Optional.ofNullable(configFile));
        } catch (ConfigException e) {
            err.println("lambdalint: invalid config:");
            err.println(e.getMessage());
            return ExitCode.INPUT_ERROR.code;
        }
        LocalDate today = date != null ? date : LocalDate.now(root.clock);
        List<String> inputs = paths.isEmpty() ? List.of(".") : paths;
        LintResult result = new Engine(config, today, root.workingDirectory, root.stdin, !sequential)
                .includeCdkInternal(includeCdkInternal)
                .run(inputs);
        Reporter reporter = format == Format.json ? new JsonReporter(showSuppressed) : new TextReporter(showSuppressed);
        reporter.write(result, out);
        out.flush();
        return exitCode(result, failOn).code;
    }

    static Config loadConfig(Path workingDirectory, Optional<Path> explicit) throws ConfigException {
        DisplayPaths display = new DisplayPaths(workingDirectory);
        if (explicit.isPresent()) {
            Path file = workingDirectory.resolve(explicit.get());
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new ConfigException(explicit.get() + ": no such config file");
            }
            return ConfigLoader.load(file, display.of(file));
        }
        Optional<Path> found = ConfigLoader.discover(workingDirectory);
        return found.isPresent() ? ConfigLoader.load(found.get(), display.of(found.get())) : Config.DEFAULT;
    }

    static ExitCode exitCode(LintResult result, FailOn failOn) {
        if (!result.errors().isEmpty()) {
            return ExitCode.INPUT_ERROR;
        }
        if (failOn == FailOn.never) {
            return ExitCode.CLEAN;
        }
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        return result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
