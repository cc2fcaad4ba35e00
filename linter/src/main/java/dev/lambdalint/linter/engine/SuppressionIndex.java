package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suppressions of one template that take effect: those naming a known rule and giving a reason
 * (the others are LL002 findings and silence nothing). LL001 and LL002 cannot be suppressed. A
 * suppression covers a resource (from its Metadata, or a comment on its line) or a property and what
 * lies below it (a comment on the property's line).
 */
final class SuppressionIndex {
    private final Map<String, List<Suppression>> byRule = new HashMap<>();

    static SuppressionIndex of(TemplateModel model) {
        SuppressionIndex index = new SuppressionIndex();
        for (Suppression s : model.suppressions()) {
            Optional<Rule> rule = s.rule().flatMap(Catalog::find);
            if (rule.isPresent() && s.reason().isPresent()) {
                index.byRule.computeIfAbsent(rule.get().id(), k -> new ArrayList<>()).add(s);
            }
        }
        return index;
    }

    /** The reason of the first suppression that covers {@code finding}, in the order they are written. */
    Optional<String> reasonFor(Finding finding) {
        if (finding.ruleId().equals("LL001") || finding.ruleId().equals("LL002")) {
            return Optional.empty();
        }
        for (Suppression s : byRule.getOrDefault(finding.ruleId(), List.of())) {
            if (s.covers(finding.resource(), finding.pointer())) {
                return s.reason();
            }
        }
        return Optional.empty();
    }
}
