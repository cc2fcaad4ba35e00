package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;

/** An evidence rule judges each function that the run's evidence matched, and no other. */
abstract class EvidenceRule implements TemplateRule {

    @Override
    public final void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            Observation.of(template, fn, context).ifPresent(o -> judge(o, template, context, out));
        }
    }

    abstract void judge(Observation o, TemplateModel template, LintContext context, Findings out);
}
