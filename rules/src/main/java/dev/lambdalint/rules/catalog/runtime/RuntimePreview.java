package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.RuntimeSetting;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.runtime.RuntimeLifecycle;
import java.util.Optional;

@RuleInfo(
        id = "LL610",
        name = "runtime-preview",
        severity = Severity.WARNING,
        summary = "Runtime in public preview: no SLA, no support, may change or be withdrawn",
        rationale = """
                AWS releases some runtimes as a public preview before general availability. A preview \
                runtime comes without the Lambda SLA or AWS Support, may change without notice and may be \
                withdrawn; AWS advises against production use. The runtime table shipped with lambdalint \
                marks the runtimes in preview on its as-of date.""",
        fix = "Use the newest generally available runtime of the language for production, and keep the preview for testing (or suppress with a reason).",
        example = """
                Properties:
                  Runtime: nodejs24.x""",
        webFunctions = WebFunctionScope.RUNTIME,
        tags = {"runtime", "reliability"})
public final class RuntimePreview implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (RuntimeSetting setting : template.runtimeSettings()) {
            for (StringCandidate runtime : template.strings(Optional.of(setting.value()))) {
                if (context.runtimes().find(runtime.value()).map(RuntimeLifecycle::preview).orElse(false)) {
                    out.report(this, setting.resource(), runtime.pointer(), String.format(
                            "%s uses runtime %s, in public preview as of %s: no SLA, no support, it may change or be withdrawn",
                            setting.subject(), runtime.value(), context.runtimes().asOf()));
                }
            }
        }
    }
}
