package dev.lambdalint.benchmarks.jmh;

import dev.lambdalint.benchmarks.inputs.DocumentWriter;
import dev.lambdalint.benchmarks.inputs.TemplateGenerator;
import dev.lambdalint.benchmarks.inputs.TemplateSpec;
import java.nio.charset.StandardCharsets;

/** The generated templates the benchmarks read, by the names their {@code @Param}s use. */
final class Inputs {
    private Inputs() {}

    /**
     * @param shape {@code cfn} (4 resources per function), {@code sam} (2 per function) or
     *     {@code conditions} (as cfn, with 32 conditions and Fn::If settings)
     */
    static TemplateSpec spec(String shape, int functions) {
        return switch (shape) {
            case "cfn" -> TemplateSpec.cfn(functions);
            case "sam" -> TemplateSpec.sam(functions);
            case "conditions" -> TemplateSpec.cfn(functions).withConditions(32);
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
    }

    static byte[] bytes(TemplateSpec spec, boolean json) {
        var doc = TemplateGenerator.template(spec);
        return (json ? DocumentWriter.json(doc) : DocumentWriter.yaml(doc)).getBytes(StandardCharsets.UTF_8);
    }
}
