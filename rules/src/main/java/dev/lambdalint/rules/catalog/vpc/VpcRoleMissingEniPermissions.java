package dev.lambdalint.rules.catalog.vpc;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.SubTemplate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.policy.RuntimeGlob;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "LL403",
        name = "vpc-role-missing-eni-permissions",
        severity = Severity.ERROR,
        summary = "A VPC function's execution role cannot create its network interfaces",
        rationale = """
                To reach a VPC, Lambda creates network interfaces with the function's execution role, which \
                needs ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and \
                ec2:DeleteNetworkInterface (all in the managed policy AWSLambdaVPCAccessExecutionRole). \
                Without them the deployment fails. SAM adds that policy itself when it creates the role, so \
                only roles written in the template are judged.""",
        fix = "Add arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole to the role's ManagedPolicyArns, or grant the three ec2 actions.",
        example = """
                FunctionRole:
                  Type: AWS::IAM::Role
                  Properties:
                    ManagedPolicyArns:
                      - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole""",
        webFunctions = WebFunctionScope.NO_VPC,
        tags = {"vpc", "iam"})
public final class VpcRoleMissingEniPermissions implements TemplateRule {
    private static final List<String> ENI_ACTIONS = List.of(
            "ec2:createnetworkinterface", "ec2:describenetworkinterfaces", "ec2:deletenetworkinterface");
    /**
     * AWS managed policies that grant the three actions: the two Lambda ENI policies, and the broad
     * ones that allow all of EC2 (PowerUserAccess allows everything but IAM and Organizations).
     */
    private static final Set<String> ENI_MANAGED_POLICIES = Set.of(
            "AWSLambdaVPCAccessExecutionRole", "AWSLambdaENIManagementAccess",
            "AdministratorAccess", "PowerUserAccess", "AmazonEC2FullAccess");

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            boolean inVpc = VpcConfigShape.of(template, fn.vpcConfig()).stream().anyMatch(VpcConfigShape::hasSubnets);
            if (!inVpc || fn.role().isEmpty()) {
                continue;
            }
            Optional<Resource> role = template.references(fn.role().get().node()).stream()
                    .map(template::resource)
                    .flatMap(Optional::stream)
                    .filter(r -> r.is("AWS::IAM::Role"))
                    .findFirst();
            if (role.isEmpty()) {
                continue;
            }
            Grant grant = grants(template, role.get());
            if (grant == Grant.MISSING) {
                out.report(this, fn, fn.role().get().pointer(), String.format(
                        "Function %s is in a VPC but its role %s grants neither AWSLambdaVPCAccessExecutionRole nor ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface",
                        fn.logicalId(), role.get().logicalId()));
            }
        }
    }

    private enum Grant { GRANTED, MISSING, UNKNOWN }

    private static Grant grants(TemplateModel template, Resource role) {
        boolean unknown = false;
        Optional<Value> arns = role.property("ManagedPolicyArns");
        if (arns.isPresent()) {
            if (!arns.get().isList()) {
                unknown = true;
            }
            for (Value arn : arns.get().items()) {
                String text = staticText(template, arn);
                if (text == null) {
                    // An ARN from a parameter or import could be any policy.
                    boolean customerPolicy = template.references(arn.node()).stream()
                            .map(template::resource).flatMap(Optional::stream)
                            .anyMatch(r -> r.is("AWS::IAM::ManagedPolicy"));
                    unknown |= !customerPolicy;
                } else {
                    // The policy name is what follows the last '/' (after service-role/ or job-function/).
                    String name = text.substring(text.lastIndexOf('/') + 1);
                    boolean awsManaged = text.contains(":iam::aws:policy/");
                    if (awsManaged && ENI_MANAGED_POLICIES.contains(name)) {
                        return Grant.GRANTED;
                    }
                    // A customer managed policy of the account, or a name that is not all literal
                    // (policy/${PolicyName}): its statements are not in this template.
                    unknown |= !awsManaged || name.indexOf('\u0000') >= 0;
                }
            }
        }
        boolean[] granted = new boolean[ENI_ACTIONS.size()];
        for (Value document : template.policyDocumentsOf(role.logicalId())) {
            Optional<Value> statements = document.get("Statement");
            if (statements.isEmpty()) {
                unknown = true;
                continue;
            }
            List<Value> list = statements.get().isList() ? statements.get().items() : List.of(statements.get());
            for (Value statement : list) {
                if (!statement.isMapping()) {
                    unknown = true;
                    continue;
                }
                if (!"Allow".equals(statement.get("Effect").flatMap(Value::text).orElse(""))) {
                    continue;
                }
                for (int i = 0; i < ENI_ACTIONS.size(); i++) {
                    granted[i] |= allows(statement, ENI_ACTIONS.get(i));
                }
                unknown |= statement.get("Action").map(Value::isIntrinsic).orElse(false);
            }
        }
        if (granted[0] && granted[1] && granted[2]) {
            return Grant.GRANTED;
        }
        return unknown ? Grant.UNKNOWN : Grant.MISSING;
    }

    private static boolean allows(Value statement, String action) {
        Optional<Value> actions = statement.get("Action");
        if (actions.isPresent()) {
            return patterns(actions.get()).stream().anyMatch(p -> RuntimeGlob.matches(p, action));
        }
        Optional<Value> notActions = statement.get("NotAction");
        return notActions.isPresent()
                && patterns(notActions.get()).stream().noneMatch(p -> RuntimeGlob.matches(p, action));
    }

    private static List<String> patterns(Value actions) {
        List<Value> items = actions.isList() ? actions.items() : List.of(actions);
        return items.stream()
                .map(Value::text)
                .flatMap(Optional::stream)
                .map(a -> a.toLowerCase(Locale.ROOT).replace('?', '*'))
                .toList();
    }

    /** The literal text of a policy ARN, with Sub variables and Join parts that are not literal left out. */
    private static String staticText(TemplateModel template, Value arn) {
        if (arn.node().isTextual()) {
            return arn.node().asText();
        }
        String fn = Intrinsics.functionName(arn.node());
        if ("Fn::Sub".equals(fn)) {
            var arg = arn.node().get(fn);
            var text = arg.isArray() && arg.size() > 0 ? arg.get(0) : arg;
            return text.isTextual() ? SubTemplate.literalParts(text.asText()) : null;
        }
        if ("Fn::Join".equals(fn)) {
            var arg = arn.node().get(fn);
            if (arg.isArray() && arg.size() == 2 && arg.get(1).isArray()) {
                StringBuilder sb = new StringBuilder();
                for (var part : arg.get(1)) {
                    sb.append(part.isTextual() ? part.asText() : "\u0000");
                }
                return sb.toString();
            }
            return null;
        }
        List<Value> candidates = template.candidates(arn);
        return candidates.size() == 1 && candidates.get(0).node().isTextual() ? candidates.get(0).node().asText() : null;
    }
}
