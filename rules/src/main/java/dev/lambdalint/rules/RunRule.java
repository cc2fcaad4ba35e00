package dev.lambdalint.rules;

import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;

/** A rule that judges all templates of one run together, such as the account-wide concurrency budget. */
public non-sealed interface RunRule extends Rule {
    /** {@code templates} come in the run's stable order (input order, then document order). */
    void check(List<TemplateModel> templates, LintContext context, Findings out);
}
