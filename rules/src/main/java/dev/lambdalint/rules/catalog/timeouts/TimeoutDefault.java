package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;

@RuleInfo(
        id = "LL502",
        name = "timeout-default",
        severity = Severity.INFO,
        summary = "Timeout not set, so the function stops after the 3 second default",
        rationale = """
                A function that never sets Timeout (neither on the resource nor in SAM Globals) is stopped \
                after 3 seconds. That is rarely a decision: a slow dependency, a cold start with a large \
                package, or a bigger input than in the tests turns into a timeout error. Setting it says how \
                long the function may run and makes the comparison with its callers (an API's 29 seconds, a \
                queue's visibility timeout) explicit.""",
        fix = "Set Timeout on the function or in SAM Globals: a little above the longest run you expect, and below the timeout of whatever waits for it.",
        example = """
                Globals:
                  Function:
                    Timeout: 10""",
        tags = {"timeouts"})
public final class TimeoutDefault implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int seconds = context.policy().limits().timeoutDefaultSeconds();
        for (FunctionView fn : template.functions()) {
            if (fn.lacks("Timeout")) {
                out.report(this, fn, fn.pointer(), String.format(
                        "Function %s does not set Timeout: it is stopped after the %d s default", fn.logicalId(), seconds));
                continue;
            }
            // Timeout: !If [IsProd, 30, !Ref AWS::NoValue] is unset whenever the condition is false.
            for (Value unset : template.noValueBranches(fn.timeout())) {
                out.report(this, fn, unset.pointer(), String.format(
                        "Function %s leaves Timeout unset here (AWS::NoValue): it is stopped after the %d s default",
                        fn.logicalId(), seconds));
            }
        }
    }
}
