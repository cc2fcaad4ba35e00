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

@RuleInfo(
        id = "LL301",
        name = "reserved-concurrency-missing",
        severity = Severity.WARNING,
        summary = "No ReservedConcurrentExecutions, so one burst can throttle every function in the account",
        rationale = """
                All functions of an account and Region share one concurrency pool (1,000 by default). A \
                function without reserved concurrency can take all of it: one bulk S3 upload or a queue \
                backlog scales it up, and every other function, including the ones users are waiting on, \
                is throttled. Reserved concurrency is both a guarantee and a ceiling for the function. A \
                function that serves only as a custom-resource or macro handler (a ServiceToken, an \
                AWS::CloudFormation::Macro, a CDK Provider's user handler) and is invoked by nothing else runs a \
                few times per deployment: it is not flagged.""",
        fix = "Set ReservedConcurrentExecutions to the most this function may run at once; the sum over all functions must leave 100 unreserved.",
        example = """
                Properties:
                  ReservedConcurrentExecutions: 50""",
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "reliability"})
public final class ReservedConcurrencyMissing implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            // CloudFormation runs a custom-resource or macro handler a few times per deployment.
            if (template.isDeploymentHandler(fn.logicalId())) {
                continue;
            }
            if (fn.lacks("ReservedConcurrentExecutions")) {
                out.report(this, fn, fn.pointer(), String.format(
                        "Function %s has no ReservedConcurrentExecutions: one burst can take the account's whole concurrency pool and throttle every other function",
                        fn.logicalId()));
                continue;
            }
            // !If [IsProd, 50, !Ref AWS::NoValue]: outside production the property is gone.
            for (Value branch : template.noValueBranches(fn.reservedConcurrency())) {
                out.report(this, fn, branch.pointer(), String.format(
                        "Function %s has no ReservedConcurrentExecutions where it is AWS::NoValue: one burst can take the account's whole concurrency pool and throttle every other function",
                        fn.logicalId()));
            }
        }
    }
}
