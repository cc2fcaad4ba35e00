package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;

@RuleInfo(
        id = "LL711",
        name = "recursive-loop-allowed",
        severity = Severity.WARNING,
        summary = "RecursiveLoop: Allow turns off Lambda's detection of functions that invoke themselves",
        rationale = """
                A function that writes to the queue, topic or bucket that invokes it can loop without end, \
                each round billed, until someone notices the bill. Lambda detects such loops through SQS, \
                SNS and S3 and stops them after about 16 rounds (RecursiveLoop: Terminate, the default). \
                RecursiveLoop: Allow turns that protection off; keep it only for a function that loops on \
                purpose and bounds the loop itself, and say so in a suppression.""",
        fix = "Remove RecursiveLoop (the default is Terminate), or suppress this finding with the reason the loop is intended and how it ends.",
        example = """
                Properties:
                  RecursiveLoop: Terminate""",
        tags = {"reliability", "cost"})
public final class RecursiveLoopAllowed implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (StringCandidate value : template.strings(fn.property("RecursiveLoop"))) {
                if (value.value().equals("Allow")) {
                    out.report(this, fn, value.pointer(), String.format(
                            "Function %s sets RecursiveLoop: Allow: Lambda no longer stops it when it invokes itself through SQS, SNS or S3",
                            fn.logicalId()));
                }
            }
        }
    }
}
