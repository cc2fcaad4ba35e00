package dev.lambdalint.rules;

import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;

/** A rule that judges all templates of one run together, such as the account-wide concurrency budget. */
public interface RunRule extends Rule {
    /** {@code templates} come in the run's stable order (input order, then document order). */
    void check(List<TemplateModel> templates, LintContext context, Findings out);

    /** What {@code rules} find across {@code templates}, in the rules' order. */
    static List<Finding> checkAll(List<? extends RunRule> rules, List<TemplateModel> templates, LintContext context) {
        Findings out = Findings.acrossTemplates();
        for (RunRule rule : rules) {
            rule.check(templates, context, out);
        }
        return out.list();
    }
}
