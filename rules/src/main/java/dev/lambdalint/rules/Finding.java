package dev.lambdalint.rules;

import dev.lambdalint.rules.model.Template;

/**
 * One fault found by a rule: where it is (a JSON pointer into one template) and what is wrong. The
 * severity is applied later, from the rule's metadata and the user's config; positions are looked up
 * by the reporter.
 *
 * @param resource the logical id of the resource the finding is about (the function, usually), so that
 *     suppressions in that resource's Metadata apply even when the pointer leads elsewhere
 */
public record Finding(String ruleId, Template template, String pointer, String resource, String message) {}
