package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.runtime.RuntimeVersion;
import java.util.Optional;

@RuleInfo(
        id = "LL603",
        name = "snapstart-recommended",
        severity = Severity.WARNING,
        summary = "Java 11+ function without SnapStart or provisioned concurrency, so every cold start pays JVM start-up",
        rationale = """
                A Java function's cold start loads the JVM, the classes and the framework before the first \
                request: often several seconds. SnapStart (ApplyOn: PublishedVersions) snapshots the \
                initialised execution environment when a version is published and resumes from it, \
                usually cutting cold starts by an order of magnitude at no charge for Java. Provisioned \
                concurrency is the other cure, so a function with it is not flagged. Nor is a function \
                where SnapStart is refused, so that following the advice would fail the deployment: one \
                that mounts a file system (FileSystemConfigs: Amazon EFS or Amazon S3 Files) or has more \
                than 512 MB of /tmp (LL604 names the conflict when SnapStart is set anyway). Container \
                images and Lambda Managed Instances are out of scope, and so are functions that serve only \
                as custom-resource or macro handlers: CloudFormation runs them a few times per deployment.""",
        fix = """
                Add SnapStart: {ApplyOn: PublishedVersions} and invoke the function through a published \
                version or alias (SAM AutoPublishAlias, or an AWS::Lambda::Version); make initialisation \
                code safe to snapshot (no unique ids or connections created at init).""",
        example = """
                Properties:
                  Runtime: java21
                  AutoPublishAlias: live
                  SnapStart:
                    ApplyOn: PublishedVersions""",
        tags = {"runtime", "cold-start", "performance"})
public final class SnapStartRecommended implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            // CloudFormation runs a custom-resource or macro handler a few times per deployment.
            if (template.isDeploymentHandler(fn.logicalId())) {
                continue;
            }
            // Managed Instances keep environments running on the team's capacity: no cold start to cut.
            if (fn.isManagedInstance() || !fn.provisionedConcurrency().isEmpty()
                    || !SnapStartSetting.mayBeZip(template, fn) || SnapStartSetting.refused(template, fn, context)) {
                continue;
            }
            Optional<StringCandidate> java = template.strings(fn.runtime()).stream()
                    .filter(r -> RuntimeVersion.parse(r.value()).map(RuntimeVersion::isJava11OrLater).orElse(false))
                    .findFirst();
            if (java.isEmpty()) {
                continue;
            }
            for (String pointer : SnapStartSetting.offAt(template, fn)) {
                out.report(this, fn, pointer, String.format(
                        "Function %s runs %s without SnapStart (ApplyOn: PublishedVersions) or provisioned concurrency: every cold start pays for starting the JVM",
                        fn.logicalId(), java.get().value()));
            }
        }
    }
}
