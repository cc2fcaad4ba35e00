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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

@RuleInfo(
        id = "LL602",
        name = "runtime-deprecation-soon",
        severity = Severity.WARNING,
        summary = "Runtime deprecated within the policy window (180 days by default)",
        rationale = """
                A runtime upgrade is a code change that needs testing: a major language version, new \
                dependencies, sometimes a new OS. Starting it when the deprecation date is months away \
                leaves time to do it well; starting it after the date means running unpatched code or \
                hitting the block on updates in the middle of an unrelated fix. The window is \
                policy.runtimes.deprecationWarningDays (180 by default).""",
        fix = "Plan the move to the successor runtime the message names before the deprecation date.",
        example = """
                Properties:
                  Runtime: nodejs24.x""",
        webFunctions = WebFunctionScope.RUNTIME,
        tags = {"runtime", "maintenance"})
public final class RuntimeDeprecationSoon implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LocalDate today = context.today();
        int window = context.policy().runtimes().deprecationWarningDays();
        for (RuntimeSetting setting : template.runtimeSettings()) {
            for (StringCandidate runtime : template.strings(Optional.of(setting.value()))) {
                Optional<RuntimeLifecycle> life = context.runtimes().find(runtime.value());
                Optional<LocalDate> deprecated = life.flatMap(RuntimeLifecycle::deprecated);
                if (deprecated.isEmpty()) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(today, deprecated.get());
                // On the date itself and after it, LL601 reports the runtime.
                if (days <= 0 || days > window) {
                    continue;
                }
                out.report(this, setting.resource(), runtime.pointer(), String.format(
                        "%s uses runtime %s, deprecated on %s (in %d days): plan the move to %s",
                        setting.subject(), runtime.value(), deprecated.get(), days,
                        life.get().successor().orElse("a supported runtime")));
            }
        }
    }
}
