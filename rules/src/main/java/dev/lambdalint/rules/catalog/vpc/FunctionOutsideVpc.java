package dev.lambdalint.rules.catalog.vpc;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;

@RuleInfo(
        id = "LL404",
        name = "function-outside-vpc",
        severity = Severity.WARNING,
        summary = "The function is not attached to a VPC",
        rationale = """
                Some organisations require every function to run inside a VPC so that its traffic passes \
                their network controls (the same check as cfn_nag W89 and checkov CKV_AWS_117). Most \
                functions do not need a VPC, so this rule is off until a team turns it on.""",
        fix = "Add VpcConfig with SubnetIds in two or more Availability Zones and SecurityGroupIds.",
        example = """
                # .lambdalint.yaml
                rules:
                  LL404: {enabled: true}""",
        enabledByDefault = false,
        webFunctions = WebFunctionScope.NO_VPC,
        tags = {"vpc", "network"})
public final class FunctionOutsideVpc implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            if (fn.lacks("VpcConfig")) {
                out.report(this, fn, fn.pointer(),
                        String.format("Function %s has no VpcConfig: it runs outside the VPC", fn.logicalId()));
                continue;
            }
            // Fn::If by each branch: one that drops VpcConfig, or one that detaches the function.
            for (Value branch : template.noValueBranches(fn.vpcConfig())) {
                out.report(this, fn, branch.pointer(),
                        String.format("Function %s has no VpcConfig where it is AWS::NoValue: it runs outside the VPC", fn.logicalId()));
            }
            for (VpcConfigShape config : VpcConfigShape.of(template, fn.vpcConfig())) {
                if (config.detached()) {
                    out.report(this, fn, config.config().pointer(),
                            String.format("Function %s has a VpcConfig with no subnets: it runs outside the VPC", fn.logicalId()));
                }
            }
        }
    }
}
