package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.List;

/** The {@code Environment.Variables} mappings a function can have: each branch where an {@code Fn::If} chooses. */
final class EnvironmentVariables {
    private EnvironmentVariables() {}

    static List<Value> of(TemplateModel template, FunctionView fn) {
        List<Value> out = new ArrayList<>();
        for (Value environment : template.candidates(fn.environment())) {
            for (Value variables : template.candidates(environment.get("Variables"))) {
                if (variables.isMapping()) {
                    out.add(variables);
                }
            }
        }
        return out;
    }
}
