package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.model.Conditions;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.policy.LambdaLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timeouts a function can run with, as the rules that compare it with something else (a queue, an API)
 * need them: each value the {@code Timeout} can take, and Lambda's default where it is unset. Values outside
 * Lambda's range are left out: they are LL501's finding, and comparing them with a queue or an API would
 * only repeat it.
 */
final class FunctionTimeouts {
    private FunctionTimeouts() {}

    /**
     * @param at where the value is written (the {@code AWS::NoValue} branch for a default that a branch
     *     leaves); empty when {@code Timeout} is not written at all
     * @param when the conditions under which the function has this timeout (see {@link Conditions})
     */
    record Timeout(long seconds, Optional<Value> at, boolean isDefault, Map<String, Boolean> when) {
        String describe() {
            return isDefault ? "the default Timeout of " + seconds + " s" : "Timeout " + seconds + " s";
        }
    }

    /** Empty when the timeout cannot be known statically. */
    static List<Timeout> of(TemplateModel template, FunctionView fn, LambdaLimits limits) {
        List<Timeout> out = new ArrayList<>();
        if (fn.lacks("Timeout")) {
            out.add(new Timeout(limits.timeoutDefaultSeconds(), Optional.empty(), true, Map.of()));
            return out;
        }
        for (IntegerCandidate c : template.conditionalIntegers(fn.timeout())) {
            boolean tooHigh = c.value() > limits.timeoutMaxSeconds() && !fn.isManagedInstance();
            if (c.value() >= limits.timeoutMinSeconds() && !tooHigh) {
                out.add(new Timeout(c.value(), Optional.of(c.at()), false, c.when()));
            }
        }
        for (Value unset : template.noValueBranches(fn.timeout())) {
            out.add(new Timeout(limits.timeoutDefaultSeconds(), Optional.of(unset), true, template.conditionsAt(unset)));
        }
        return out;
    }

    /**
     * The longest of {@code timeouts} that a deployment can have together with something taken under
     * {@code when}: a queue's production visibility timeout is compared with production's timeout.
     */
    static Optional<Timeout> longestAlongside(List<Timeout> timeouts, Map<String, Boolean> when) {
        return timeouts.stream()
                .filter(t -> Conditions.canCoexist(t.when(), when))
                .max(Comparator.comparingLong(Timeout::seconds));
    }
}
