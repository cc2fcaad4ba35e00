package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.ProvisionedConcurrency;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.runtime.RuntimeVersion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "LL604",
        name = "snapstart-incompatible",
        severity = Severity.ERROR,
        summary = "SnapStart on an unsupported runtime or a container image, or with provisioned concurrency, a mounted file system (EFS, S3 Files) or more than 512 MB of /tmp",
        rationale = """
                SnapStart supports Java 11 and later, Python 3.12 and later and .NET 8 and later, on \
                zip-packaged functions only: not other managed runtimes, not OS-only runtimes \
                (provided.*), not container images. "SnapStart does not support provisioned concurrency, \
                Amazon EFS, Amazon S3 Files, or ephemeral storage greater than 512 MB." Lambda rejects \
                such a configuration, and the deployment fails. (arm64, X-Ray and the Extensions API \
                used to be limitations and no longer are.)""",
        fix = "Remove SnapStart, or remove what it cannot be combined with (move the function to a supported runtime, drop provisioned concurrency or the file system mount, keep /tmp at 512 MB).",
        example = """
                Properties:
                  Runtime: python3.13
                  SnapStart:
                    ApplyOn: PublishedVersions
                  EphemeralStorage:
                    Size: 512""",
        tags = {"runtime", "cold-start", "limits"})
public final class SnapStartIncompatible implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int maxTmp = context.policy().limits().snapStartEphemeralStorageMaxMb();
        for (FunctionView fn : template.functions()) {
            List<StringCandidate> on = SnapStartSetting.on(template, fn);
            if (on.isEmpty()) {
                continue;
            }
            String snapStart = on.get(0).pointer();
            if (SnapStartSetting.mayBeImage(template, fn)) {
                out.report(this, fn, snapStart, String.format(
                        "Function %s turns on SnapStart but is a container image (PackageType: Image): SnapStart works on zip-packaged functions only",
                        fn.logicalId()));
            }
            Set<String> unsupported = new LinkedHashSet<>();
            for (StringCandidate runtime : template.strings(fn.runtime())) {
                // An id of no known family is not judged: lambdalint cannot know what it supports.
                boolean supported = RuntimeVersion.parse(runtime.value()).map(RuntimeVersion::supportsSnapStart).orElse(true);
                if (!supported) {
                    unsupported.add(runtime.value());
                }
            }
            if (!unsupported.isEmpty()) {
                out.report(this, fn, snapStart, String.format(
                        "Function %s turns on SnapStart but runs %s: SnapStart supports only Java 11+, Python 3.12+ and .NET 8+, so the deployment fails",
                        fn.logicalId(), String.join(" or ", unsupported)));
            }
            for (ProvisionedConcurrency pc : fn.provisionedConcurrency()) {
                List<IntegerCandidate> executions = template.integers(Optional.of(pc.executions()));
                boolean none = !executions.isEmpty() && executions.stream().allMatch(e -> e.value() == 0);
                if (!none) {
                    String where = pc.declaredBy().equals(fn.logicalId()) ? "" : " on " + pc.declaredBy();
                    out.report(this, fn, pc.executions().pointer(), String.format(
                            "Function %s has SnapStart and provisioned concurrency%s: Lambda does not support the two together",
                            fn.logicalId(), where));
                }
            }
            for (Value configs : template.candidates(fn.fileSystemConfigs())) {
                boolean mounts = configs.items().stream().anyMatch(i -> !Intrinsics.isNoValue(i.node()));
                if (mounts) {
                    out.report(this, fn, configs.pointer(), String.format(
                            "Function %s has SnapStart and mounts a file system (FileSystemConfigs): SnapStart does not support Amazon EFS or Amazon S3 Files mounts",
                            fn.logicalId()));
                }
            }
            for (IntegerCandidate size : template.integers(fn.property("EphemeralStorage"), "Size")) {
                if (size.value() > maxTmp) {
                    out.report(this, fn, size.pointer(), String.format(
                            "Function %s has SnapStart and EphemeralStorage.Size %d MB: SnapStart supports at most %d MB of /tmp",
                            fn.logicalId(), size.value(), maxTmp));
                }
            }
        }
    }
}
