package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;
import java.util.Locale;

@RuleInfo(
        id = "LL802",
        name = "observed-timeout",
        severity = Severity.ERROR,
        summary = "The logs show invocations that hit the function's timeout",
        rationale = """
                An invocation that reaches Timeout is stopped mid-work (Task timed out after N seconds, or \
                Status: timeout in the REPORT line): its caller gets an error, a queue message comes back, a \
                stream retries the batch, and the whole time is billed. One timeout in the evidence means \
                the setting and the work disagree. Only runs with --evidence.""",
        fix = "Find why the slow invocations are slow (a downstream call without its own timeout, too little memory and so CPU), then set Timeout a little above the longest legitimate run.",
        example = """
                Properties:
                  Timeout: 30   # p99 Duration was 24 s; 3 invocations hit the old 10 s""",
        tags = {"evidence", "timeouts", "reliability"})
public final class ObservedTimeout extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        Observed seen = o.observed();
        if (seen.timeouts() == 0) {
            return;
        }
        List<Observation.Setting> timeouts = o.settings(template, o.fn().timeout(), "Timeout",
                context.policy().limits().timeoutDefaultSeconds());
        String pointer = timeouts.isEmpty() ? o.pointerOf(o.fn().timeout()) : timeouts.get(0).pointer();
        String setting = timeouts.size() == 1
                ? String.format(Locale.ROOT, " of %d s%s", timeouts.get(0).value(), timeouts.get(0).isDefault() ? " (the default)" : "")
                : "";
        out.report(this, o.fn(), pointer, String.format(Locale.ROOT,
                "Function %s hit its timeout%s in %s of %s invocations%s (longest Duration %s)",
                o.fn().logicalId(), setting, Observation.count(seen.timeouts()), Observation.count(seen.invocations()),
                o.dates(), Observation.ms(seen.duration().max())),
                o.evidence("timeouts", seen.timeouts(), "maxDurationMs", Observation.round(seen.duration().max())));
    }
}
