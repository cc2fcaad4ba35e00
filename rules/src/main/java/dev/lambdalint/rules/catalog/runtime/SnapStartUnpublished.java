package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.InvokedQualifier;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "LL612",
        name = "snapstart-unpublished",
        severity = Severity.WARNING,
        summary = "SnapStart is set but nothing invokes a published version, so it never applies",
        rationale = """
                SnapStart takes its snapshot when a version is published and resumes from it only when a \
                published version, or an alias pointing at one, is invoked. The unqualified function \
                ($LATEST) always starts cold. In raw CloudFormation a version exists only where the template \
                has an AWS::Lambda::Version of the function; SAM publishes one only with AutoPublishAlias. A \
                template with neither, or whose invokers (API integrations, rule targets, notifications, \
                event source mappings, permissions) all name the unqualified function, pays for the \
                snapshot's restrictions and gets none of its speed.""",
        fix = """
                Publish a version and invoke it: SAM AutoPublishAlias (SAM points the function's events at \
                the alias), or an AWS::Lambda::Version with an AWS::Lambda::Alias that the triggers name \
                instead of the function.""",
        example = """
                Properties:
                  Runtime: java21
                  AutoPublishAlias: live
                  SnapStart:
                    ApplyOn: PublishedVersions""",
        tags = {"runtime", "cold-start", "performance"})
public final class SnapStartUnpublished implements TemplateRule {
    private static final String VERSION = "AWS::Lambda::Version";

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        Set<String> versioned = null;
        for (FunctionView fn : template.functions()) {
            List<StringCandidate> on = SnapStartSetting.on(template, fn);
            if (on.isEmpty()) {
                continue;
            }
            String pointer = on.get(0).pointer();
            if (fn.isSam() && fn.property("AutoPublishAlias").isEmpty()) {
                out.report(this, fn, pointer, String.format(
                        "Function %s sets SnapStart but has no AutoPublishAlias: SAM publishes no version, so SnapStart never applies",
                        fn.logicalId()));
                continue;
            }
            if (!fn.isSam()) {
                if (versioned == null) {
                    versioned = versionedFunctions(template);
                }
                if (!versioned.contains(fn.logicalId())) {
                    out.report(this, fn, pointer, String.format(
                            "Function %s sets SnapStart but the template publishes no AWS::Lambda::Version of it: SnapStart applies only to published versions",
                            fn.logicalId()));
                    continue;
                }
            }
            List<EventSource> invokers = fn.eventSources();
            boolean allUnqualified = !invokers.isEmpty() && invokers.stream().allMatch(s ->
                    InvokedQualifier.of(template, fn, s).filter(InvokedQualifier.LATEST::equals).isPresent());
            if (allUnqualified) {
                String more = invokers.size() > 1 ? " and " + (invokers.size() - 1) + " more" : "";
                out.report(this, fn, pointer, String.format(
                        "Function %s sets SnapStart but every invoker in the template (%s%s) invokes the unqualified function ($LATEST), where SnapStart never applies",
                        fn.logicalId(), invokers.get(0).describe(), more));
            }
        }
    }

    private static Set<String> versionedFunctions(TemplateModel template) {
        Set<String> out = new HashSet<>();
        for (Resource r : template.resources()) {
            if (r.is(VERSION)) {
                r.property("FunctionName").ifPresent(fn -> out.addAll(template.functionsReferencedBy(fn.node())));
            }
        }
        return out;
    }
}
