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
    void stagedRunsTakeDeployTimeParametersAndListTheStagedTemplates() {
        GitRepo repo = repository();
        String byParameter = """
                Parameters:
                  WorkerMemory: {Type: Number, Default: 1024}
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: !Ref WorkerMemory
                      ReservedConcurrentExecutions: 5
                """;
        repo.write("services/worker/template.yaml", byParameter);
        repo.git("add", "services/worker/template.yaml");
        // The working tree names no parameter: only the staged version can be judged with the given value.
        repo.write("services/worker/template.yaml", Templates.CLEAN);

        Cli.Run run = Cli.run(dir, "check", "--staged", "--parameter", "WorkerMemory=64");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("services/worker/template.yaml:8:7: error LL101")
                .contains("(from parameter WorkerMemory, as given for this run)")
                .doesNotContain("services/orders");

        Cli.Run listed = Cli.run(dir, "check", "--staged", "--list-inputs");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo("services/worker/template.yaml\n");
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

    @Test
    void lintsEverythingWhenTheConfigChangedAndSaysWhy() throws IOException {
        GitRepo repo = repository();
        repo.write(".lambdalint.yaml", Files.readString(dir.resolve(".lambdalint.yaml")) + "  LL301: {severity: error}\n")
                .commitAll("tighten the policy");
        Cli.Run run = Cli.run(dir, "check", "--changed-since", "main");
        assertThat(run.err()).isEqualTo(
                "lambdalint: .lambdalint.yaml changed since main, so every template is linted, not only the changed ones\n");
        assertThat(run.out()).contains("services/orders/template.yaml:6:7: error LL101")
                .contains("services/billing/template.yaml:6:7: error LL101")
                .endsWith("Linted 3 templates, 3 functions: 3 errors.\n");
    }

    @Test
    void lintsEverythingUnderThePathsGivenWhenTheConfigsBaselineChanged() throws IOException {
        GitRepo repo = GitRepo.init(dir);
        repo.write("services/orders/template.yaml", Templates.FAILS)
                .write("services/billing/template.yaml", Templates.FAILS)
                .write("other/template.yaml", Templates.FAILS);
        Files.writeString(dir.resolve(".lambdalint.yaml"),
                Files.readString(dir.resolve(".lambdalint.yaml")) + "baseline: lambdalint-baseline.json\n");
        assertThat(Cli.run(dir, "check", "--write-baseline", "lambdalint-baseline.json").exitCode()).isZero();
        repo.commitAll("base");
        repo.git("checkout", "-q", "-b", "feature");
        // Someone drops an accepted finding from the baseline: everything it covered is judged again.
        String baseline = Files.readString(dir.resolve("lambdalint-baseline.json"));
        repo.write("lambdalint-baseline.json", baseline.replaceAll("(?m)^.*services/orders.*\n", "").replace("},\n  ]", "}\n  ]"))
                .commitAll("shrink the baseline");
        Cli.Run run = Cli.run(dir, "check", "--changed-since", "main", "services");
        assertThat(run.err()).isEqualTo("lambdalint: lambdalint-baseline.json changed since main, so every template is linted,"
                + " not only the changed ones\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("services/orders/template.yaml:6:7: error LL101").doesNotContain("other/")
                .endsWith("Linted 2 templates, 2 functions: 1 error (1 in the baseline).\n");
    }

    /** As the pre-commit framework calls it: with the changed files, the config among them. */
    @Test
    void lintsEverythingWhenTheConfigIsAmongTheFilesAHookPasses() {
        Templates.write(dir, "stacks/a.yaml", Templates.FAILS);
        Templates.write(dir, "stacks/b.yaml", Templates.FAILS);
        Cli.Run run = Cli.run(dir, "check", "--skip-non-templates", ".lambdalint.yaml", "stacks/a.yaml");
        assertThat(run.err()).isEqualTo("lambdalint: .lambdalint.yaml is among the files given, so every template is linted,"
                + " not only those given\n");
        assertThat(run.out()).contains("stacks/a.yaml:6:7").contains("stacks/b.yaml:6:7");
        Cli.Run without = Cli.run(dir, "check", "--skip-non-templates", "stacks/a.yaml");
        assertThat(without.out()).contains("stacks/a.yaml:6:7").doesNotContain("stacks/b.yaml");
    }
}
