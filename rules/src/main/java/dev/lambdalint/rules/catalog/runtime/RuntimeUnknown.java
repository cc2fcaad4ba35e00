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
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.util.Optional;
import java.time.LocalDate;
import java.util.List;

@RuleInfo(
        id = "LL613",
        name = "runtime-unknown",
        severity = Severity.ERROR,
        summary = "Runtime that is not in the runtime table, such as a typo: the deployment fails",
        rationale = """
                Lambda accepts only the runtime ids it offers, spelt exactly (lower case, with the \
                version's dots and suffix): `provided.al2023023` or `Python3.12` fail the deployment. \
                The table shipped with lambdalint lists every id Lambda has offered up to its as-of date, \
                which the message names: a runtime released after it is unknown to lambdalint too, and \
                the fix is then a newer lambdalint (or a suppression until then). Values that come from \
                an intrinsic lambdalint cannot resolve are not judged.""",
        fix = "Correct the id (the message names the nearest ids that still deploy), or suppress with a reason if the runtime is newer than the table's as-of date.",
        example = """
                Properties:
                  Runtime: provided.al2023""",
        webFunctions = WebFunctionScope.RUNTIME,
        tags = {"runtime", "limits"})
public final class RuntimeUnknown implements TemplateRule {
    private static final int SUGGESTIONS = 3;

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        RuntimeTable table = context.runtimes();
        LocalDate today = context.today();
        for (RuntimeSetting setting : template.runtimeSettings()) {
            for (StringCandidate runtime : template.strings(Optional.of(setting.value()))) {
                // An empty value is a schema fault (LL004), not an id to look up.
                if (runtime.value().isBlank() || table.find(runtime.value()).isPresent()) {
                    continue;
                }
                // A typo is a few edits from the id meant; farther than that, suggestions are noise.
                int maxEdits = Math.max(2, runtime.value().length() / 3);
                List<String> near = table.nearest(runtime.value(), SUGGESTIONS, maxEdits, life -> !life.blockedOn(today));
                out.report(this, setting.resource(), runtime.pointer(), String.format(
                        "%s uses runtime %s, which is not a Lambda runtime as of %s (the runtime table's date): the deployment fails; %s",
                        setting.subject(), abbreviate(runtime.value()), table.asOf(), near.isEmpty()
                                ? "no known id is close (a placeholder that a script fills in? then lint the template it writes)"
                                : "nearest deployable: " + String.join(", ", near)));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
