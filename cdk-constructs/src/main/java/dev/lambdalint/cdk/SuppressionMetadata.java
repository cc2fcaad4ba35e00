package dev.lambdalint.cdk;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CfnResource;
import software.constructs.IConstruct;

/**
 * Writes lambdalint suppressions into a resource's CloudFormation {@code Metadata}, in the form the
 * linter reads:
 * <pre>
 * Metadata:
 *   lambdalint:
 *     suppress:
 *       - rule: LL301
 *         reason: Batch job; bounded by SQS MaximumConcurrency
 * </pre>
 */
final class SuppressionMetadata {
    static final String KEY = "lambdalint";
    private static final int MAX_DEFAULT_CHILD_DEPTH = 8;

    private SuppressionMetadata() {}

    static void suppress(IConstruct construct, String ruleIdOrName, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A lambdalint suppression needs a reason (of " + ruleIdOrName + " on "
                    + construct.getNode().getPath() + "): say why the rule does not apply here");
        }
        Rule rule = Catalog.find(ruleIdOrName == null ? "" : ruleIdOrName.trim()).orElseThrow(() -> new IllegalArgumentException(
                "Unknown lambdalint rule '" + ruleIdOrName + "' (suppression on " + construct.getNode().getPath()
                        + "); `lambdalint rules` lists the ids and names"));
        CfnResource resource = resourceOf(construct).orElseThrow(() -> new IllegalArgumentException(
                construct.getNode().getPath() + " has no CloudFormation resource of its own to carry the suppression of "
                        + rule.id() + "; suppress on the construct the finding names"));
        List<Map<String, Object>> entries = existing(resource);
        entries.removeIf(e -> rule.id().equals(e.get("rule")));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rule", rule.id());
        entry.put("reason", reason.trim());
        entries.add(entry);
        resource.addMetadata(KEY, Map.of("suppress", entries));
    }

    /** The resource itself, or the one its default children lead to (a Function's CfnFunction). */
    static Optional<CfnResource> resourceOf(IConstruct construct) {
        IConstruct current = construct;
        for (int depth = 0; current != null && depth < MAX_DEFAULT_CHILD_DEPTH; depth++) {
            if (CfnResource.isCfnResource(current)) {
                return Optional.of((CfnResource) current);
            }
            current = current.getNode().getDefaultChild();
        }
        return Optional.empty();
    }

    /** Whether {@code resource} carries a suppression of {@code ruleId} (written by {@link #suppress}). */
    static boolean suppresses(CfnResource resource, String ruleId) {
        return existing(resource).stream().anyMatch(e -> ruleId.equals(e.get("rule")));
    }

    /** Suppressions already written, so that a second one adds to the list instead of replacing it. */
    private static List<Map<String, Object>> existing(CfnResource resource) {
        List<Map<String, Object>> out = new ArrayList<>();
        Object metadata = resource.getMetadata(KEY);
        if (metadata instanceof Map<?, ?> map && map.get("suppress") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> entry) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    entry.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    out.add(copy);
                }
            }
        }
        return out;
    }
}
