package dev.lambdalint.linter.engine;

import dev.lambdalint.linter.params.DeployValues;
import dev.lambdalint.rules.model.Pointers;
import java.util.List;
import java.util.Optional;

/**
 * Which parameter a judged value came from, for the message: the value given for the run (the finding
 * points at the property that refers to it), or the parameter's own {@code Default} or one of its
 * {@code AllowedValues} (the finding points there).
 *
 * @param given true for a value given with --parameter or --parameters
 */
record ParameterOrigin(String parameter, String part, boolean given) {

    static Optional<ParameterOrigin> of(String pointer, DeployValues deployValues) {
        Optional<String> givenHere = deployValues.parameterAt(pointer);
        if (givenHere.isPresent()) {
            return Optional.of(new ParameterOrigin(givenHere.get(), "", true));
        }
        List<String> segments = Pointers.segments(pointer);
        if (segments.size() >= 3 && segments.get(0).equals("Parameters")
                && (segments.get(2).equals("Default") || segments.get(2).equals("AllowedValues"))) {
            return Optional.of(new ParameterOrigin(segments.get(1), segments.get(2), false));
        }
        return Optional.empty();
    }

    /** What the message adds: " (from parameter WorkerMemory)". */
    String says() {
        if (given) {
            return " (from parameter " + parameter + ", as given for this run)";
        }
        return part.equals("Default")
                ? " (from the Default of parameter " + parameter + ")"
                : " (from the AllowedValues of parameter " + parameter + ")";
    }
}
