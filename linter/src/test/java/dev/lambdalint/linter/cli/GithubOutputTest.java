package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubOutputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
    }

    private List<String> lines(Cli.Run run) {
        return run.out().lines().toList();
    }

    @Test
    void writesOneWorkflowCommandPerFindingWithFileLineColumnAndTitle() {
        Templates.write(dir, ".git/HEAD", "ref: refs/heads/main\n");
        Templates.write(dir, "infra/api.yaml", Templates.FAILS);
        Templates.write(dir, "infra/worker.yaml", Templates.WARNS);
        Cli.Run run = Cli.run(dir.resolve("infra"), "check", "--format", "github", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(lines(run)).containsExactly(
                "::error file=infra/api.yaml,line=6,col=7,endLine=6,endColumn=21,title=LL101 memory-out-of-range::"
                        + "Function Fn has MemorySize 64 MB, outside the 128 to 10240 MB that Lambda accepts: the deployment fails"
                        + "%0AFix: Set MemorySize between 128 and 10240. Memory also sets CPU: 1,769 MB buys one full vCPU.",
                "::warning file=infra/worker.yaml,line=2,col=3,endLine=2,endColumn=5,title=LL301 reserved-concurrency-missing::"
                        + "Function Fn has no ReservedConcurrentExecutions: one burst can take the account's whole concurrency pool and throttle every other function"
                        + "%0AFix: " + dev.lambdalint.rules.Catalog.require("LL301").info().fix().replace("%", "%25").replace("\n", "%0A"),
                "lambdalint: Linted 2 templates, 2 functions: 1 error, 1 warning.");
    }

    @Test
    void matchesTheDocumentedCommandShape() {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        String line = lines(Cli.run(dir, "check", "--format", "github", "api.yaml")).get(0);
        assertThat(line).matches("::(error|warning|notice) file=[^,:]+,line=\\d+,col=\\d+(,endLine=\\d+)?(,endColumn=\\d+)?,title=LL\\d{3} [a-z-]+::.+");
    }

    @Test
    void annotatesInputErrorsAndInfoFindingsAsNotices() {
        Templates.write(dir, "broken.yaml", "Resources:\n  Fn: [unclosed\n");
        Templates.write(dir, "big.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: 4096
                      ReservedConcurrentExecutions: 5
                """);
        List<String> lines = lines(Cli.run(dir, "check", "--format", "github", "broken.yaml", "big.yaml"));
        assertThat(lines).anyMatch(l -> l.startsWith("::error file=broken.yaml,line=2,col=") && l.contains("title=LL001 template-invalid::YAML syntax"));
        assertThat(lines).anyMatch(l -> l.startsWith("::notice file=big.yaml,line=6,col=7,") && l.contains("title=LL104 memory-idle-vcpus::"));
    }

    @Test
    void leavesSuppressedFindingsOut() {
        Templates.write(dir, "batch.yaml", Templates.SUPPRESSED);
        assertThat(lines(Cli.run(dir, "check", "--format", "github", "batch.yaml")))
                .containsExactly("lambdalint: Linted 1 template, 1 function: no findings (1 suppressed).");
    }
}
