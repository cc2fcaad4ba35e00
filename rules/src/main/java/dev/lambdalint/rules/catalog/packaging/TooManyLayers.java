package dev.lambdalint.rules.catalog.packaging;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.Arrays;
import java.util.Optional;

@RuleInfo(
        id = "LL607",
        name = "too-many-layers",
        severity = Severity.ERROR,
        summary = "More than the 5 layers Lambda allows a function",
        rationale = """
                A function can use at most 5 layers (Lambda quotas); CloudFormation rejects a sixth and \
                the deployment fails. SAM Globals layers are added before the function's own, so a \
                function with a few layers of its own can cross the limit through Globals.""",
        fix = "Merge layers, or bundle their content into the function's package or a container image.",
        example = """
                Properties:
                  Layers:
                    - !Ref CommonDepsLayer
                    - arn:aws:lambda:us-east-1:123456789012:layer:observability:12""",
        tags = {"package", "limits"})
public final class TooManyLayers implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int max = context.policy().limits().layersMax();
        for (FunctionView fn : template.functions()) {
            for (Value list : template.candidates(fn.layers())) {
                int count = count(template, list);
                if (count > max) {
                    out.report(this, fn, list.pointer(), String.format(
                            "Function %s uses %d layers, more than the %d Lambda allows: the deployment fails",
                            fn.logicalId(), count, max));
                }
            }
        }
    }

    /** Layers the list surely holds: an entry that an Fn::If may leave out (AWS::NoValue) is not counted. */
    private static int count(TemplateModel template, Value list) {
        if (list.isList()) {
            int n = 0;
            for (Value entry : list.items()) {
                if (!Intrinsics.isNoValue(entry.node()) && template.noValueBranches(Optional.of(entry)).isEmpty()) {
                    n++;
                }
            }
            return n;
        }
        if (list.node().isTextual()) {
            // a CommaDelimitedList parameter's Default
            return (int) Arrays.stream(list.node().asText().split(",")).filter(s -> !s.isBlank()).count();
        }
        return 0;
    }
}
