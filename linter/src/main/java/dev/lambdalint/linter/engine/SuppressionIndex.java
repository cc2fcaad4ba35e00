package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The suppressions of one template that take effect: those naming a known rule and giving a reason
 * (the others are LL002 findings and silence nothing). LL001 and LL002 cannot be suppressed.
 */
final class SuppressionIndex {
    private final Map<String, String> reasons = new HashMap<>();

    static SuppressionIndex of(TemplateModel model) {
        SuppressionIndex index = new SuppressionIndex();
        for (Suppression s : model.suppressions()) {
            Optional<Rule> rule = s.rule().flatMap(Catalog::find);
            if (rule.isPresent() && s.reason().isPresent()) {
                index.reasons.putIfAbsent(key(s.resource(), rule.get().id()), s.reason().get());
            }
        }
        return index;
    }

    Optional<String> reasonFor(Finding finding) {
        if (finding.ruleId().equals("LL001") || finding.ruleId().equals("LL002")) {
            return Optional.empty();
        }
        return Optional.ofNullable(reasons.get(key(finding.resource(), finding.ruleId())));
    }

    private static String key(String resource, String ruleId) {
        return resource + "\u0000" + ruleId;
    }
}
