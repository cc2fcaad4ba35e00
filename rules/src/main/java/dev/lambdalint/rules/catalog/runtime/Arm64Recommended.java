package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.runtime.RuntimeLifecycle;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL608",
        name = "arm64-recommended",
        severity = Severity.INFO,
        summary = "Function on x86_64 (or no Architectures), while arm64 costs 20 % less per GB-second",
        rationale = """
                Lambda bills arm64 (Graviton) duration and provisioned concurrency about 20 % lower than \
                x86_64, and every supported runtime runs on both. Architectures defaults to x86_64, so a \
                function that never chooses pays the higher price. Code with native x86 binaries (some \
                Python wheels, a Go or Rust binary built for amd64) must be rebuilt for arm64 first. \
                Not flagged: Lambda@Edge functions (associated with a CloudFront distribution of the same \
                template), which must stay on x86_64; runtimes Lambda never offered on arm64 (java8 on \
                Amazon Linux 1, provided, go1.x, nodejs10.x and older, python3.7 and older, \
                dotnetcore2.1, ruby2.5), where arm64 fails the deployment and the runtime must change \
                first (LL601, LL609); and an invalid Architectures list, which LL611 reports.""",
        fix = "Set Architectures: [arm64] (rebuild native dependencies for arm64), or suppress with the reason the function needs x86_64.",
        example = """
                Properties:
                  Architectures:
                    - arm64""",
        tags = {"cost", "architecture"})
public final class Arm64Recommended implements TemplateRule {
    private static final String X86 = "x86_64";

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            // Managed Instances run on the capacity provider's instance types, priced per instance;
            // Lambda@Edge runs x86_64 functions only.
            if (fn.isManagedInstance() || template.isEdgeFunction(fn.logicalId())) {
                continue;
            }
            // Where arm64 would fail the deployment the advice does not fit; an invalid list is LL611's.
            if (notOfferedOnArm64(template, context, fn) || !ArchitectureList.faults(template, fn).isEmpty()) {
                continue;
            }
            if (fn.lacks("Architectures")) {
                report(template, fn, fn.pointer(), "sets no Architectures, so it runs on x86_64", out);
                continue;
            }
            for (Value unset : template.noValueBranches(fn.architectures())) {
                report(template, fn, unset.pointer(), "leaves Architectures unset here (AWS::NoValue), so it runs on x86_64", out);
            }
            for (Value list : template.candidates(fn.architectures())) {
                List<Value> items = list.isList() ? list.items() : List.of(list);
                for (Value item : items) {
                    for (StringCandidate arch : template.strings(Optional.of(item))) {
                        // A CommaDelimitedList parameter gives its Default as one string.
                        if (List.of(arch.value().split(",")).stream().anyMatch(a -> a.trim().equals(X86))) {
                            report(template, fn, arch.pointer(), "runs on x86_64", out);
                        }
                    }
                }
            }
        }
    }

    /** True when some runtime the function may have was never offered on arm64. */
    private static boolean notOfferedOnArm64(TemplateModel template, LintContext context, FunctionView fn) {
        return template.strings(fn.runtime()).stream().anyMatch(runtime ->
                !context.runtimes().find(runtime.value()).map(RuntimeLifecycle::offeredOnArm64).orElse(true));
    }

    private void report(TemplateModel template, FunctionView fn, String pointer, String what, Findings out) {
        out.report(this, fn, pointer, String.format(
                "Function %s %s: arm64 costs 20 %% less per GB-second", fn.logicalId(), what));
    }
}
