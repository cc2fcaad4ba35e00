package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lambdalint.linter.load.cdk.CloudAssemblyReader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RunRule;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzz tests of the loaders (Jazzer). In a normal test run each target replays its
 * checked-in seed corpus ({@code src/test/resources/dev/lambdalint/linter/load/LoaderFuzzTestInputs/<target>/}:
 * the fixtures' templates, the hostile inputs and every crash the fuzzer found) as a plain regression
 * test; with {@code JAZZER_FUZZ=1} one target is fuzzed (docs/fuzzing.md).
 *
 * <p>The contract every target checks: a loader either gives a result or throws {@link LoadException}
 * with a one-line message. Anything else escaping (NullPointerException, ClassCastException,
 * IndexOutOfBoundsException, StackOverflowError, OutOfMemoryError) is a bug, and so is a rule that
 * throws on a template the loader accepted.
 */
class LoaderFuzzTest {
    /** Small enough that the fuzzer reaches every limit with short inputs. */
    private static final ReadLimits LIMITS = new ReadLimits(256 * 1024, 64, 20_000);
    private static final TreeReader TREES = new TreeReader(LIMITS);
    private static final TemplateReader TEMPLATES = new TemplateReader(LIMITS);
    private static final LintContext CONTEXT = new LintContext(Policy.DEFAULT, LocalDate.of(2026, 11, 27)).withRules(Catalog::find);

    @FuzzTest(maxDuration = "5m")
    void yaml(byte[] input) {
        try {
            ParsedTree tree = TREES.read(input);
            assertThat(tree.root()).isNotNull();
        } catch (LoadException e) {
            assertClear(e);
        }
    }

    /** Inputs that TreeReader reads as JSON: the first character that is not blank opens an object or list. */
    @FuzzTest(maxDuration = "5m")
    void json(byte[] input) {
        int i = 0;
        while (i < input.length && (input[i] == ' ' || input[i] == '\n' || input[i] == '\r' || input[i] == '\t')) {
            i++;
        }
        if (i == input.length || (input[i] != '{' && input[i] != '[')) {
            return;
        }
        yaml(input);
    }

    /** The template reader, the model and every rule, then the reporter's pointer-to-position lookups. */
    @FuzzTest(maxDuration = "5m")
    void template(byte[] input) {
        LoadedTemplate loaded;
        try {
            loaded = TEMPLATES.read(input, "fuzz.yaml", Optional.empty(), Map.of());
        } catch (LoadException e) {
            assertClear(e);
            return;
        }
        lint(loaded);
    }

    /** The model, every rule, and the position of every finding, as the engine and reporters do. */
    static void lint(LoadedTemplate loaded) {
        TemplateModel model = TemplateModel.of(loaded.template());
        List<Finding> findings = new ArrayList<>(TemplateRule.checkAll(Catalog.ofKind(TemplateRule.class), model, CONTEXT));
        findings.addAll(RunRule.checkAll(Catalog.ofKind(RunRule.class), List.of(model), CONTEXT));
        for (Finding f : findings) {
            assertThat(loaded.position(f.pointer())).isNotNull();
            assertThat(loaded.span(f.pointer())).isNotNull();
        }
    }

    /**
     * A manifest.json written into a cloud assembly folder that holds a template, a nested assembly, a
     * zip and a folder asset, a symbolic-link loop and a link out of the folder. Beside the folder lies a
     * template that must never be read, whatever the manifest names.
     */
    @FuzzTest(maxDuration = "5m")
    void cloudAssembly(byte[] manifest) throws IOException {
        Path assembly = AssemblyPlayground.folder();
        Files.write(assembly.resolve(CloudAssemblyReader.MANIFEST), manifest);
        DisplayPaths display = new DisplayPaths(assembly);
        LoadResult result = new CloudAssemblyReader(TEMPLATES, display, LIMITS).read(assembly);
        for (LoadedTemplate t : result.templates()) {
            assertThat(assembly.resolve(t.file()).toRealPath()).as("read from the assembly only").startsWith(assembly);
        }
        for (InputError e : result.errors()) {
            assertOneLine(e.message());
        }
    }

    /** The zip size reader on any bytes: a size, or nothing for what is not a readable zip. */
    @FuzzTest(maxDuration = "5m")
    void zipSizes(byte[] zip) throws IOException {
        Path file = AssemblyPlayground.scratch().resolve("fuzz.zip");
        Files.write(file, zip);
        Optional<PackageSizes.Measured> measured = PackageSizes.archive(file);
        measured.ifPresent(m -> assertThat(m.bytes()).isNotNegative());
    }

    static void assertClear(LoadException e) {
        assertOneLine(e.getMessage());
        e.position().ifPresent(p -> assertThat(p.line()).isPositive());
    }

    static void assertOneLine(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    }

    /** Folders made once per JVM, kept for every input of the run. */
    static final class AssemblyPlayground {
        private static Path root;

        private AssemblyPlayground() {}

        static synchronized Path folder() {
            return make().resolve("cdk.out");
        }

        static synchronized Path scratch() {
            return make().resolve("scratch");
        }

        private static Path make() {
            if (root != null) {
                return root;
            }
            try {
                Path dir = Files.createTempDirectory("lambdalint-fuzz").toRealPath();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                Path out = Files.createDirectories(dir.resolve("cdk.out"));
                Files.createDirectories(dir.resolve("scratch"));
                String template = """
                        {"Resources": {"Fn": {"Type": "AWS::Lambda::Function",
                          "Metadata": {"aws:asset:path": "asset.code", "aws:asset:property": "Code"},
                          "Properties": {"Runtime": "python3.13", "MemorySize": 64}},
                         "Nested": {"Type": "AWS::CloudFormation::Stack",
                          "Metadata": {"aws:asset:path": "Stack.template.json"}}}}
                        """;
                Files.writeString(out.resolve("Stack.template.json"), template);
                Files.writeString(out.resolve("assets.json"), """
                        {"version": "36.0.0", "files": {"abc": {"source": {"path": "asset.code", "packaging": "zip"}},
                          "def": {"source": {"path": "../outside/Secret.template.json"}},
                          "zip": {"source": {"path": "code.zip"}}}}
                        """);
                Files.createDirectories(out.resolve("asset.code"));
                Files.writeString(out.resolve("asset.code/index.py"), "def handler(e, c): pass\n");
                Files.write(out.resolve("code.zip"), ZipBytes.storedEntries(3, 10));
                Path nested = Files.createDirectories(out.resolve("assembly-Prod"));
                Files.writeString(nested.resolve("manifest.json"), """
                        {"version": "36.0.0", "artifacts": {"ProdStack": {"type": "aws:cloudformation:stack",
                          "properties": {"templateFile": "ProdStack.template.json"}},
                          "Self": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "."}},
                          "Up": {"type": "cdk:cloud-assembly", "properties": {"directoryName": ".."}}}}
                        """);
                Files.writeString(nested.resolve("ProdStack.template.json"), template);
                Files.createSymbolicLink(out.resolve("loop"), Path.of("."));
                Path outside = Files.createDirectories(dir.resolve("outside"));
                Files.writeString(outside.resolve("Secret.template.json"), template);
                Files.createSymbolicLink(out.resolve("escape"), Path.of("../outside"));
                root = dir;
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Deletes a folder and what it holds; links are deleted, not followed. */
    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the run
        }
    }
}
