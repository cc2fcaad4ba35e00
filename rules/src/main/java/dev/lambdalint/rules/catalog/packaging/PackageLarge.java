package dev.lambdalint.rules.catalog.packaging;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.CodeSize;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.Optional;

@RuleInfo(
        id = "LL606",
        name = "package-large",
        severity = Severity.WARNING,
        summary = "Unzipped code above the policy size (50 MB by default), which slows cold starts",
        rationale = """
                On a cold start Lambda downloads and unpacks the code, and the runtime loads it: the \
                bigger the package, the longer the first request waits. Most functions need far less \
                than the 250 MB Lambda allows; a large package usually carries dev dependencies, whole \
                SDKs or unused assets. The threshold is policy.package.warnUnzippedMb (50 MB by \
                default), measured like LL605 on what is on disk; above Lambda's limit LL605 reports it \
                instead.""",
        fix = "Bundle and tree-shake the code, drop dev-only and unused dependencies, or raise policy.package.warnUnzippedMb if the team has measured that the size is fine.",
        example = """
                Properties:
                  CodeUri: build/orders.zip    # 12 MB unzipped""",
        tags = {"package", "cold-start", "performance"})
public final class PackageLarge implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int warnMb = context.policy().packageSize().warnUnzippedMb();
        int limitMb = context.policy().limits().unzippedCodeMaxMb();
        for (FunctionView fn : template.functions()) {
            Optional<CodeSize> code = template.codeSize(fn.logicalId());
            if (code.isEmpty() || code.get().bytes() <= CodeSize.bytesOfMb(warnMb)) {
                continue;
            }
            if (PackageTooLarge.exceeding(template, fn, limitMb).isPresent()) {
                continue;
            }
            out.report(this, fn, fn.code().map(Value::pointer).orElse(fn.pointer()),
                    String.format("Function %s has %s of unzipped code (measured at %s), above the policy's %d MB: bigger packages make every cold start slower",
                            fn.logicalId(), code.get().describe(), code.get().measuredAt(), warnMb));
        }
    }
}
