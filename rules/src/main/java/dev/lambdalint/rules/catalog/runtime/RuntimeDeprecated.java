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
import java.util.Optional;

@RuleInfo(
        id = "LL601",
        name = "runtime-deprecated",
        severity = Severity.WARNING,
        summary = "Runtime past its deprecation date: it still deploys, but gets no security patches",
        rationale = """
                On a runtime's deprecation date AWS stops applying security patches and fixes to it. \
                Functions on it still run and still deploy until Lambda blocks creating functions on it, \
                then updating them (LL609 reports those phases, as errors); the two blocks now come months \
                after the deprecation, which is the time to move. The dates come from a dated table shipped \
                with lambdalint (`lambdalint --version` prints its as-of date); `--date` fixes the day \
                that counts as today, so that CI runs are reproducible.""",
        fix = "Move the function to the successor runtime the message names (or another supported one) and test it there, before the block dates the message names.",
        example = """
                Properties:
                  Runtime: python3.13""",
        webFunctions = WebFunctionScope.RUNTIME,
        tags = {"runtime", "security"})
public final class RuntimeDeprecated implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LocalDate today = context.today();
        for (RuntimeSetting setting : template.runtimeSettings()) {
            for (StringCandidate runtime : template.strings(Optional.of(setting.value()))) {
                Optional<RuntimeLifecycle> life = context.runtimes().find(runtime.value());
                Optional<LocalDate> deprecated = life.flatMap(RuntimeLifecycle::deprecated);
                // Once a block applies, LL609 reports the runtime (one fault, one finding).
                if (deprecated.isEmpty() || deprecated.get().isAfter(today) || life.get().blockedOn(today)) {
                    continue;
                }
                out.report(this, setting.resource(), runtime.pointer(), String.format(
                        "%s uses runtime %s, deprecated on %s: it still deploys but no longer gets security patches%s; move to %s",
                        setting.subject(), runtime.value(), deprecated.get(), blocks(life.get()),
                        life.get().successor().orElse("a supported runtime")));
            }
        }
    }

    /** The coming blocks, the dates that make this urgent. */
    private static String blocks(RuntimeLifecycle life) {
        StringBuilder sb = new StringBuilder();
        life.blockCreate().ifPresent(d -> sb.append(", creating functions on it is blocked from ").append(d));
        life.blockUpdate().ifPresent(d -> sb.append(sb.length() == 0 ? ", updating functions on it" : ", updating them")
                .append(" is blocked from ").append(d));
        return sb.toString();
    }
}
