package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "LL710",
        name = "function-url-permission-incomplete",
        severity = Severity.ERROR,
        summary = "A function URL permission grants lambda:InvokeFunctionUrl without lambda:InvokeFunction",
        rationale = """
                Since October 2025 a function URL created anew needs two statements in the function's \
                resource policy: lambda:InvokeFunctionUrl and lambda:InvokeFunction for the same principal. \
                With only the first, every request gets 403 Forbidden (urls-auth in the Lambda guide). Templates \
                written before the change grant only lambda:InvokeFunctionUrl; they keep working for URLs \
                that already exist but fail as soon as the URL is created again (a new stack, a new \
                Region, a replaced function). The rule pairs each AWS::Lambda::Permission for \
                lambda:InvokeFunctionUrl with one for lambda:InvokeFunction on the same function and \
                principal in the template.""",
        fix = "Add a second AWS::Lambda::Permission with Action: lambda:InvokeFunction for the same FunctionName and Principal.",
        example = """
                UrlInvokePermission:
                  Type: AWS::Lambda::Permission
                  Properties:
                    Action: lambda:InvokeFunction
                    FunctionName: !Ref Api
                    Principal: '*'""",
        tags = {"function-url", "reliability"})
public final class FunctionUrlPermissionIncomplete implements TemplateRule {
    private static final String PERMISSION = "AWS::Lambda::Permission";
    private static final String INVOKE_URL = "lambda:invokefunctionurl";
    private static final String INVOKE = "lambda:invokefunction";

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        List<Resource> urlGrants = new ArrayList<>();
        List<Resource> invokeGrants = new ArrayList<>();
        for (Resource r : template.resources()) {
            if (!r.is(PERMISSION)) {
                continue;
            }
            List<StringCandidate> actions = template.strings(r.property("Action"));
            if (actions.stream().anyMatch(a -> a.value().toLowerCase(Locale.ROOT).equals(INVOKE_URL))) {
                urlGrants.add(r);
            }
            // An action that cannot be known is taken as the grant it may be.
            if (actions.isEmpty() || actions.stream().anyMatch(a -> grantsInvoke(a.value()))) {
                invokeGrants.add(r);
            }
        }
        for (Resource grant : urlGrants) {
            boolean paired = invokeGrants.stream().anyMatch(other -> sameFunction(template, grant, other) && samePrincipal(grant, other));
            if (!paired) {
                String pointer = grant.property("Action").map(Value::pointer).orElse(grant.pointer());
                out.report(this, grant.logicalId(), pointer, String.format(
                        "Permission %s grants lambda:InvokeFunctionUrl to %s but no permission grants it lambda:InvokeFunction on the same function: a function URL created since October 2025 answers 403",
                        grant.logicalId(), principal(grant).orElse("its principal")));
            }
        }
    }

    private static boolean grantsInvoke(String action) {
        String a = action.toLowerCase(Locale.ROOT);
        return a.equals(INVOKE) || a.equals("lambda:*") || a.equals("*");
    }

    /** The same function in this template, or the same FunctionName as written when it is not one. */
    private static boolean sameFunction(TemplateModel template, Resource a, Resource b) {
        Optional<Value> fa = a.property("FunctionName");
        Optional<Value> fb = b.property("FunctionName");
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        Set<String> ia = template.functionsReferencedBy(fa.get().node());
        Set<String> ib = template.functionsReferencedBy(fb.get().node());
        if (!ia.isEmpty() || !ib.isEmpty()) {
            return ia.stream().anyMatch(ib::contains);
        }
        return fa.get().node().equals(fb.get().node());
    }

    private static boolean samePrincipal(Resource a, Resource b) {
        Optional<Value> pa = a.property("Principal");
        Optional<Value> pb = b.property("Principal");
        return pa.isPresent() && pb.isPresent() && pa.get().node().equals(pb.get().node());
    }

    private static Optional<String> principal(Resource grant) {
        return grant.property("Principal").flatMap(Value::text);
    }
}
