package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.git.PreCommitHook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-commit hook, installed and run in a scratch git repository, as git runs it. */
class InstallHookTest {
    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
    }

    private Path hook() {
        return dir.resolve(".git/hooks/pre-commit");
    }

    private GitRepo.ProcessResult runHook() {
        return GitRepo.exec(dir, List.of("sh", hook().toString()));
    }

    @Test
    void blocksACommitThatStagesABadTemplate() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        Cli.Run install = Cli.run(dir, "install-hook");
        assertThat(install.exitCode()).isEqualTo(0);
        assertThat(install.out()).isEqualTo("Installed the lambdalint pre-commit hook: .git/hooks/pre-commit\n");
        assertThat(Files.isExecutable(hook())).isTrue();
        assertThat(Files.readString(hook())).startsWith("#!/bin/sh\n").contains(PreCommitHook.MARKER);

        repo.write("stacks/api.yaml", Templates.FAILS);
        repo.write(".github/workflows/ci.yml", "on: push\njobs: {}\n");
        repo.git("add", "-A");
        GitRepo.ProcessResult run = runHook();
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("stacks/api.yaml:6:7: error LL101 memory-out-of-range").doesNotContain("ci.yml");

        // The same through git itself: the commit is refused and nothing is committed.
        GitRepo.ProcessResult commit = GitRepo.exec(dir, List.of("git", "commit", "-q", "-m", "bad"));
        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("LL101");
        assertThat(GitRepo.exec(dir, List.of("git", "rev-parse", "--verify", "-q", "HEAD")).exitCode()).isNotZero();
    }

    @Test
    void letsACleanTemplateThrough() {
        GitRepo repo = GitRepo.init(dir);
        Cli.run(dir, "install-hook");
        repo.write("stacks/api.yaml", Templates.CLEAN);
        repo.git("add", "-A");
        GitRepo.ProcessResult run = runHook();
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Linted 1 template, 1 function: no findings.");
    }

    @Test
    void exitsAtOnceWithoutJavaWhenNoTemplateIsStaged() throws IOException {
        // No config in this repository: a staged .lambdalint.yaml would itself look like a template.
        Files.delete(dir.resolve(".lambdalint.yaml"));
        GitRepo repo = GitRepo.init(dir);
        Path started = dir.resolve("jvm-started");
        // A command that only leaves a trace: if the hook ever ran it, the file would exist.
        Cli.Run install = Cli.run(dir, "install-hook", "--command", "touch '" + started + "'; false");
        assertThat(install.exitCode()).isEqualTo(0);
        repo.write("README.md", "# docs\n");
        repo.write("src/app.py", "print('hi')\n");
        repo.git("add", "-A");
        GitRepo.ProcessResult run = runHook();
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).isEmpty();
        assertThat(started).doesNotExist();

        repo.write("template.yaml", Templates.CLEAN);
        repo.git("add", "template.yaml");
        assertThat(runHook().exitCode()).isNotZero();
        assertThat(started).exists();
    }

    @Test
    void refusesToReplaceAForeignHookWithoutForce() throws IOException {
        GitRepo.init(dir);
        Files.createDirectories(hook().getParent());
        Files.writeString(hook(), "#!/bin/sh\necho 'the team's own hook'\n");
        Cli.Run refused = Cli.run(dir, "install-hook");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(".git/hooks/pre-commit exists and was not written by lambdalint; pass --force");
        assertThat(Files.readString(hook())).contains("the team's own hook");

        assertThat(Cli.run(dir, "install-hook", "--force").exitCode()).isEqualTo(0);
        assertThat(Files.readString(hook())).contains(PreCommitHook.MARKER);
        // Its own hook it replaces freely, e.g. after an upgrade.
        assertThat(Cli.run(dir, "install-hook", "--command", "lambdalint").exitCode()).isEqualTo(0);
        assertThat(Files.readString(hook())).contains("    lambdalint \"$@\"");
    }

    @Test
    void needsAGitRepository() {
        Cli.Run run = Cli.run(dir, "install-hook");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("install-hook needs a git repository");
    }
}
