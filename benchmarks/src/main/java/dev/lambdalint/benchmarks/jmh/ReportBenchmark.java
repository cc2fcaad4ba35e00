package dev.lambdalint.benchmarks.jmh;

import dev.lambdalint.benchmarks.inputs.DocumentWriter;
import dev.lambdalint.benchmarks.inputs.TemplateGenerator;
import dev.lambdalint.benchmarks.inputs.TemplateSpec;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.report.ReportFormat;
import dev.lambdalint.linter.report.ReportSettings;
import dev.lambdalint.linter.report.Reporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Writing one lint result in each output format: positions are already resolved, so this is the
 * reporters' own cost (sorting, escaping, SARIF's rule table, JUnit's XML).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReportBenchmark {
    @Param({"text", "json", "sarif", "junit", "github"})
    public String format;

    @Param({"100", "1000"})
    public int functions;

    private LintResult result;
    private Reporter reporter;
    private int resources;
    private Path dir;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("lambdalint-bench");
        TemplateSpec spec = TemplateSpec.cfn(functions);
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, DocumentWriter.yaml(TemplateGenerator.template(spec)));
        result = new Engine(Config.DEFAULT, LocalDate.of(2025, 6, 1), dir, () -> new ByteArrayInputStream(new byte[0]), false)
                .run(List.of(file.toString()));
        resources = spec.resources();
        reporter = ReportFormat.valueOf(format).create(ReportSettings.defaults(dir));
        this.dir = dir;
        this.file = file;
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.delete(file);
        Files.delete(dir);
    }

    @Benchmark
    public Writer report(ResourceCounter counter) throws IOException {
        counter.resources += resources;
        Writer out = Writer.nullWriter();
        reporter.write(result, out);
        return out;
    }
}
