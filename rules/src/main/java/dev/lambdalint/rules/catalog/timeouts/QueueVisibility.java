package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.policy.LambdaLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What LL503 and LL504 compare: each visibility timeout a function's SQS queue (defined in the same template)
 * can have, against the longest timeout the function can have in the same deployment (a visibility timeout
 * of production only, {@code !If [IsProd, ...]}, against production's timeout). Both rules read the same pairs so that a
 * visibility timeout below the function timeout is LL503's alone.
 */
final class QueueVisibility {
    private QueueVisibility() {}

    /**
     * @param pointer where the visibility timeout is written, or the queue itself when it keeps the default
     * @param batchingWindow the source's {@code MaximumBatchingWindowInSeconds} (its largest value; 0 when unset)
     */
    record Check(EventSource source, Resource queue, long visibility, String pointer, boolean defaultVisibility,
                 FunctionTimeouts.Timeout timeout, long batchingWindow) {

        String describeVisibility() {
            return defaultVisibility
                    ? "the default VisibilityTimeout of " + visibility + " s"
                    : "VisibilityTimeout " + visibility + " s";
        }
    }

    /** One check per place a visibility timeout is written, in the order of the function's sources. */
    static List<Check> of(TemplateModel template, FunctionView fn, LambdaLimits limits) {
        Map<String, Check> out = new LinkedHashMap<>();
        List<FunctionTimeouts.Timeout> timeouts = FunctionTimeouts.of(template, fn, limits);
        if (timeouts.isEmpty()) {
            return List.of();
        }
        for (EventSource source : fn.eventSources()) {
            Optional<Resource> queue = template.sqsQueueOf(source);
            if (queue.isEmpty()) {
                continue;
            }
            long window = template.integers(source.setting("MaximumBatchingWindowInSeconds")).stream()
                    .mapToLong(IntegerCandidate::value).max().orElse(0);
            for (Visibility v : visibilities(template, queue.get(), limits)) {
                Optional<FunctionTimeouts.Timeout> longest = FunctionTimeouts.longestAlongside(timeouts, v.when());
                if (longest.isEmpty()) {
                    continue;
                }
                Check check = new Check(source, queue.get(), v.seconds(), v.pointer(), v.isDefault(), longest.get(), window);
                out.merge(v.pointer(), check, (a, b) -> a.batchingWindow() >= b.batchingWindow() ? a : b);
            }
        }
        return new ArrayList<>(out.values());
    }

    private record Visibility(long seconds, String pointer, boolean isDefault, Map<String, Boolean> when) {}

    private static List<Visibility> visibilities(TemplateModel template, Resource queue, LambdaLimits limits) {
        List<Visibility> out = new ArrayList<>();
        Optional<Value> written = queue.property("VisibilityTimeout");
        if (written.isEmpty()) {
            if (queue.properties().isPresent() || queue.declaration().get("Properties").isEmpty()) {
                out.add(new Visibility(limits.sqsVisibilityTimeoutDefaultSeconds(), queue.pointer(), true,
                        template.conditionsAt(queue.declaration())));
            }
            return out;
        }
        for (IntegerCandidate c : template.conditionalIntegers(written)) {
            out.add(new Visibility(c.value(), c.pointer(), false, c.when()));
        }
        for (Value unset : template.noValueBranches(written)) {
            out.add(new Visibility(limits.sqsVisibilityTimeoutDefaultSeconds(), unset.pointer(), true, template.conditionsAt(unset)));
        }
        return out;
    }
}
