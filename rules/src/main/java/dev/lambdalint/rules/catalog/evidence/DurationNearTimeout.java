package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.EvidencePolicy;
import java.util.Comparator;
import java.util.Locale;

@RuleInfo(
        id = "LL804",
        name = "duration-near-timeout",
        severity = Severity.WARNING,
        summary = "p99 Duration is close to the function's timeout",
        rationale = """
                When the slowest one in a hundred invocations already takes most of Timeout, a slower \
                dependency or a bigger input turns those into timeouts. The threshold is \
                policy.evidence.nearTimeoutPercent (80 % by default) of the template's Timeout (the largest \
                one when a parameter or condition allows several), over at least \
                policy.evidence.minimumInvocations invocations (20). Not when LL802 already fires. Only runs \
                with --evidence.""",
        fix = "Make the slow invocations faster (more memory buys CPU; give downstream calls their own timeouts), or raise Timeout if the work really takes that long.",
        example = """
                Properties:
                  Timeout: 30   # p99 Duration 9.1 s of the old 10 s""",
        tags = {"evidence", "timeouts", "reliability"})
public final class DurationNearTimeout extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        EvidencePolicy policy = context.policy().evidence();
        Observed seen = o.observed();
        // One fault, one finding: invocations already timed out (LL802).
        if (seen.timeouts() > 0 || seen.invocations() < policy.minimumInvocations() || seen.duration().isEmpty()) {
            return;
        }
        o.settings(template, o.fn().timeout(), "Timeout", context.policy().limits().timeoutDefaultSeconds()).stream()
                .max(Comparator.comparingLong(Observation.Setting::value))
                .filter(timeout -> timeout.value() > 0)
                .ifPresent(timeout -> {
                    double share = seen.duration().p99() / (timeout.value() * 1000.0);
                    if (share * 100 < policy.nearTimeoutPercent()) {
                        return;
                    }
                    out.report(this, o.fn(), timeout.pointer(), String.format(Locale.ROOT,
                            "Function %s: p99 Duration is %s, %s of its %d s timeout%s%s",
                            o.fn().logicalId(), Observation.ms(seen.duration().p99()), Observation.percent(share),
                            timeout.value(), timeout.isDefault() ? " (the default)" : "", o.window()),
                            o.evidence("p99DurationMs", Observation.round(seen.duration().p99()),
                                    "maxDurationMs", Observation.round(seen.duration().max()),
                                    "timeoutSeconds", timeout.value()));
                });
    }
}
