package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.ProvisionedConcurrency;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
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
        webFunctions = WebFunctionScope.OTHER_CONCURRENCY,
        tags = {"concurrency", "limits"})
public final class ProvisionedOverReserved implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            if (fn.provisionedConcurrency().isEmpty()) {
                continue;
            }
            List<Optional<Value>> provisioned = fn.provisionedConcurrency().stream()
                    .map(pc -> Optional.of(pc.executions()))
                    .toList();
            ReserveCrossing.find(template, template.conditionalIntegers(fn.reservedConcurrency()), provisioned)
                    .ifPresent(crossing -> {
                        ProvisionedConcurrency pc = fn.provisionedConcurrency().get(crossing.index());
                        // Name the alias or version that provisions; the function's own setting needs no name.
                        String where = pc.declaredBy().equals(fn.logicalId()) ? "" : " (with " + pc.declaredBy() + ")";
                        out.report(this, fn, crossing.amount().pointer(), String.format(
                                "Function %s has %d provisioned concurrency%s but only %d reserved: Lambda refuses to provision more than is reserved",
                                fn.logicalId(), crossing.total(), where, crossing.reserve().value()));
                    });
        }
    }
}
