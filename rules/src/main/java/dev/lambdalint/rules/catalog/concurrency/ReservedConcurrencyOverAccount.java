package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.RunRule;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.ConcurrencyPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
        id = "LL303",
        name = "reserved-concurrency-over-account",
        severity = Severity.ERROR,
        summary = "Reserved concurrency over all functions exceeds what the account can reserve",
        rationale = """
                Lambda lets an account reserve its concurrency limit minus 100: "You can reserve up to the \
                Unreserved account concurrency value that is shown, minus 100 for functions that don't have \
                reserved concurrency." Once the functions of one run reserve more, the deployment that \
                crosses the line fails. The budget is per account and region: CDK stacks with an explicit \
                env (say the Prod/EU and Prod/US stages of one app) are counted apart, and a template that \
                does not say where it deploys counts towards each. The account limit is 1,000 unless the team sets its own in \
                .lambdalint.yaml (policy.concurrency.accountLimit).""",
        fix = "Lower ReservedConcurrentExecutions on some functions, or raise the account's quota and set policy.concurrency.accountLimit to match.",
        example = """
                # .lambdalint.yaml
                policy:
                  concurrency: {accountLimit: 3000}""",
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "limits"})
public final class ReservedConcurrencyOverAccount implements RunRule {

    @Override
    public void check(List<TemplateModel> templates, LintContext context, Findings out) {
        // Concurrency is counted per account and region. Templates known to deploy to different
        // ones (the CDK stacks of Prod/EU and Prod/US stages) do not share a budget; one that does not
        // say where it deploys may land in any of them, so it counts in each. Without any known
        // environment, every template of the run shares one budget.
        Set<String> environments = new TreeSet<>();
        templates.forEach(t -> t.template().environment().ifPresent(environments::add));
        if (environments.isEmpty()) {
            checkBudget(templates, Optional.empty(), context.policy().concurrency(), new HashSet<>(), out);
            return;
        }
        // The templates of no known environment come first, as every account's base load: the function
        // that crosses the line is then one of the account's own, and each account over its budget
        // gets its own finding.
        List<TemplateModel> anywhere = templates.stream().filter(t -> t.template().environment().isEmpty()).toList();
        Set<List<Object>> reported = new HashSet<>();
        for (String environment : environments) {
            List<TemplateModel> sharing = new ArrayList<>(anywhere);
            templates.stream().filter(t -> t.template().environment().filter(environment::equals).isPresent()).forEach(sharing::add);
            checkBudget(sharing, Optional.of(environment), context.policy().concurrency(), reported, out);
        }
    }

    /**
     * @param reported the places already blamed: a function of no known environment can take the total
     *     over the line in several budgets, and one fault gets one finding
     */
    private void checkBudget(List<TemplateModel> templates, Optional<String> environment, ConcurrencyPolicy policy,
                             Set<List<Object>> reported, Findings out) {
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
        // Reported once, on the function that crosses the line, with the budget's whole total so
        // that the message says how much has to go.
        if (crossing == null || !reported.add(List.of(crossing.template().template(), crossing.reserved().pointer()))) {
            return;
        }
        // A single function that reserves too much on its own is named as such, not as "1 functions".
        String where = environment.map(e -> " deploying to " + e).orElse("");
        String message = functions == 1
                ? String.format(
                        "Function %s reserves %d%s, above the %d that an account limit of %d allows (%d must stay unreserved)",
                        crossing.fn().logicalId(), total, where, policy.reservable(), policy.accountLimit(), policy.unreservedMinimum())
                : String.format(
                        "Reserved concurrency adds up to %d over %d functions%s, above the %d that an account limit of %d allows (%d must stay unreserved): function %s (%d) takes the total over the line, to %d",
                        total, functions, where, policy.reservable(), policy.accountLimit(), policy.unreservedMinimum(),
                        crossing.fn().logicalId(), crossing.reserved().value(), crossing.runningTotal());
        out.in(crossing.template()).report(this, crossing.fn(), crossing.reserved().pointer(), message);
    }

    private record Crossing(TemplateModel template, FunctionView fn, IntegerCandidate reserved, long runningTotal) {}
}
