package dev.lambdalint.rules.catalog.storage;

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
        id = "LL201",
        name = "ephemeral-storage-out-of-range",
        severity = Severity.ERROR,
        summary = "EphemeralStorage.Size outside the 512 to 10,240 MB that Lambda accepts",
        rationale = """
                A function's /tmp is 512 MB by default and can be set from 512 MB to 10,240 MB \
                (AWS::Lambda::Function EphemeralStorage). CloudFormation rejects any other size.""",
        fix = "Set EphemeralStorage.Size between 512 and 10240, or remove it to get the free 512 MB.",
        example = """
                Properties:
                  EphemeralStorage:
                    Size: 1024""",
        webFunctions = WebFunctionScope.NO_EPHEMERAL_STORAGE,
        tags = {"storage", "limits"})
public final class EphemeralStorageOutOfRange implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        for (FunctionView fn : template.functions()) {
            for (IntegerCandidate size : template.integers(fn.property("EphemeralStorage"), "Size")) {
                if (size.value() < limits.ephemeralStorageMinMb() || size.value() > limits.ephemeralStorageMaxMb()) {
                    out.report(this, fn, size.pointer(), String.format(
                            "Function %s has EphemeralStorage.Size %d MB, outside the %d to %d MB that Lambda accepts: the deployment fails",
                            fn.logicalId(), size.value(), limits.ephemeralStorageMinMb(), limits.ephemeralStorageMaxMb()));
                }
            }
        }
    }
}
