package dev.lambdalint.rules.model;

import java.util.List;
import java.util.Optional;

/**
 * A request to silence one rule, from a resource's {@code Metadata}:
 * <pre>
 * Metadata:
 *   lambdalint:
 *     suppress:
 *       - rule: LL301          # id or name
 *         reason: Batch job; bounded by SQS MaximumConcurrency
 * </pre>
 * or from a YAML comment on a resource's or a property's line (the loader finds those, since comments
 * are not part of the tree):
 * <pre>
 *   NightlyExport:   # lambdalint: suppress LL301 -- Batch job; bounded by SQS MaximumConcurrency
 * </pre>
 *
 * @param rule the rule id or name as written; empty when missing
 * @param reason the reason as written; empty when missing or blank
 * @param at where the suppression is written (for an inline one: the node on the comment's line)
 * @param resource the logical id of the resource it applies to; empty for an inline suppression outside
 *     Resources (on a Globals or Parameters line)
 * @param properties for an inline suppression on a property's line, the pointers of that property (one
 *     per function that inherits it, for a Globals line): it covers findings at or below them. Empty
 *     for a suppression of the whole resource.
 * @param inline true when written as a comment
 * @param nearMiss for a comment that was meant as a suppression but is not written as one
 *     ({@code # lambdalint supress LL301 -- ...}), the marker as it should be written; such a comment
 *     names no rule, so it silences nothing
 */
public record Suppression(Optional<String> rule, Optional<String> reason, Value at, String resource,
                          List<String> properties, boolean inline, Optional<String> nearMiss) {

    public Suppression(Optional<String> rule, Optional<String> reason, Value at, String resource,
                       List<String> properties, boolean inline) {
        this(rule, reason, at, resource, properties, inline, Optional.empty());
    }

    /** A suppression of the whole resource, from its Metadata. */
    public Suppression(Optional<String> rule, Optional<String> reason, Value at, String resource) {
        this(rule, reason, at, resource, List.of(), false);
    }

    public Suppression {
        properties = List.copyOf(properties);
        if (nearMiss.isPresent()) {
            rule = Optional.empty();
        }
    }

    /** True when this suppression (whatever its rule) covers a finding about {@code findingResource} at {@code pointer}. */
    public boolean covers(String findingResource, String pointer) {
        if (properties.isEmpty()) {
            return resource.equals(findingResource);
        }
        for (String property : properties) {
            if (pointer.equals(property) || pointer.startsWith(property + "/")) {
                return true;
            }
        }
        return false;
    }
}
