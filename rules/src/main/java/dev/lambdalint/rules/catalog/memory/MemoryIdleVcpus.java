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
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
        id = "LL104",
        name = "memory-idle-vcpus",
        severity = Severity.INFO,
        summary = "More than one vCPU of memory on a single-threaded runtime",
        rationale = """
                Above 1,769 MB Lambda gives a function more than one vCPU (six at 10,240 MB). Node.js, \
                Python and Ruby handlers run on one thread unless the code starts workers, threads or \
                processes, so the extra vCPUs sit idle while every GB-second is billed. Functions on \
                Lambda Managed Instances (CapacityProviderConfig) are not judged: there the runtime \
                serves concurrent requests in several processes or threads.""",
        fix = "Lower MemorySize to 1769 MB or less unless the handler uses several cores (worker threads, multiprocessing), or the memory itself is needed.",
        example = """
                Properties:
                  Runtime: python3.13
                  MemorySize: 1769""",
        webFunctions = WebFunctionScope.NO_MEMORY,
        tags = {"memory", "cost"})
public final class MemoryIdleVcpus implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        for (FunctionView fn : template.functions()) {
            // On Lambda Managed Instances memory does not buy vCPUs at 1,769 MB each (the capacity
            // provider sets 2 to 8 GiB per vCPU), and the runtimes serve several requests at once in
            // processes or worker threads: the extra vCPUs are used.
            if (fn.isManagedInstance()) {
                continue;
            }
            Optional<String> singleThreaded = template.strings(fn.runtime()).stream()
                    .map(StringCandidate::value)
                    .filter(r -> context.policy().memory().isSingleThreaded(r))
                    .findFirst();
            if (singleThreaded.isEmpty()) {
                continue;
            }
            for (IntegerCandidate memory : template.integers(fn.memorySize())) {
                if (memory.value() > limits.mbPerVcpu() && memory.value() <= limits.memoryMaxMb()) {
                    out.report(this, fn, memory.pointer(), String.format(Locale.US,
                            "Function %s has MemorySize %d MB, %.2f vCPUs, on %s: a single-threaded handler uses one, the rest sit idle",
                            fn.logicalId(), memory.value(), (double) memory.value() / limits.mbPerVcpu(), singleThreaded.get()));
                }
            }
        }
    }
}
