package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.EvidencePolicy;
import java.util.Locale;

@RuleInfo(
        id = "LL805",
        name = "cold-start-heavy",
        severity = Severity.WARNING,
        summary = "Many invocations are cold starts and their INIT is slow",
        rationale = """
                A REPORT line with Init Duration (or Restore Duration, for SnapStart) is a cold start: the \
                caller waited for the runtime and the handler's module to load, and since August 2025 the \
                INIT phase of on-demand functions is billed too. When cold starts are at least \
                policy.evidence.coldStartPercent of invocations (5 % by default) and their p95 Init Duration \
                at least policy.evidence.coldStartInitMs (1,000 ms), users feel it. Needs \
                policy.evidence.minimumInvocations invocations (20). Only runs with --evidence.""",
        fix = "Shorten INIT (lazy-load what the first request does not need, a smaller package, more memory for CPU), use SnapStart where the runtime supports it, or provisioned concurrency for steady traffic.",
        example = """
                Properties:
                  Runtime: java21
                  SnapStart: {ApplyOn: PublishedVersions}
                  AutoPublishAlias: live""",
        tags = {"evidence", "cold-start", "performance"})
public final class ColdStartHeavy extends EvidenceRule {

    @Override
    void judge(Observation o, TemplateModel template, LintContext context, Findings out) {
        EvidencePolicy policy = context.policy().evidence();
        Observed seen = o.observed();
        if (seen.invocations() < policy.minimumInvocations() || seen.init().isEmpty()) {
            return;
        }
        double share = seen.coldStartShare();
        if (share * 100 < policy.coldStartPercent() || seen.init().p95() < policy.coldStartInitMs()) {
            return;
        }
        out.report(this, o.fn(), o.fn().pointer(), String.format(Locale.ROOT,
                "Function %s: %s of %s invocations were cold starts (%s), p95 Init Duration %s%s",
                o.fn().logicalId(), Observation.count(seen.coldStarts()), Observation.count(seen.invocations()),
                Observation.percent(share), Observation.ms(seen.init().p95()), o.dates()),
                o.evidence("coldStarts", seen.coldStarts(), "coldStartPercent", Observation.round(share * 100),
                        "p95InitMs", Observation.round(seen.init().p95())));
    }
}
