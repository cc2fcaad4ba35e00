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

    @Test
    void judgesTheStagedVersionNotTheWorkingTree() {
        GitRepo repo = GitRepo.init(dir);
        repo.commitAll("config");
        Cli.run(dir, "install-hook");
        // `git add -p` style: the bad version is staged, the fix only in the working tree.
        repo.write("stacks/api.yaml", Templates.FAILS);
        repo.git("add", "stacks/api.yaml");
        repo.write("stacks/api.yaml", Templates.CLEAN);
        GitRepo.ProcessResult staged = runHook();
        assertThat(staged.exitCode()).as(staged.output()).isNotZero();
        assertThat(staged.output()).contains("stacks/api.yaml:6:7: error LL101");

        // And the other way round: a clean version staged, a broken one left unstaged, commits.
        repo.git("add", "stacks/api.yaml");
        repo.write("stacks/api.yaml", Templates.FAILS);
        GitRepo.ProcessResult clean = runHook();
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).contains("Linted 1 template, 1 function: no findings.");
    }

    @Test
    void startsNoJavaForStagedJsonAndYamlThatAreNotTemplates() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        repo.commitAll("config");
        Path started = dir.resolve("jvm-started");
        Cli.run(dir, "install-hook", "--command", "touch '" + started + "'; false");
        repo.write("package.json", "{\"name\": \"app\", \"scripts\": {\"Resources\": \"not at the top\"}}\n")
                .write("docker-compose.yml", "services:\n  web:\n    image: nginx\n")
                .write(".github/workflows/ci.yml", "on: push\njobs: {}\n");
        repo.git("add", "-A");
        GitRepo.ProcessResult run = runHook();
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(started).doesNotExist();

        repo.write("infra/template.json", "{\"Resources\": {\"Fn\": {\"Type\": \"AWS::Lambda::Function\"}}}\n");
        repo.git("add", "infra/template.json");
        runHook();
        assertThat(started).exists();
    }

    @Test
    void acceptsWhatTheConfigsBaselineAcceptsSoAOneLineEditCommits() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        repo.write("stacks/legacy.yaml", Templates.FAILS);
        Files.writeString(dir.resolve(".lambdalint.yaml"),
                Files.readString(dir.resolve(".lambdalint.yaml")) + "baseline: lambdalint-baseline.json\n");
        assertThat(Cli.run(dir, "check", "--write-baseline", "lambdalint-baseline.json").exitCode()).isZero();
        repo.commitAll("adopt lambdalint with a baseline");
        Cli.run(dir, "install-hook");

        repo.write("stacks/legacy.yaml", "# owner: payments\n" + Templates.FAILS);
        repo.git("add", "stacks/legacy.yaml");
        GitRepo.ProcessResult edit = runHook();
        assertThat(edit.exitCode()).as(edit.output()).isZero();
        assertThat(edit.output()).contains("no findings (1 in the baseline)");

        // A new fault is still caught.
        repo.write("stacks/legacy.yaml", "# owner: payments\n" + Templates.FAILS.replace("MemorySize: 64", "MemorySize: 64\n      Timeout: 3\n      EphemeralStorage: {Size: 100}"));
        repo.git("add", "stacks/legacy.yaml");
        GitRepo.ProcessResult fault = runHook();
        assertThat(fault.exitCode()).as(fault.output()).isNotZero();
        assertThat(fault.output()).contains("LL201");
    }

    @Test
    void lintsEveryTemplateWhenTheConfigIsStagedAndSaysWhy() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        repo.write("stacks/a.yaml", Templates.WARNS).write("stacks/b.yaml", Templates.WARNS);
        Files.writeString(dir.resolve(".lambdalint.yaml"), Files.readString(dir.resolve(".lambdalint.yaml")) + "  LL301: {enabled: false}\n");
        repo.commitAll("base");
        Cli.run(dir, "install-hook");
        Files.writeString(dir.resolve(".lambdalint.yaml"),
                Files.readString(dir.resolve(".lambdalint.yaml")).replace("  LL301: {enabled: false}\n", ""));
        repo.git("add", ".lambdalint.yaml");
        GitRepo.ProcessResult run = runHook();
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains(".lambdalint.yaml is staged, so every template is linted, not only the staged ones")
                .contains("stacks/a.yaml:2:3: warning LL301").contains("stacks/b.yaml:2:3: warning LL301");
    }
}
