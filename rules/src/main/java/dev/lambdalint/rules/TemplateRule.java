package dev.lambdalint.rules;

import dev.lambdalint.rules.model.TemplateModel;

/** A rule that judges one template at a time. */
public non-sealed interface TemplateRule extends Rule {
    void check(TemplateModel template, LintContext context, Findings out);
}
