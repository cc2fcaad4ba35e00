package dev.lambdalint.rules.catalog.memory;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.LambdaLimits;
import dev.lambdalint.rules.policy.MemoryPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
        id = "LL103",
        name = "memory-below-policy",
        severity = Severity.WARNING,
        summary = "MemorySize below the policy minimum for the function's runtime",
        rationale = """
                Below a few hundred MB a function gets a small slice of one vCPU; runtimes with a heavy \
                start-up (the JVM, .NET) need more still, or every cold start takes seconds. The policy sets \
                a minimum (256 MB by default) and stricter minimums per runtime (java* 1024 MB, dotnet* \
                512 MB), which a team can change in .lambdalint.yaml.""",
        fix = "Raise MemorySize to at least the policy minimum, or lower the minimum in .lambdalint.yaml if the team has measured that less is enough.",
        example = """
                Properties:
                  Runtime: java21
                  MemorySize: 1024""",
        webFunctions = WebFunctionScope.NO_MEMORY,
        tags = {"memory", "performance", "policy"})
public final class MemoryBelowPolicy implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        MemoryPolicy policy = context.policy().memory();
        for (FunctionView fn : template.functions()) {
            List<StringCandidate> runtimes = template.strings(fn.runtime());
            // With several possible runtimes, judge by the most demanding one.
            Optional<String> runtime = Optional.empty();
            int minimum = policy.minimumFor(Optional.empty());
            for (StringCandidate r : runtimes) {
                int m = policy.minimumFor(Optional.of(r.value()));
                if (runtime.isEmpty() || m > minimum) {
                    minimum = m;
                    runtime = Optional.of(r.value());
                }
            }
            for (IntegerCandidate memory : template.integers(fn.memorySize())) {
                boolean inRange = memory.value() >= limits.memoryMinMb() && memory.value() <= limits.memoryMaxMb();
                if (inRange && memory.value() < minimum) {
                    String forRuntime = runtime.map(r -> " for " + r).orElse("");
                    out.report(this, fn, memory.pointer(), String.format(Locale.US,
                            "Function %s has MemorySize %d MB (%.2f vCPU), below the policy minimum of %d MB%s",
                            fn.logicalId(), memory.value(), (double) memory.value() / limits.mbPerVcpu(), minimum, forRuntime));
                }
            }
        }
    }
}
