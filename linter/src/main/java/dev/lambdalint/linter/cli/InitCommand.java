package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.ConfigLoader;
import dev.lambdalint.linter.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter .lambdalint.yaml in the current folder.")
public final class InitCommand implements Callable<Integer> {

    static final String STARTER = """
            # lambdalint configuration. Every key is optional; `lambdalint rules` lists the rules.
            rules:
              # Change a rule's severity (error, warning, info) or turn it on or off.
              # LL301: {severity: error}
              # LL404: {enabled: true}      # require every function to be in a VPC
            policy:
              memory:
                minimumMb: 256
                minimumMbByRuntime: {"java*": 1024, "dotnet*": 512}
              ephemeralStorage: {maximumMb: 2048}
              concurrency: {accountLimit: 1000}   # your account's Lambda concurrency quota
              runtimes: {deprecationWarningDays: 180}
              package: {warnUnzippedMb: 50}
              # Rules LL801-LL808 judge REPORT lines given with --evidence.
              evidence: {minimumInvocations: 20, memoryHeadroomPercent: 90, nearTimeoutPercent: 80}
            # Paths (relative to this file) that folder walks skip.
            ignore: ["**/node_modules/**", "**/.aws-sam/**"]
            """;

    @CommandLine.ParentCommand
    RunContext root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Overwrite an existing .lambdalint.yaml.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path target = root.workingDirectory.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(target) && !force) {
            spec.commandLine().getErr().println("lambdalint: " + ConfigLoader.FILE_NAME
                    + " already exists; pass --force to overwrite it");
            return ExitCode.INPUT_ERROR.code;
        }
        try {
            AtomicFile.writeString(target, STARTER);
        } catch (IOException e) {
            spec.commandLine().getErr().println("lambdalint: cannot write " + ConfigLoader.FILE_NAME + ": " + AtomicFile.describe(e));
            return ExitCode.INPUT_ERROR.code;
        }
        spec.commandLine().getOut().println("Wrote " + ConfigLoader.FILE_NAME);
        return ExitCode.CLEAN.code;
    }
}
