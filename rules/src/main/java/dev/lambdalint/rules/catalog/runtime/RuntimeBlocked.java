package dev.lambdalint.rules.catalog.runtime;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.RuntimeSetting;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.runtime.RuntimeLifecycle;
import java.time.LocalDate;
import java.util.Optional;

@RuleInfo(
        id = "LL609",
        name = "runtime-blocked",
        severity = Severity.ERROR,
        summary = "Runtime past its block-create or block-update date: deploying a function on it fails",
        rationale = """
                After a runtime's deprecation Lambda blocks it in two steps. From the block-create date, \
                creating a function on it fails: a new stack, a new environment, a renamed or replaced \
                function. From the block-update date, every update of a function on it fails too, so the \
                next deployment that touches the function (a new environment variable, a memory change) \
                fails and the stack rolls back. Existing functions keep running. The message says which \
                block applies and names both dates; the dates come from the dated table shipped with \
                lambdalint, and `--date` fixes the day that counts as today.""",
        fix = "Move the function to the successor runtime the message names (or another supported one), test it there and deploy.",
        example = """
                Properties:
                  Runtime: python3.13""",
        webFunctions = WebFunctionScope.RUNTIME,
        tags = {"runtime", "security", "limits"})
public final class RuntimeBlocked implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LocalDate today = context.today();
        for (RuntimeSetting setting : template.runtimeSettings()) {
            for (StringCandidate runtime : template.strings(Optional.of(setting.value()))) {
                Optional<RuntimeLifecycle> found = context.runtimes().find(runtime.value());
                if (found.isEmpty() || !found.get().blockedOn(today)) {
                    continue;
                }
                RuntimeLifecycle life = found.get();
                out.report(this, setting.resource(), runtime.pointer(), String.format("%s uses runtime %s: %s; move to %s",
                        setting.subject(), runtime.value(), phase(life, today),
                        life.successor().orElse("a supported runtime")));
            }
        }
    }

    private static String phase(RuntimeLifecycle life, LocalDate today) {
        String create = life.blockCreate().map(d -> "creating functions on it blocked since " + d)
                .orElse("no block-create date published");
        if (life.updateBlockedOn(today)) {
            return String.format("every update of a function on it fails since %s (%s), so the next deployment that touches it fails",
                    life.blockUpdate().get(), create);
        }
        String update = life.blockUpdate().map(d -> "updates are blocked from " + d)
                .orElse("no block-update date is published yet");
        return String.format("creating functions on it fails since %s (new stacks and new functions); %s",
                life.blockCreate().get(), update);
    }
}
