package dev.lambdalint.rules;

import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;

/**
 * A rule about a template's suppressions, judged once every finding of the run is known: only the
 * engine can tell which suppressions silenced something, so it passes the ones in force that silenced
 * nothing, and the rule decides what to say about them.
 */
public interface SuppressionRule extends Rule {
    /** @param unused suppressions of {@code template} that name an enabled rule, give a reason, and covered no finding */
    void check(TemplateModel template, List<Suppression> unused, LintContext context, Findings out);
}
