package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of {@code fixtures/hostile/} is linted from the repository root together with a good
 * template, as CI would: the run must print exactly the input errors (LL001) that the input's sibling
 * {@code NAME.expect} lists, one line each, with the exit code it names, no stack trace, and the good
 * template's finding still reported. Hostile inputs too big or too odd to commit (a 100 MB file, link
 * loops, a million-entry zip) are made here, in a temporary folder.
 *
 * <p>The timeouts only guard against a hang; how fast each input is refused is in docs/hardening.md.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final Path HOSTILE = Path.of("fixtures/hostile");
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    static Stream<Path> expectations() throws IOException {
        try (Stream<Path> files = Files.walk(HOSTILE)) {
            return files.filter(p -> p.toString().endsWith(".expect")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void givesTheExpectedOneLineMessageAndStillLintsTheOtherInputs(Path expect) throws IOException {
        String name = expect.toString();
        String input = name.substring(0, name.length() - ".expect".length());
        List<String> lines = Files.readAllLines(expect, StandardCharsets.UTF_8);
        int exit = Integer.parseInt(lines.get(0).replace("# exit:", "").trim());
        List<String> expected = lines.subList(1, lines.size());
        Path good = Templates.write(dir, "good.yaml", Templates.FAILS);

        Cli.Run run = Cli.run(ROOT, "check", "--date", "2026-11-27", input, good.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(exit);
        assertThat(lines(run.out(), "LL001")).as("input errors of %s", input)
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(l -> l.contains("LL001")).toList());
        assertThat(run.out().lines().toList()).containsAll(expected);
        assertThat(run.out()).as("the good template given alongside is still linted")
                .contains(good + ":6:7: error LL101 memory-out-of-range");
        assertNoStackTrace(run);
    }

    @Test
    void everyHostileInputHasItsExpectation() throws IOException {
        Set<String> inputs = new TreeSet<>();
        try (Stream<Path> entries = Stream.concat(Files.list(HOSTILE), Files.list(HOSTILE.resolve("assemblies")))) {
            entries.map(Path::toString)
                    .filter(p -> !p.endsWith(".expect") && !p.endsWith("assemblies") && !p.endsWith("README.md"))
                    .forEach(inputs::add);
        }
        Set<String> expected = expectations().map(p -> p.toString().replace(".expect", "")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).containsExactlyElementsOf(inputs);
    }

    @Test
    void refusesA100MegabyteFileBySizeWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: 100 MB as far as the file system says, nothing written. Read, it would be NUL bytes.
            file.setLength(100L * 1024 * 1024);
        }
        Path good = Templates.write(dir, "good.yaml", Templates.FAILS);
        Cli.Run run = Cli.run(dir, "check", "huge.yaml", "good.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines(run.out(), "LL001")).containsExactly(
                "huge.yaml: error LL001 template-invalid: file is 104857600 bytes, more than the 16777216 bytes lambdalint reads"
                        + " (CloudFormation takes 1 MB); raise input.maxFileBytes in .lambdalint.yaml if it is really a template");
        assertThat(run.out()).contains("good.yaml:6:7: error LL101");
        assertThat(good).exists();
        assertNoStackTrace(run);
    }

    @Test
    void refusesAnEndlessStandardInputAfterTheSizeLimit() {
        Cli.Run run = runWithStdin(new java.io.InputStream() {
            private long left = 100L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        });
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("<stdin>: error LL001 template-invalid: file is 16777217 bytes, more than the 16777216 bytes");
        assertNoStackTrace(run);
    }

    @Test
    void lintsATemplateWithAOneMegabyteLineAndRefusesALongerOne() throws IOException {
        String description = "x".repeat(1024 * 1024 - "Description: ".length());
        Templates.write(dir, "long.yaml", Templates.FAILS.replace("Resources:", "Description: " + description + "\nResources:"));
        Cli.Run run = Cli.run(dir, "check", "long.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("long.yaml:7:7: error LL101");

        // Found measuring these: YAML's scanner takes minutes over a 5 MB line (80 s), so it is not given one.
        Templates.write(dir, "longer.yaml", Templates.FAILS + "# " + "y".repeat(5 * 1024 * 1024) + "\n");
        Cli.Run longer = Cli.run(dir, "check", "longer.yaml");
        assertThat(longer.exitCode()).isEqualTo(2);
        assertThat(longer.out()).startsWith("longer.yaml:10:1: error LL001 template-invalid: line 10 is 5242882 characters long,"
                + " more than the 1048576 lambdalint reads in YAML: no template has such a line");
    }

    /**
     * Just below the default size limit: 25,000 functions, fifty times what CloudFormation takes. Found
     * measuring: asking for each function whether the template is the CDK's scanned every resource,
     * and this took 263 s; the class's timeout guards against that coming back.
     */
    @Test
    void lintsAFileJustBelowTheSizeLimitOfTwentyFiveThousandFunctions() throws IOException {
        StringBuilder yaml = new StringBuilder("Resources:\n");
        for (int i = 0; yaml.length() < 15 * 1024 * 1024; i++) {
            yaml.append("  Fn").append(i).append(":\n    Type: AWS::Lambda::Function\n    Properties:\n")
                    .append("      Runtime: python3.13\n      MemorySize: 1024\n      ReservedConcurrentExecutions: 1\n")
                    .append("      Description: ").append("words and more words ".repeat(25)).append('\n');
        }
        Files.writeString(dir.resolve("big.yaml"), yaml);
        Cli.Run run = Cli.run(dir, "check", "--format", "json", "big.yaml");
        assertThat(run.out()).contains("\"templates\": 1").containsPattern("\"functions\": 2[0-9]{4},");
        assertNoStackTrace(run);
    }

    @Test
    void refusesAFileOfOneLineAboveTheSizeLimit() throws IOException {
        Files.writeString(dir.resolve("line.json"), "{\"Description\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}");
        Cli.Run run = Cli.run(dir, "check", "line.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("line.json: error LL001 template-invalid: file is 17825811 bytes, more than the 16777216 bytes");
    }

    @Test
    void walksAFolderWithASymbolicLinkLoopOnce() throws IOException {
        Templates.write(dir, "app/template.yaml", Templates.FAILS);
        Files.createSymbolicLink(dir.resolve("app/loop"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("app/self"), Path.of("self"));
        Cli.Run run = Cli.run(dir, "check", "app");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("app/template.yaml:6:7: error LL101").endsWith("Linted 1 template, 1 function: 1 error, 1 warning, 3 info.\n");
    }

    @Test
    void saysSoWhenANamedLinkLeadsNowhere() throws IOException {
        Files.createSymbolicLink(dir.resolve("self.yaml"), Path.of("self.yaml"));
        Templates.write(dir, "good.yaml", Templates.FAILS);
        Cli.Run run = Cli.run(dir, "check", "self.yaml", "good.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines(run.out(), "LL001")).containsExactly(
                "self.yaml: error LL001 template-invalid: a symbolic link that leads nowhere (to itself, in a loop, or to something deleted)");
        assertThat(run.out()).contains("good.yaml:6:7: error LL101");
    }

    @Test
    void readsAnAssemblyWithALinkLoopOnceAndRefusesALinkOutOfIt() throws IOException {
        Path assembly = Templates.cloudAssembly(dir.resolve("cdk.out"));
        Files.createSymbolicLink(assembly.resolve("loop"), Path.of("."));
        Path outside = Templates.write(dir, "outside/Secret.template.json", """
                {"Resources": {"Secret": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Runtime": "python3.13", "MemorySize": 64, "ReservedConcurrentExecutions": 2}}}}
                """);
        Files.createSymbolicLink(assembly.resolve("escape"), Path.of("../outside"));
        Templates.write(assembly, "manifest.json", """
                {"version": "36.0.0", "artifacts": {
                  "App": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "loop/loop/loop/App.template.json"}, "displayName": "App"},
                  "Escape": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "escape/Secret.template.json"}, "displayName": "Escape"},
                  "Again": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "loop/loop"}}}}
                """);
        Cli.Run run = Cli.run(dir, "check", "cdk.out");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines(run.out(), "LL001")).containsExactly(
                "cdk.out/manifest.json: error LL001 template-invalid: refused path 'escape/Secret.template.json' (templateFile of Escape): a symbolic link leads outside the cloud assembly folder",
                "cdk.out/manifest.json: error LL001 template-invalid: the cloud assembly includes itself through a nested assembly; skipped the repeat");
        assertThat(run.out()).contains("cdk.out/loop/loop/loop/App.template.json:3:43: error LL101")
                .doesNotContain("Secret.template.json:").endsWith("Linted 1 template, 1 function: 1 error, 1 warning, 3 info; 2 input errors.\n");
        assertThat(outside).exists();
    }

    @Test
    void boundsAnAssemblyWhoseNestedStacksDoubleAtEveryLevel() {
        // T0 names T1 twice, T1 names T2 twice, ...: 2^13 stacks from 13 small files, read naively.
        Path assembly = dir.resolve("cdk.out");
        Templates.write(assembly, "manifest.json", """
                {"version": "36.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "T0.template.json"}, "displayName": "App"}}}
                """);
        for (int level = 0; level < 13; level++) {
            String next = "T" + (level + 1) + ".template.json";
            Templates.write(assembly, "T" + level + ".template.json", level == 12
                    ? "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}"
                    : "{\"Resources\": {\"A\": {\"Type\": \"AWS::CloudFormation::Stack\", \"Metadata\": {\"aws:asset:path\": \"" + next + "\"}},"
                            + " \"B\": {\"Type\": \"AWS::CloudFormation::Stack\", \"Metadata\": {\"aws:asset:path\": \"" + next + "\"}}}}");
        }
        Cli.Run run = Cli.run(dir, "check", "cdk.out");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines(run.out(), "LL001")).hasSize(1).allMatch(l -> l.endsWith(
                "error LL001 template-invalid: the cloud assembly holds more than 2000 templates (nested stacks included); skipped this one and the rest"));
        assertThat(run.out()).endsWith("Linted 2000 templates, 0 functions: no findings; 1 input error.\n");
    }

    @Test
    void neverReadsAFileThatAnAssemblyPathLeadsOutTo() {
        // fixtures/hostile/assemblies/outside/Secret.template.json raises LL101 when it is read (see outside.expect).
        Cli.Run run = Cli.run(ROOT, "check", "--format", "json", "fixtures/hostile/assemblies/escaping-paths");
        assertThat(run.out()).doesNotContain("Outside/Secret").doesNotContain("\"resource\": \"Secret\"").doesNotContain("passwd\"");
        assertThat(run.out()).contains("\"templates\": 1");
    }

    @Test
    void measuresAZipOfAMillionEntriesFromItsDirectory() throws IOException {
        Path zip = dir.resolve("code.zip");
        dev.lambdalint.linter.load.ZipBytes.writeDeclared(zip, 1_000_000, 1024);
        Templates.write(dir, "template.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: 1024
                      Code: code.zip
                """);
        Cli.Run run = Cli.run(dir, "check", "--format", "json", "template.yaml");
        assertThat(run.out()).contains("\"ruleId\": \"LL605\"").contains("Function Fn unzips to 976.6 MB (code 976.6 MB at code.zip)");
        assertNoStackTrace(run);
    }

    @Test
    void measuresAZipThatDeclaresPetabytesAsAtLeastThatMuch() throws IOException {
        Path zip = dir.resolve("code.zip");
        dev.lambdalint.linter.load.ZipBytes.writeDeclared(zip, 10_000, 1L << 50);
        Templates.write(dir, "template.yaml", """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.13
                      MemorySize: 1024
                      Code: code.zip
                """);
        Cli.Run run = Cli.run(dir, "check", "template.yaml");
        assertThat(run.out()).contains("error LL605");
        assertNoStackTrace(run);
    }

    private static Cli.Run runWithStdin(java.io.InputStream stdin) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"check", "-"}, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                () -> stdin, ROOT, Cli.CLOCK);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    private static List<String> lines(String out, String ruleId) {
        List<String> found = new ArrayList<>();
        out.lines().filter(l -> l.contains(" " + ruleId + " ")).forEach(found::add);
        return found;
    }

    private static void assertNoStackTrace(Cli.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }
}
