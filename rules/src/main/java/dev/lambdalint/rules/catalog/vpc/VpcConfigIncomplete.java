package dev.lambdalint.rules.catalog.vpc;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.List;

@RuleInfo(
        id = "LL401",
        name = "vpc-config-incomplete",
        severity = Severity.ERROR,
        summary = "VpcConfig with subnets but no security groups, or security groups but no subnets",
        rationale = """
                Lambda attaches a function to a VPC through network interfaces in the given subnets, with \
                the given security groups: it needs both. With only one of them the deployment fails \
                (or, with empty lists on both sides, the function is detached on purpose).""",
        fix = "Give VpcConfig both SubnetIds (two or more, in different Availability Zones) and SecurityGroupIds, or remove VpcConfig.",
        example = """
                VpcConfig:
                  SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                  SecurityGroupIds: [!Ref FunctionSecurityGroup]""",
        webFunctions = WebFunctionScope.NO_VPC,
        tags = {"vpc"})
public final class VpcConfigIncomplete implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (VpcConfigShape vpc : VpcConfigShape.of(template, fn.vpcConfig())) {
                String missing = null;
                if (vpc.hasSubnets() && !vpc.hasSecurityGroups() && !misspelt(fn, vpc, "SecurityGroupIds")) {
                    missing = "subnets but no security groups";
                } else if (vpc.hasSecurityGroups() && !vpc.hasSubnets() && !misspelt(fn, vpc, "SubnetIds")) {
                    missing = "security groups but no subnets";
                }
                if (missing != null) {
                    out.report(this, fn, vpc.config().pointer(), String.format(
                            "Function %s has a VpcConfig with %s: Lambda needs both to attach it to the VPC",
                            fn.logicalId(), missing));
                }
            }
        }
    }

    /** The missing list is written under a misspelt name: LL004 reports that, once. */
    private static boolean misspelt(FunctionView fn, VpcConfigShape vpc, String name) {
        return fn.misspelt(List.of("VpcConfig"), vpc.config(), name);
    }
}
