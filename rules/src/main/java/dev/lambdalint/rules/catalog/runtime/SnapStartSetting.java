package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a function's SnapStart and packaging are set, as far as the template tells: each {@code Fn::If}
 * branch and parameter value counts. SnapStart is on only with {@code ApplyOn: PublishedVersions}.
 */
final class SnapStartSetting {
    private static final String PUBLISHED_VERSIONS = "PublishedVersions";
    private static final String IMAGE = "Image";

    private SnapStartSetting() {}

    /** The {@code ApplyOn: PublishedVersions} values that turn SnapStart on, where each is written. */
    static List<StringCandidate> on(TemplateModel template, FunctionView fn) {
        List<StringCandidate> out = new ArrayList<>();
        for (Value config : template.candidates(fn.snapStart())) {
            for (StringCandidate applyOn : template.strings(config.get("ApplyOn"))) {
                if (PUBLISHED_VERSIONS.equals(applyOn.value())) {
                    out.add(applyOn);
                }
            }
        }
        return out;
    }

    /**
     * Where SnapStart is (or may be) off: the resource when {@code SnapStart} is missing, an
     * {@code AWS::NoValue} branch, an {@code ApplyOn} other than {@code PublishedVersions}.
     */
    static List<String> offAt(TemplateModel template, FunctionView fn) {
        if (fn.lacks("SnapStart")) {
            return List.of(fn.pointer());
        }
        List<String> out = new ArrayList<>();
        template.noValueBranches(fn.snapStart()).forEach(v -> out.add(v.pointer()));
        for (Value config : template.candidates(fn.snapStart())) {
            if (!config.isMapping()) {
                continue;
            }
            Optional<Value> applyOn = config.get("ApplyOn");
            if (applyOn.isEmpty()) {
                if (!fn.misspelt(List.of("SnapStart"), config, "ApplyOn")) {
                    out.add(config.pointer());
                }
                continue;
            }
            template.noValueBranches(applyOn).forEach(v -> out.add(v.pointer()));
            for (StringCandidate value : template.strings(applyOn)) {
                if (!PUBLISHED_VERSIONS.equals(value.value())) {
                    out.add(value.pointer());
                }
            }
        }
        return out;
    }

    /**
     * True when Lambda would refuse SnapStart on the function as it may be configured: it mounts a file
     * system ({@code FileSystemConfigs}: Amazon EFS or Amazon S3 Files) or has more /tmp than SnapStart
     * allows. "SnapStart does not support ... Amazon EFS, Amazon S3 Files, or ephemeral storage greater
     * than 512 MB" (Lambda developer guide, snapstart).
     */
    static boolean refused(TemplateModel template, FunctionView fn, LintContext context) {
        boolean mounts = template.candidates(fn.fileSystemConfigs()).stream()
                .anyMatch(configs -> configs.items().stream().anyMatch(i -> !Intrinsics.isNoValue(i.node())));
        int maxTmp = context.policy().limits().snapStartEphemeralStorageMaxMb();
        boolean bigTmp = template.integers(fn.property("EphemeralStorage"), "Size").stream()
                .anyMatch(size -> size.value() > maxTmp);
        return mounts || bigTmp;
    }

    /** True when the function may be a container image ({@code PackageType: Image}). */
    static boolean mayBeImage(TemplateModel template, FunctionView fn) {
        return template.strings(fn.packageType()).stream().anyMatch(p -> IMAGE.equals(p.value()));
    }

    /** True when the function may be zip-packaged: {@code PackageType} unset (Zip is the default) or Zip. */
    static boolean mayBeZip(TemplateModel template, FunctionView fn) {
        if (fn.packageType().isEmpty() || !template.noValueBranches(fn.packageType()).isEmpty()) {
            return true;
        }
        return template.strings(fn.packageType()).stream().anyMatch(p -> !IMAGE.equals(p.value()));
    }
}
