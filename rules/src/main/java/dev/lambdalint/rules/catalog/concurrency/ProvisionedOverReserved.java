package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.ProvisionedConcurrency;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL304",
        name = "provisioned-over-reserved",
        severity = Severity.ERROR,
        summary = "Provisioned concurrency greater than the function's reserved concurrency",
        rationale = """
                "You can't allocate more provisioned concurrency than reserved concurrency for a function." \
                Provisioned concurrency on all of a function's aliases and versions counts against its \
                reserved concurrency; CloudFormation fails when the sum is larger.""",
        fix = "Raise ReservedConcurrentExecutions to at least the total provisioned concurrency, or provision less.",
        example = """
                Properties:
                  ReservedConcurrentExecutions: 20
                  AutoPublishAlias: live
                  ProvisionedConcurrencyConfig:
                    ProvisionedConcurrentExecutions: 10""",
        tags = {"concurrency", "limits"})
public final class ProvisionedOverReserved implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            if (fn.provisionedConcurrency().isEmpty()) {
                continue;
            }
            // Each reserve the function can have, smallest first, against the most it can provision in
            // the same deployment: a value that needs the opposite of the reserve's conditions
            // ({@code !If [IsProd, ...]} on both) never meets it.
            List<IntegerCandidate> reserves = template.conditionalIntegers(fn.reservedConcurrency()).stream()
                    .sorted(Comparator.comparingLong(IntegerCandidate::value))
                    .toList();
            for (IntegerCandidate reserved : reserves) {
                if (reportOver(template, fn, reserved, out)) {
                    break;
                }
            }
        }
    }

    /** Reports the provisioning that takes the total over {@code reserved}; true when it did. */
    private boolean reportOver(TemplateModel template, FunctionView fn, IntegerCandidate reserved, Findings out) {
        long total = 0;
        for (ProvisionedConcurrency pc : fn.provisionedConcurrency()) {
            Optional<IntegerCandidate> most = template.conditionalIntegers(Optional.of(pc.executions())).stream()
                    .filter(reserved::canCoexistWith)
                    .max(Comparator.comparingLong(IntegerCandidate::value));
            if (most.isEmpty()) {
                continue;
            }
            total += most.get().value();
            if (total > reserved.value()) {
                // Name the alias or version that provisions; the function's own setting needs no name.
                String where = pc.declaredBy().equals(fn.logicalId()) ? "" : " (with " + pc.declaredBy() + ")";
                out.add(this, template.template(), most.get().pointer(), fn.logicalId(), String.format(
                        "Function %s has %d provisioned concurrency%s but only %d reserved: Lambda refuses to provision more than is reserved",
                        fn.logicalId(), total, where, reserved.value()));
                return true;
            }
        }
        return false;
    }
}
