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
        id = "LL202",
        name = "ephemeral-storage-above-policy",
        severity = Severity.WARNING,
        summary = "EphemeralStorage.Size above the policy maximum",
        rationale = """
                Every MB of /tmp above the free 512 MB is billed for every invocation, whether the function \
                writes to it or not. Large sizes are often copied from an example or set "to be safe". The \
                policy maximum is 2,048 MB by default.""",
        fix = "Lower EphemeralStorage.Size to what the function writes to /tmp; when it really needs more, suppress this rule with the reason.",
        example = """
                Properties:
                  EphemeralStorage:
                    Size: 1024""",
        webFunctions = WebFunctionScope.NO_EPHEMERAL_STORAGE,
        tags = {"storage", "cost", "policy"})
public final class EphemeralStorageAbovePolicy implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        int maximum = context.policy().ephemeralStorage().maximumMb();
        for (FunctionView fn : template.functions()) {
            for (IntegerCandidate size : template.integers(fn.property("EphemeralStorage"), "Size")) {
                boolean inRange = size.value() >= limits.ephemeralStorageMinMb() && size.value() <= limits.ephemeralStorageMaxMb();
                if (inRange && size.value() > maximum) {
                    out.report(this, fn, size.pointer(), String.format(
                            "Function %s has EphemeralStorage.Size %d MB, above the policy maximum of %d MB: the %d MB above 512 are billed on every invocation",
                            fn.logicalId(), size.value(), maximum, size.value() - limits.ephemeralStorageMinMb()));
                }
            }
        }
    }
}
