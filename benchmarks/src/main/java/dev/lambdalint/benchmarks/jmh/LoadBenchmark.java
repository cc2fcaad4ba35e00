package dev.lambdalint.benchmarks.jmh;

import dev.lambdalint.benchmarks.inputs.TemplateSpec;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import java.util.Map;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Warmup;

/** Parsing bytes into a template with its source map, SAM Globals merged and inline suppressions found. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {
    @Param({"cfn", "sam", "conditions"})
    public String shape;

    @Param({"10", "100", "1000"})
    public int functions;

    @Param({"yaml", "json"})
    public String format;

    private byte[] bytes;
    private int resources;
    private TemplateReader reader;

    @Setup
    public void setUp() {
        TemplateSpec spec = Inputs.spec(shape, functions);
        bytes = Inputs.bytes(spec, format.equals("json"));
        resources = spec.resources();
        reader = new TemplateReader(ReadLimits.DEFAULT);
    }

    @Benchmark
    public LoadedTemplate load(ResourceCounter counter) throws LoadException {
        counter.resources += resources;
        return reader.read(bytes, "template." + format, Optional.empty(), Map.of());
    }
}
