package dev.lambdalint.rules.model;

import java.util.Optional;

/**
 * A request to silence one rule on one resource, from the resource's {@code Metadata}:
 * <pre>
 * Metadata:
 *   lambdalint:
 *     suppress:
 *       - rule: LL301          # id or name
 *         reason: Batch job; bounded by SQS MaximumConcurrency
 * </pre>
 *
 * @param rule the rule id or name as written; empty when missing
 * @param reason the reason as written; empty when missing or blank
 * @param at where the suppression is written
 * @param resource the logical id of the resource it applies to
 */
public record Suppression(Optional<String> rule, Optional<String> reason, Value at, String resource) {}
