package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.RunRule;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.ConcurrencyPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL303",
        name = "reserved-concurrency-over-account",
        severity = Severity.ERROR,
        summary = "Reserved concurrency over all functions exceeds what the account can reserve",
        rationale = """
                Lambda lets an account reserve its concurrency limit minus 100: "You can reserve up to the \
                Unreserved account concurrency value that is shown, minus 100 for functions that don't have \
                reserved concurrency." Once the functions of one run reserve more, the deployment that \
                crosses the line fails. The account limit is 1,000 unless the team sets its own in \
                .lambdalint.yaml (policy.concurrency.accountLimit).""",
        fix = "Lower ReservedConcurrentExecutions on some functions, or raise the account's quota and set policy.concurrency.accountLimit to match.",
        example = """
                # .lambdalint.yaml
                policy:
                  concurrency: {accountLimit: 3000}""",
        tags = {"concurrency", "limits"})
public final class ReservedConcurrencyOverAccount implements RunRule {

    @Override
    public void check(List<TemplateModel> templates, LintContext context, Findings out) {
        ConcurrencyPolicy policy = context.policy().concurrency();
        long total = 0;
        int functions = 0;
        Crossing crossing = null;
        // Inputs in their sorted order, functions in document order: the same run always blames
        // the same function.
        for (TemplateModel template : templates) {
            for (FunctionView fn : template.functions()) {
                // Judge each function by the most it can reserve.
                Optional<IntegerCandidate> reserved = template.integers(fn.reservedConcurrency()).stream()
                        .filter(c -> c.value() > 0)
                        .max(Comparator.comparingLong(IntegerCandidate::value));
                if (reserved.isEmpty()) {
                    continue;
                }
                total += reserved.get().value();
                functions++;
                if (crossing == null && total > policy.reservable()) {
                    crossing = new Crossing(template, fn, reserved.get(), total);
                }
            }
        }
        // Reported once, on the function that crosses the line, with the run's whole total so
        // that the message says how much has to go.
        if (crossing == null) {
            return;
        }
        // A single function that reserves too much on its own is named as such, not as "1 functions".
        String message = functions == 1
                ? String.format(
                        "Function %s reserves %d, above the %d that an account limit of %d allows (%d must stay unreserved)",
                        crossing.fn().logicalId(), total, policy.reservable(), policy.accountLimit(), policy.unreservedMinimum())
                : String.format(
                        "Reserved concurrency adds up to %d over %d functions, above the %d that an account limit of %d allows (%d must stay unreserved): function %s (%d) takes the total over the line, to %d",
                        total, functions, policy.reservable(), policy.accountLimit(), policy.unreservedMinimum(),
                        crossing.fn().logicalId(), crossing.reserved().value(), crossing.runningTotal());
        out.add(this, crossing.template().template(), crossing.reserved().pointer(), crossing.fn().logicalId(), message);
    }

    private record Crossing(TemplateModel template, FunctionView fn, IntegerCandidate reserved, long runningTotal) {}
}
