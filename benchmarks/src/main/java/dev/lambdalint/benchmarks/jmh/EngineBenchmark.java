package dev.lambdalint.benchmarks.jmh;

import dev.lambdalint.benchmarks.inputs.AssemblyGenerator;
import dev.lambdalint.benchmarks.inputs.DocumentWriter;
import dev.lambdalint.benchmarks.inputs.TemplateGenerator;
import dev.lambdalint.benchmarks.inputs.TemplateSpec;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole lint run in one warm JVM, as the command line does it minus start-up and printing: find the
 * inputs on disk, load, model, rules, suppressions, positions, sorting. {@code input} is a template
 * of {@code cfn-N} / {@code conditions-N} / {@code sam-N} functions, or {@code cdk-S}: a cloud assembly
 * of S stacks of 400 resources. Files are read through the OS cache, as in a warm whole-process run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
    @Param({"cfn-10", "cfn-100", "cfn-1000", "conditions-100", "sam-200", "cdk-5", "cdk-50"})
    public String input;

    @Param({"true"})
    public boolean parallel;

    private Path dir;
    private Path target;
    private int resources;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("lambdalint-bench");
        int dash = input.lastIndexOf('-');
        String kind = input.substring(0, dash);
        int n = Integer.parseInt(input.substring(dash + 1));
        if (kind.equals("cdk")) {
            target = dir.resolve("cdk.out");
            AssemblyGenerator.write(target, n, 100);
            resources = n * 400;
        } else {
            TemplateSpec spec = Inputs.spec(kind, n);
            target = dir.resolve("template.yaml");
            Files.writeString(target, DocumentWriter.yaml(TemplateGenerator.template(spec)));
            resources = spec.resources();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public LintResult lint(ResourceCounter counter) {
        counter.resources += resources;
        return new Engine(Config.DEFAULT, LocalDate.of(2025, 6, 1), dir,
                () -> new ByteArrayInputStream(new byte[0]), parallel)
                .run(List.of(target.toString()));
    }
}
