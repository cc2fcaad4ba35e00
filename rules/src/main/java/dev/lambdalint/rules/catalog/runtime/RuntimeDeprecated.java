package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.runtime.RuntimeLifecycle;
import java.time.LocalDate;
import java.util.Optional;

@RuleInfo(
        id = "LL601",
        name = "runtime-deprecated",
        severity = Severity.ERROR,
        summary = "Runtime past its deprecation date",
        rationale = """
                On a runtime's deprecation date AWS stops applying security patches and fixes to it; some \
                weeks later Lambda blocks creating functions on it, then updating them, so the next \
                deployment that touches the function fails. The dates come from a dated table shipped \
                with lambdalint (`lambdalint --version` prints its as-of date); `--date` fixes the day \
                that counts as today, so that CI runs are reproducible.""",
        fix = "Move the function to the successor runtime the message names (or another supported one) and test it there.",
        example = """
                Properties:
                  Runtime: python3.13""",
        tags = {"runtime", "security"})
public final class RuntimeDeprecated implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LocalDate today = context.today();
        for (FunctionView fn : template.functions()) {
            for (StringCandidate runtime : template.strings(fn.runtime())) {
                Optional<RuntimeLifecycle> life = context.runtimes().find(runtime.value());
                Optional<LocalDate> deprecated = life.flatMap(RuntimeLifecycle::deprecated);
                if (deprecated.isEmpty() || deprecated.get().isAfter(today)) {
                    continue;
                }
                out.report(this, fn, runtime.pointer(), String.format(
                        "Function %s uses runtime %s, deprecated on %s: it no longer gets security patches%s; move to %s",
                        fn.logicalId(), runtime.value(), deprecated.get(), blocks(life.get(), today),
                        life.get().successor().orElse("a supported runtime")));
            }
        }
    }

    /** When Lambda stops accepting deployments, the date that makes this urgent. */
    private static String blocks(RuntimeLifecycle life, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        life.blockCreate().ifPresent(d -> sb.append(", creating functions on it ").append(blocked(d, today)));
        life.blockUpdate().ifPresent(d -> sb.append(sb.length() == 0 ? ", updating functions on it " : ", updating them ")
                .append(blocked(d, today)));
        return sb.toString();
    }

    private static String blocked(LocalDate day, LocalDate today) {
        return (day.isAfter(today) ? "is blocked from " : "is blocked since ") + day;
    }
}
