package dev.lambdalint.rules.catalog.memory;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.LambdaLimits;

@RuleInfo(
        id = "LL101",
        name = "memory-out-of-range",
        severity = Severity.ERROR,
        summary = "MemorySize outside the 128 to 10,240 MB that Lambda accepts (32,768 MB on Lambda Managed Instances)",
        rationale = """
                Lambda accepts MemorySize from 128 MB to 10,240 MB in 1 MB steps for a standard function, \
                and up to 32,768 MB for a function on Lambda Managed Instances (CapacityProviderConfig); \
                CloudFormation rejects anything else and the stack update rolls back. The limits are \
                policy.lambdaLimits.memoryMaxMb and managedInstanceMemoryMaxMb, for when AWS raises them.""",
        fix = "Set MemorySize between 128 and 10240. Memory also sets CPU: 1,769 MB buys one full vCPU.",
        example = """
                Properties:
                  MemorySize: 1024""",
        webFunctions = WebFunctionScope.NO_MEMORY,
        tags = {"memory", "limits"})
public final class MemoryOutOfRange implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        for (FunctionView fn : template.functions()) {
            boolean managed = fn.isManagedInstance();
            int max = limits.memoryMaxMb(managed);
            for (IntegerCandidate memory : template.integers(fn.memorySize())) {
                if (memory.value() < limits.memoryMinMb() || memory.value() > max) {
                    out.report(this, fn, memory.pointer(), String.format(
                            "Function %s has MemorySize %d MB, outside the %d to %d MB that Lambda accepts%s: the deployment fails",
                            fn.logicalId(), memory.value(), limits.memoryMinMb(), max,
                            managed ? " on Lambda Managed Instances (CapacityProviderConfig)" : ""));
                }
            }
        }
    }
}
