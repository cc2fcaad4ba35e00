package dev.lambdalint.benchmarks.jmh;

import dev.lambdalint.benchmarks.inputs.TemplateSpec;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every template rule of the catalogue over one model. The model is built fresh before each call
 * (outside the measurement), because it builds some indexes on first use and rules pay for those.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesBenchmark {
    @Param({"cfn", "sam", "conditions"})
    public String shape;

    @Param({"10", "100", "1000"})
    public int functions;

    private Template template;
    private TemplateModel model;
    private int resources;
    private List<TemplateRule> rules;
    private final LintContext context = new LintContext(Config.DEFAULT.policy(), LocalDate.of(2025, 6, 1))
            .withRules(Catalog::find);

    @Setup(Level.Trial)
    public void setUp() throws LoadException {
        TemplateSpec spec = Inputs.spec(shape, functions);
        resources = spec.resources();
        template = new TemplateReader(ReadLimits.DEFAULT)
                .read(Inputs.bytes(spec, false), "template.yaml", Optional.empty(), Map.of())
                .template();
        rules = Catalog.ofKind(TemplateRule.class);
    }

    @Setup(Level.Invocation)
    public void freshModel() {
        model = TemplateModel.of(template);
    }

    @Benchmark
    public List<Finding> rules(ResourceCounter counter) {
        counter.resources += resources;
        return TemplateRule.checkAll(rules, model, context);
    }
}
