package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL705",
        name = "tracing-disabled",
        severity = Severity.INFO,
        summary = "X-Ray tracing is not Active",
        rationale = """
                With active tracing Lambda samples requests and sends traces to X-Ray: where the time of a slow \
                request went (cold start, the function's own code, each AWS call), and which downstream call \
                failed. Without it (no TracingConfig, or Mode PassThrough; SAM Tracing, also in Globals) a \
                slow or failing function must be explained from logs alone. X-Ray bills per trace recorded and \
                retrieved beyond a free tier.""",
        fix = "Set TracingConfig: {Mode: Active} (SAM: Tracing: Active, in Globals for every function), and grant xray:PutTraceSegments and xray:PutTelemetryRecords (SAM adds them).",
        example = """
                Globals:
                  Function:
                    Tracing: Active""",
        tags = {"observability"})
public final class TracingDisabled implements TemplateRule {
    private static final String ACTIVE = "Active";

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            // SAM writes Tracing; CloudFormation (and a SAM function passing it through) TracingConfig.Mode.
            boolean samTracing = fn.isSam() && fn.property("Tracing").isPresent();
            Optional<Value> setting = samTracing ? fn.property("Tracing") : fn.property("TracingConfig");
            if (setting.isPresent() && setting.get().node().isNull()) {
                // `Tracing:` with nothing after it: SAM leaves tracing off.
                out.report(this, fn, setting.get().pointer(), String.format(
                        "Function %s has an empty tracing setting: X-Ray tracing is not active", fn.logicalId()));
                continue;
            }
            if (setting.isEmpty()) {
                if (fn.lacks("TracingConfig") && fn.lacks("Tracing")) {
                    out.report(this, fn, fn.pointer(), String.format(
                            "Function %s does not enable X-Ray tracing (%s not set)", fn.logicalId(),
                            fn.isSam() ? "Tracing" : "TracingConfig"));
                }
                continue;
            }
            for (Value unset : template.noValueBranches(setting)) {
                out.report(this, fn, unset.pointer(), String.format(
                        "Function %s leaves tracing unset here (AWS::NoValue): X-Ray tracing is not active", fn.logicalId()));
            }
            for (Value candidate : template.candidates(setting)) {
                Optional<Value> mode = samTracing ? Optional.of(candidate) : candidate.get("Mode");
                if (mode.isEmpty()) {
                    if (candidate.isMapping() && !fn.misspelt(List.of("TracingConfig"), candidate, "Mode")) {
                        out.report(this, fn, candidate.pointer(), String.format(
                                "Function %s has TracingConfig without Mode: X-Ray tracing is not active", fn.logicalId()));
                    }
                    continue;
                }
                for (Value unset : template.noValueBranches(mode)) {
                    out.report(this, fn, unset.pointer(), String.format(
                            "Function %s leaves the tracing mode unset here (AWS::NoValue): X-Ray tracing is not active", fn.logicalId()));
                }
                for (StringCandidate value : template.strings(mode)) {
                    if (!value.value().equalsIgnoreCase(ACTIVE)) {
                        out.report(this, fn, value.pointer(), String.format(
                                "Function %s has tracing mode %s, not Active: requests are not traced in X-Ray",
                                fn.logicalId(), value.value()));
                    }
                }
            }
        }
    }
}
