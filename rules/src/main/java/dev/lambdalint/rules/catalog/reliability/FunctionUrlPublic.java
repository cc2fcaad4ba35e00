package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;

@RuleInfo(
        id = "LL709",
        name = "function-url-public",
        severity = Severity.WARNING,
        summary = "A function URL with AuthType NONE can be invoked by anyone on the internet",
        rationale = """
                A function URL with AuthType: NONE takes unsigned requests from anywhere: every caller on the \
                internet can invoke the function, and every invocation is billed to the account. That is \
                right for a public webhook or site that checks its callers itself, and wrong everywhere \
                else. AWS_IAM requires SigV4-signed requests from principals the resource policy allows; put \
                CloudFront with origin access control in front when browsers must reach it.""",
        fix = "Use AuthType: AWS_IAM (behind CloudFront with origin access control for public traffic), or suppress this finding with the reason the URL is public and how callers are checked.",
        example = """
                Properties:
                  FunctionUrlConfig:
                    AuthType: AWS_IAM""",
        tags = {"security", "function-url"})
public final class FunctionUrlPublic implements TemplateRule {
    private static final String URL = "AWS::Lambda::Url";

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (Resource r : template.resources()) {
            if (!r.is(URL)) {
                continue;
            }
            for (StringCandidate auth : template.strings(r.property("AuthType"))) {
                if (auth.value().equals("NONE")) {
                    out.report(this, r.logicalId(), auth.pointer(), String.format(
                            "Function URL %s has AuthType: NONE: anyone on the internet can invoke the function",
                            r.logicalId()));
                }
            }
        }
        for (FunctionView fn : template.functions()) {
            for (Value config : template.candidates(fn.property("FunctionUrlConfig"))) {
                for (StringCandidate auth : template.strings(config.get("AuthType"))) {
                    if (auth.value().equals("NONE")) {
                        out.report(this, fn, auth.pointer(), String.format(
                                "Function %s has a function URL with AuthType: NONE: anyone on the internet can invoke it",
                                fn.logicalId()));
                    }
                }
            }
        }
    }
}
