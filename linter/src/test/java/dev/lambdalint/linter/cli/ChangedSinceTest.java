package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceTest {
    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
    }

    /** main: two failing templates, a config-like YAML and a README; then a branch. */
    private GitRepo repository() {
        GitRepo repo = GitRepo.init(dir);
        repo.write("services/orders/template.yaml", Templates.FAILS)
                .write("services/billing/template.yaml", Templates.FAILS)
                .write("services/gone/template.yaml", Templates.FAILS)
                .write(".github/workflows/ci.yml", "on: push\njobs: {}\n")
                .write("README.md", "# monorepo\n")
                .commitAll("base");
        repo.git("checkout", "-q", "-b", "feature");
        return repo;
    }

    @Test
    void lintsOnlyTemplatesChangedOnTheBranchOrInTheWorkingTree() throws IOException {
        GitRepo repo = repository();
        repo.write("services/billing/template.yaml", "# touched\n" + Templates.FAILS).commitAll("billing");
        repo.write(".github/workflows/ci.yml", "on: [push, pull_request]\njobs: {}\n").commitAll("ci");
        repo.git("rm", "-q", "services/gone/template.yaml");
        repo.commitAll("remove gone");
        repo.write("services/staged/template.yaml", Templates.WARNS);
        repo.git("add", "services/staged/template.yaml");
        repo.write("services/new/template.yaml", Templates.FAILS);

        Cli.Run run = Cli.run(dir, "check", "--changed-since", "main");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("services/billing/template.yaml:7:7: error LL101")
                .contains("services/new/template.yaml:6:7: error LL101")
                .contains("services/staged/template.yaml:2:3: warning LL301")
                .doesNotContain("services/orders").doesNotContain("ci.yml").doesNotContain("gone")
                .endsWith("Linted 3 templates, 3 functions: 2 errors, 1 warning.\n");
    }

    @Test
    void keepsToThePathsGiven() {
        GitRepo repo = repository();
        repo.write("services/billing/template.yaml", "# touched\n" + Templates.FAILS);
        repo.write("services/orders/template.yaml", "# touched\n" + Templates.FAILS);
        Cli.Run run = Cli.run(dir.resolve("services"), "check", "--changed-since", "main", "orders");
        assertThat(run.out()).contains("orders/template.yaml:7:7").doesNotContain("billing")
                .endsWith("Linted 1 template, 1 function: 1 error.\n");
    }

    @Test
    void lintsTheWholeCloudAssemblyWhenOneOfItsFilesChanged() throws IOException {
        GitRepo repo = repository();
        Templates.cloudAssembly(dir.resolve("app/cdk.out"));
        repo.commitAll("synth");
        Path template = dir.resolve("app/cdk.out/App.template.json");
        Files.writeString(template, Files.readString(template).replace("\"MemorySize\": 64", "\"MemorySize\": 96"));
        Cli.Run run = Cli.run(dir, "check", "--changed-since", "main");
        assertThat(run.out()).contains("app/cdk.out/App.template.json:3:").contains("MemorySize 96 MB")
                .contains("construct: App/Orders/Resource");
    }

    @Test
    void saysSoWhenNothingChanged() {
        repository();
        Cli.Run run = Cli.run(dir, "check", "--changed-since", "main");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEqualTo("lambdalint: no templates changed since main\n");
        assertThat(run.out()).isEqualTo("Linted 0 templates, 0 functions: no findings.\n");
    }

    @Test
    void refusesAnUnknownRevisionWithExitTwo() {
        repository();
        Cli.Run run = Cli.run(dir, "check", "--changed-since", "no-such-branch");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lambdalint: unknown revision 'no-such-branch' for --changed-since");
        // Never handed to git as an option.
        Cli.Run option = Cli.run(dir, "check", "--changed-since=--output=x");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).doesNotContain("\tat ");
    }

    @Test
    void refusesToRunOutsideARepositoryWithExitTwo() {
        Path outside = dir.resolve("plain");
        Templates.write(outside, "template.yaml", Templates.FAILS);
        Cli.Run run = Cli.run(outside, "check", "--changed-since", "main");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--changed-since needs a git repository").doesNotContain("\tat ");
    }
}
