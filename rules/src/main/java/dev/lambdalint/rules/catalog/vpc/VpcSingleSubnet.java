package dev.lambdalint.rules.catalog.vpc;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;

@RuleInfo(
        id = "LL402",
        name = "vpc-single-subnet",
        severity = Severity.WARNING,
        summary = "VpcConfig with exactly one subnet, so the function lives in one Availability Zone",
        rationale = """
                A subnet lies in one Availability Zone. A function attached to one subnet stops when that \
                zone has trouble, and its IP addresses come from one range. AWS Config \
                (lambda-vpc-multi-az-check) and Security Hub (Lambda.5) mark such functions non-compliant.""",
        fix = "List at least two subnets in different Availability Zones in VpcConfig.SubnetIds.",
        example = """
                VpcConfig:
                  SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                  SecurityGroupIds: [!Ref FunctionSecurityGroup]""",
        webFunctions = WebFunctionScope.NO_VPC,
        tags = {"vpc", "reliability"})
public final class VpcSingleSubnet implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (VpcConfigShape vpc : VpcConfigShape.of(template, fn.vpcConfig())) {
                for (VpcConfigShape.Count subnets : vpc.subnets()) {
                    if (subnets.size() == 1) {
                        out.report(this, fn, subnets.at().pointer(), String.format(
                                "Function %s is attached to one subnet, so to one Availability Zone: an outage there stops it",
                                fn.logicalId()));
                    }
                }
            }
        }
    }
}
