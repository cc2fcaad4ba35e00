package dev.lambdalint.rules;

import dev.lambdalint.rules.model.Template;
import java.util.Map;

/**
 * One fault found by a rule: where it is (a JSON pointer into one template) and what is wrong. The
 * severity is applied later, from the rule's metadata and the user's config; positions are looked up
 * by the reporter.
 *
 * @param resource the logical id of the resource the finding is about (the function, usually), so that
 *     suppressions in that resource's Metadata apply even when the pointer leads elsewhere
 * @param evidence the figures from production an evidence rule's finding rests on (names to numbers or
 *     text, in the order written); empty for every other rule
 */
public record Finding(String ruleId, Template template, String pointer, String resource, String message,
        Map<String, Object> evidence) {

    public Finding {
        evidence = evidence.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    public Finding(String ruleId, Template template, String pointer, String resource, String message) {
        this(ruleId, template, pointer, resource, message, Map.of());
    }
}
