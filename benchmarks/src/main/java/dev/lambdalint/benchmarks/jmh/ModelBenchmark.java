package dev.lambdalint.benchmarks.jmh;

import dev.lambdalint.benchmarks.inputs.TemplateSpec;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
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

/** Building the template model: resources by logical id, functions with their event sources, indexes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ModelBenchmark {
    @Param({"cfn", "sam", "conditions"})
    public String shape;

    @Param({"10", "100", "1000"})
    public int functions;

    private Template template;
    private int resources;

    @Setup
    public void setUp() throws LoadException {
        TemplateSpec spec = Inputs.spec(shape, functions);
        resources = spec.resources();
        template = new TemplateReader(ReadLimits.DEFAULT)
                .read(Inputs.bytes(spec, false), "template.yaml", Optional.empty(), Map.of())
                .template();
    }

    @Benchmark
    public TemplateModel model(ResourceCounter counter) {
        counter.resources += resources;
        return TemplateModel.of(template);
    }
}
