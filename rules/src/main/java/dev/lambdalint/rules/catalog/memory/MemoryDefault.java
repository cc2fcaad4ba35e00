package dev.lambdalint.rules.catalog.memory;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.policy.LambdaLimits;
import java.util.Locale;

@RuleInfo(
        id = "LL102",
        name = "memory-default",
        severity = Severity.WARNING,
        summary = "MemorySize not set, so the function gets 128 MB and about 0.07 vCPU",
        rationale = """
                Memory is Lambda's CPU dial: a function gets CPU in proportion to its memory, one full vCPU \
                at 1,769 MB. A function that never sets MemorySize (neither on the resource nor in SAM \
                Globals) runs with the 128 MB default, about 7 % of a vCPU: cold starts and every request \
                are slow, and the duration bill is often higher than with more memory.""",
        fix = "Set MemorySize on the function or in SAM Globals; measure with a power-tuning run, 512 to 1769 MB is a common start.",
        example = """
                Globals:
                  Function:
                    MemorySize: 1024""",
        webFunctions = WebFunctionScope.NO_MEMORY,
        tags = {"memory", "performance"})
public final class MemoryDefault implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        double vcpu = (double) limits.memoryDefaultMb() / limits.mbPerVcpu();
        for (FunctionView fn : template.functions()) {
            if (fn.isManagedInstance()) {
                continue;
            }
            if (fn.lacks("MemorySize")) {
                out.report(this, fn, fn.pointer(), String.format(Locale.US,
                        "Function %s does not set MemorySize: it gets the %d MB default, about %.2f vCPU",
                        fn.logicalId(), limits.memoryDefaultMb(), vcpu));
                continue;
            }
            // MemorySize: !If [IsProd, 2048, !Ref AWS::NoValue] is unset whenever the condition is false.
            for (Value unset : template.noValueBranches(fn.memorySize())) {
                out.report(this, fn, unset.pointer(), String.format(Locale.US,
                        "Function %s leaves MemorySize unset here (AWS::NoValue): it gets the %d MB default, about %.2f vCPU",
                        fn.logicalId(), limits.memoryDefaultMb(), vcpu));
            }
        }
    }
}
