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
        summary = "Timeout outside the 1 to 900 seconds that Lambda accepts (5,400 s on Lambda Managed Instances)",
        rationale = """
                A standard function runs for at most 900 seconds (15 minutes) and at least 1 second; a \
                function on Lambda Managed Instances (CapacityProviderConfig) for at most 5,400 seconds \
                (90 minutes). CloudFormation rejects any other Timeout and the stack update rolls back. The \
                limits are policy.lambdaLimits.timeoutMaxSeconds and managedInstanceTimeoutMaxSeconds.""",
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
            boolean managed = fn.isManagedInstance();
            int max = limits.timeoutMaxSeconds(managed);
            for (IntegerCandidate timeout : template.integers(fn.timeout())) {
                if (timeout.value() < limits.timeoutMinSeconds() || timeout.value() > max) {
                    out.report(this, fn, timeout.pointer(), String.format(
                            "Function %s has Timeout %d s, outside the %d to %d s that Lambda accepts%s: the deployment fails",
                            fn.logicalId(), timeout.value(), limits.timeoutMinSeconds(), max,
                            managed ? " on Lambda Managed Instances (CapacityProviderConfig)" : ""));
                }
            }
        }
    }
}
