package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;
import java.util.Map;

@RuleInfo(
        id = "LL611",
        name = "architectures-invalid",
        severity = Severity.ERROR,
        summary = "Architectures with more than one item or a value other than x86_64 or arm64: the deployment fails",
        rationale = """
                Architectures is a list, but Lambda takes exactly one item, x86_64 (the default) or arm64; \
                any other value, or a second item, fails the deployment. The second item often comes \
                unseen from SAM Globals: SAM concatenates a Globals list with the function's own, so \
                Architectures: [arm64] in Globals and [x86_64] on one function give that function \
                [arm64, x86_64]. The finding is at the item that makes the list invalid (the second \
                one, or the unknown value).""",
        fix = """
                Give the function exactly one architecture. To override a Globals architecture on one \
                function, leave it out of Globals and set it per function, or opt the function out with \
                IgnoreGlobals: [Architectures].""",
        example = """
                Properties:
                  Architectures:
                    - arm64""",
        tags = {"architecture", "limits"})
public final class ArchitecturesInvalid implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (Map.Entry<String, List<String>> fault : ArchitectureList.faults(template, fn).entrySet()) {
                out.report(this, fn, fault.getKey(), String.format("Function %s: Architectures %s: the deployment fails",
                        fn.logicalId(), String.join("; it ", fault.getValue())));
            }
        }
    }
}
