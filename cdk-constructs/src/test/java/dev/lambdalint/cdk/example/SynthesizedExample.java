package dev.lambdalint.cdk.example;

import dev.lambdalint.cdk.LambdaLintPlugin;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;

/**
 * The example app, synthesized once per test run (a synth costs seconds: the CDK runs in Node.js) with
 * the lambdalint plugin registered in report-only mode, so that every test reads the same assembly.
 */
public final class SynthesizedExample {
    private static SynthesizedExample instance;

    public final App app;
    public final Map<String, Stack> stacks;
    public final LambdaLintPlugin plugin;
    public final Path outdir;

    private SynthesizedExample(App app, Map<String, Stack> stacks, LambdaLintPlugin plugin, Path outdir) {
        this.app = app;
        this.stacks = stacks;
        this.plugin = plugin;
        this.outdir = outdir;
    }

    public static synchronized SynthesizedExample get() {
        if (instance == null) {
            try {
                Path outdir = Files.createTempDirectory("lambdalint-example-app");
                // No stack traces in the metadata: they name temporary folders and change every run.
                App app = App.Builder.create()
                        .outdir(outdir.toString())
                        .stackTraces(false)
                        .context(Map.of("aws:cdk:disable-creation-stack-traces", true))
                        .build();
                LambdaLintPlugin plugin = LambdaLintPlugin.builder()
                        .config(Config.DEFAULT)
                        .reportOnly()
                        .reportAtLeast(Severity.INFO)
                        .build();
                Validations.of(app).addPlugins(plugin);
                Map<String, Stack> stacks = ExampleApp.build(app, ExampleApp.HANDLERS, Config.DEFAULT);
                app.synth();
                instance = new SynthesizedExample(app, stacks, plugin, outdir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(outdir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static void deleteQuietly(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a test run for
        }
    }
}
