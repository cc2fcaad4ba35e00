package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The read limits of .lambdalint.yaml's input section: each refuses past its bound, and raising it lets the file through. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsTest {
    @TempDir
    Path dir;

    @Test
    void maxFileBytesRefusesALargerFileAndRaisingItLetsItThrough() {
        Templates.write(dir, "template.yaml", Templates.FAILS + "Description: " + "x".repeat(3000) + "\n");
        Templates.write(dir, ".lambdalint.yaml", "input: {maxFileBytes: 2048}\n");
        Cli.Run refused = Cli.run(dir, "check", "template.yaml");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).startsWith("template.yaml: error LL001 template-invalid: file is 3270 bytes, more than the 2048 bytes lambdalint reads");

        Templates.write(dir, ".lambdalint.yaml", "input: {maxFileBytes: 4096}\n");
        Cli.Run read = Cli.run(dir, "check", "template.yaml");
        assertThat(read.exitCode()).isEqualTo(1);
        assertThat(read.out()).contains("template.yaml:6:7: error LL101");
    }

    @Test
    void maxDepthRefusesDeepNestingAndRaisingItLetsItThroughEveryStep() {
        // 900 levels, in the places the loader, the model and the rules walk: Metadata, a SAM Globals
        // merge, Fn::If inside Fn::If, lists inside lists.
        int n = 900;
        Templates.write(dir, "deep.json", "{\"Resources\": {\"Deep\": {\"Type\": \"AWS::SQS::Queue\", \"Metadata\": "
                + "[".repeat(n) + "]".repeat(n) + "}}}\n");
        String nested = "{\"a\": ".repeat(n / 2) + "1" + "}".repeat(n / 2);
        Templates.write(dir, "deep.yaml", "Transform: AWS::Serverless-2016-10-31\n"
                + "Conditions:\n  C: !Equals [a, b]\n"
                + "Globals:\n  Function:\n    Environment: {Variables: " + nested + "}\n"
                + "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                + "      Runtime: python3.13\n      Environment: {Variables: " + nested + "}\n"
                + "      MemorySize: " + "{\"Fn::If\": [C, ".repeat(n / 3) + "64" + ", 128]}".repeat(n / 3) + "\n"
                + "      Layers: " + "[".repeat(n) + "]".repeat(n) + "\n");
        Cli.Run refused = Cli.run(dir, "check", "deep.json", "deep.yaml");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).contains("deep.json:1:317: error LL001 template-invalid: nesting deeper than 256 levels");

        // The most the config accepts: the model, the rules, suppressions and every report format walk it.
        Templates.write(dir, ".lambdalint.yaml", "input: {maxDepth: 1000}\n");
        for (String format : new String[] {"text", "json", "sarif", "junit", "github"}) {
            Cli.Run read = Cli.run(dir, "check", "--format", format, "deep.json", "deep.yaml");
            // Nothing but the summary line that machine formats print on standard error.
            assertThat(read.err()).as(format).isIn("", "Linted 2 templates, 1 function: 3 errors, 18 warnings, 3 info.\n");
            assertThat(read.exitCode()).as(format + ": " + read.out()).isIn(1, 2);
        }
        Cli.Run text = Cli.run(dir, "check", "deep.json", "deep.yaml");
        assertThat(text.out()).contains("deep.yaml:").doesNotContain("nesting deeper");
    }

    @Test
    void maxDepthStopsWhereEveryStepIsKnownToHold() {
        Templates.write(dir, ".lambdalint.yaml", "input: {maxDepth: 20000}\n");
        Templates.write(dir, "template.yaml", Templates.FAILS);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("input.maxDepth").contains("1000");
    }

    @Test
    void maxNodesRefusesExpandedAliasesAndRaisingItLetsThemThrough() {
        StringBuilder yaml = new StringBuilder("Metadata:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i < 4; i++) {
            yaml.append("  l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        Templates.write(dir, "template.yaml", yaml + Templates.FAILS);
        Templates.write(dir, ".lambdalint.yaml", "input: {maxNodes: 1000}\n");
        Cli.Run refused = Cli.run(dir, "check", "template.yaml");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).startsWith("template.yaml: error LL001 template-invalid: the document expands to more than 1000 nodes");

        Templates.write(dir, ".lambdalint.yaml", "input: {maxNodes: 100000}\n");
        Cli.Run read = Cli.run(dir, "check", "template.yaml");
        assertThat(read.exitCode()).isEqualTo(1);
        assertThat(read.out()).contains("template.yaml:11:7: error LL101");
    }
}
