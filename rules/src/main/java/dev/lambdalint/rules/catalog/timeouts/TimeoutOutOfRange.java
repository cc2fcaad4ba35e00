package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.LambdaLimits;

@RuleInfo(
        id = "LL501",
        name = "timeout-out-of-range",
        severity = Severity.ERROR,
        summary = "Timeout outside the 1 to 900 seconds that Lambda accepts",
        rationale = """
                A standard function runs for at most 900 seconds (15 minutes) and at least 1 second; \
                CloudFormation rejects any other Timeout and the stack update rolls back. Functions on Lambda \
                Managed Instances (CapacityProviderConfig) may run longer than 900 seconds, so only the lower \
                bound applies to them.""",
        fix = "Set Timeout between 1 and 900. Work that needs longer belongs in Step Functions, ECS or Batch, or split into smaller invocations.",
        example = """
                Properties:
                  Timeout: 60""",
        tags = {"timeouts", "limits"})
public final class TimeoutOutOfRange implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        for (FunctionView fn : template.functions()) {
            for (IntegerCandidate timeout : template.integers(fn.timeout())) {
                boolean tooLow = timeout.value() < limits.timeoutMinSeconds();
                // Lambda Managed Instances have no 15-minute cap (cfn-lint E3717).
                boolean tooHigh = timeout.value() > limits.timeoutMaxSeconds() && !fn.isManagedInstance();
                if (tooLow || tooHigh) {
                    out.report(this, fn, timeout.pointer(), String.format(
                            "Function %s has Timeout %d s, outside the %d to %d s that Lambda accepts: the deployment fails",
                            fn.logicalId(), timeout.value(), limits.timeoutMinSeconds(), limits.timeoutMaxSeconds()));
                }
            }
        }
    }
}
