package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.git.Git;
import dev.lambdalint.linter.git.GitException;
import dev.lambdalint.linter.git.PreCommitHook;
import dev.lambdalint.linter.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = {
            "Write a git pre-commit hook that lints the staged templates.",
            "A commit that stages no file with a template extension does not start Java. An existing hook is replaced"
                    + " only if lambdalint wrote it, unless --force."
        })
public final class InstallHookCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    RunContext root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Replace an existing pre-commit hook that lambdalint did not write.")
    boolean force;

    @Option(names = "--command", paramLabel = "COMMAND",
            description = "The shell command the hook runs lambdalint with, e.g. ./lambdalint (default: this Java and this jar).")
    String command;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path hook;
        try {
            Git git = new Git(root.workingDirectory);
            git.topLevel("install-hook");
            Git.Result path = git.run("rev-parse", "--git-path", "hooks/pre-commit");
            if (!path.ok()) {
                throw new GitException("git cannot tell where the hooks are: " + path.reason());
            }
            hook = root.workingDirectory.resolve(path.out().strip()).normalize();
        } catch (GitException e) {
            err.println("lambdalint: " + e.getMessage());
            return ExitCode.INPUT_ERROR.code;
        }
        String shown = root.workingDirectory.relativize(hook).toString().replace('\\', '/');
        if (Files.exists(hook) && !force && !Files.readString(hook).contains(PreCommitHook.MARKER)) {
            err.println("lambdalint: " + shown + " exists and was not written by lambdalint; pass --force to replace it,"
                    + " or call `lambdalint check --skip-non-templates FILES` from it");
            return ExitCode.INPUT_ERROR.code;
        }
        try {
            AtomicFile.writeString(hook, PreCommitHook.script(command != null ? command : PreCommitHook.currentCommand()));
            makeExecutable(hook);
        } catch (IOException e) {
            err.println("lambdalint: cannot write " + shown + ": " + AtomicFile.describe(e));
            return ExitCode.INPUT_ERROR.code;
        }
        spec.commandLine().getOut().println("Installed the lambdalint pre-commit hook: " + shown);
        return ExitCode.CLEAN.code;
    }

    /** Adds execute wherever the file may be read, like {@code chmod +x} under the file's own mode. */
    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> mode = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            mode.add(PosixFilePermission.OWNER_EXECUTE);
            if (mode.contains(PosixFilePermission.GROUP_READ)) {
                mode.add(PosixFilePermission.GROUP_EXECUTE);
            }
            if (mode.contains(PosixFilePermission.OTHERS_READ)) {
                mode.add(PosixFilePermission.OTHERS_EXECUTE);
            }
            Files.setPosixFilePermissions(file, mode);
        } catch (UnsupportedOperationException notPosix) {
            // Git for Windows runs hooks through its own shell whatever the file's mode.
        }
    }
}
