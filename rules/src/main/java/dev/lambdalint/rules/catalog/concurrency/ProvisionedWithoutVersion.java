package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.Optional;

@RuleInfo(
        id = "LL305",
        name = "provisioned-without-version",
        severity = Severity.ERROR,
        summary = "SAM ProvisionedConcurrencyConfig without AutoPublishAlias",
        rationale = """
                Provisioned concurrency applies to a published version or an alias, never to $LATEST. SAM \
                refuses the template: "To set ProvisionedConcurrencyConfig AutoPublishAlias must be defined \
                on the function".""",
        fix = "Add AutoPublishAlias (for example live) to the function, or in SAM Globals.",
        example = """
                Properties:
                  AutoPublishAlias: live
                  ProvisionedConcurrencyConfig:
                    ProvisionedConcurrentExecutions: 5""",
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "sam"})
public final class ProvisionedWithoutVersion implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            if (!fn.isSam()) {
                continue;
            }
            Optional<Value> provisioned = fn.property("ProvisionedConcurrencyConfig");
            if (provisioned.isPresent() && fn.lacks("AutoPublishAlias")) {
                out.report(this, fn, provisioned.get().pointer(), String.format(
                        "Function %s sets ProvisionedConcurrencyConfig without AutoPublishAlias: SAM rejects it, provisioned concurrency cannot apply to $LATEST",
                        fn.logicalId()));
            }
        }
    }
}
