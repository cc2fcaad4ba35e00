package dev.lambdalint.rules;

import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;

/** A rule that judges one template at a time. */
public interface TemplateRule extends Rule {
    void check(TemplateModel template, LintContext context, Findings out);

    /** What {@code rules} find in {@code template}, in the rules' order. */
    static List<Finding> checkAll(List<? extends TemplateRule> rules, TemplateModel template, LintContext context) {
        Findings out = Findings.of(template);
        for (TemplateRule rule : rules) {
            rule.check(template, context, out);
        }
        return out.list();
    }
}
