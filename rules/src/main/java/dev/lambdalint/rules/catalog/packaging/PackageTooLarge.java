package dev.lambdalint.rules.catalog.packaging;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.CodeSize;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.Optional;

@RuleInfo(
        id = "LL605",
        name = "package-too-large",
        severity = Severity.ERROR,
        summary = "Unzipped code plus layers above Lambda's 250 MB limit",
        rationale = """
                A function's deployment package, unzipped, together with all its layers, may not exceed \
                250 MB (Lambda quotas); Lambda rejects a larger one and the deployment fails. lambdalint \
                measures what is on disk: CDK assets in cdk.out (folders, and zip or jar files by the \
                sizes their own directory declares, never by extracting them), SAM CodeUri and \
                ContentUri local paths, and layers defined in the same template. Code elsewhere (S3, \
                another stack's layers) is not counted.""",
        fix = "Trim the package: drop unused and dev-only dependencies, bundle and tree-shake, move large dependencies to a container image (up to 10 GB).",
        example = """
                Properties:
                  CodeUri: build/orders.zip    # 40 MB unzipped
                  Layers:
                    - !Ref SharedDepsLayer     # 60 MB unzipped""",
        tags = {"package", "limits"})
public final class PackageTooLarge implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int limitMb = context.policy().limits().unzippedCodeMaxMb();
        for (FunctionView fn : template.functions()) {
            Optional<UnzippedPackage> pkg = exceeding(template, fn, limitMb);
            if (pkg.isEmpty()) {
                continue;
            }
            String size = (pkg.get().atLeast() ? "at least " : "") + CodeSize.megabytes(pkg.get().total());
            out.report(this, fn, pkg.get().pointer(fn), String.format(
                    "Function %s unzips to %s (%s), above Lambda's %d MB limit for code and layers together: the deployment fails",
                    fn.logicalId(), size, pkg.get().parts(), limitMb));
        }
    }

    /** The function's largest package when it is above the limit: LL606 stays silent on those. */
    static Optional<UnzippedPackage> exceeding(TemplateModel template, FunctionView fn, int limitMb) {
        long limit = CodeSize.bytesOfMb(limitMb);
        return UnzippedPackage.largest(template, fn).filter(p -> p.total() > limit);
    }
}
