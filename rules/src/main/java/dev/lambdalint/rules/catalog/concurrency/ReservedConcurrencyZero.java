package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;

@RuleInfo(
        id = "LL302",
        name = "reserved-concurrency-zero",
        severity = Severity.WARNING,
        summary = "ReservedConcurrentExecutions is 0, so every invocation is throttled",
        rationale = """
                Reserved concurrency 0 is Lambda's off switch: "To throttle a function, set the reserved \
                concurrency to zero." Every invocation fails with a throttling error. It is right during an \
                incident, rarely in a template that is meant to run.""",
        fix = "Set ReservedConcurrentExecutions to the concurrency the function needs; if it is switched off on purpose, suppress this rule with the reason.",
        example = """
                Properties:
                  ReservedConcurrentExecutions: 10""",
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "reliability"})
public final class ReservedConcurrencyZero implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (IntegerCandidate reserved : template.integers(fn.reservedConcurrency())) {
                if (reserved.value() == 0) {
                    out.report(this, fn, reserved.pointer(), String.format(
                            "Function %s has ReservedConcurrentExecutions 0: every invocation is throttled",
                            fn.logicalId()));
                }
            }
        }
    }
}
