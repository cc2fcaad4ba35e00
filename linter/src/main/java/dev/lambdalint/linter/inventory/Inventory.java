package dev.lambdalint.linter.inventory;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.LintedTemplate;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.ProvisionedConcurrency;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row per function with what a team asks when a function is slow, throttled or failing, and the
 * account's concurrency budget over all of them. Built from the same model the rules read.
 *
 * @param budgets one per account and region the templates say they deploy to (templates that do not
 *     say count in each, as LL303 counts them), or a single one when none says
 */
public record Inventory(List<FunctionRow> functions, List<ConcurrencyBudget> budgets, int cdkInternalHidden) {

    /** The budget with the most reserved: the run's only one, or the fullest account's. */
    public ConcurrencyBudget budget() {
        return budgets.stream().max(Comparator.comparingLong(ConcurrencyBudget::reserved)).orElseThrow();
    }

    public static Inventory of(LintResult result, Policy policy, boolean includeCdkInternal) {
        Map<String, Integer> findingCounts = new HashMap<>();
        for (ReportedFinding f : result.active()) {
            findingCounts.merge(f.file() + "\u0000" + f.resource(), 1, Integer::sum);
        }
        List<FunctionRow> rows = new ArrayList<>();
        int hidden = 0;
        for (LintedTemplate t : result.templates()) {
            TemplateModel model = t.model();
            for (FunctionView fn : model.functions()) {
                boolean internal = t.cdkInternal().contains(fn.logicalId());
                if (internal && !includeCdkInternal) {
                    hidden++;
                    continue;
                }
                rows.add(row(t, fn, internal, policy, findingCounts.getOrDefault(t.loaded().file() + "\u0000" + fn.logicalId(), 0)));
            }
        }
        rows.sort(Comparator.comparing(FunctionRow::group).thenComparing(FunctionRow::name));
        return new Inventory(rows, budgets(result.templates(), policy), hidden);
    }

    /** Per account and region, as LL303 judges them: a template that does not say where it deploys counts in each. */
    private static List<ConcurrencyBudget> budgets(List<LintedTemplate> templates, Policy policy) {
        Set<String> environments = new TreeSet<>();
        templates.forEach(t -> t.model().template().environment().ifPresent(environments::add));
        if (environments.isEmpty()) {
            return List.of(budget(templates, Optional.empty(), policy));
        }
        List<ConcurrencyBudget> budgets = new ArrayList<>();
        for (String environment : environments) {
            List<LintedTemplate> sharing = templates.stream()
                    .filter(t -> t.model().template().environment().map(environment::equals).orElse(true))
                    .toList();
            budgets.add(budget(sharing, Optional.of(environment), policy));
        }
        return budgets;
    }

    private static ConcurrencyBudget budget(List<LintedTemplate> templates, Optional<String> environment, Policy policy) {
        long reserved = 0;
        int reserving = 0;
        int unreserved = 0;
        int unknown = 0;
        for (LintedTemplate t : templates) {
            TemplateModel model = t.model();
            for (FunctionView fn : model.functions()) {
                List<IntegerCandidate> reservations = model.integers(fn.reservedConcurrency());
                if (fn.lacks("ReservedConcurrentExecutions")) {
                    unreserved++;
                } else if (reservations.isEmpty()) {
                    unknown++;
                } else {
                    reserved += reservations.stream().mapToLong(IntegerCandidate::value).max().orElse(0);
                    reserving++;
                }
            }
        }
        return new ConcurrencyBudget(reserved, reserving, unreserved, unknown,
                policy.concurrency().accountLimit(), policy.concurrency().unreservedMinimum(), environment);
    }

    private static FunctionRow row(LintedTemplate t, FunctionView fn, boolean internal, Policy policy, int findings) {
        TemplateModel model = t.model();
        var limits = policy.limits();
        Setting memory = integers(model, fn, "MemorySize", String.valueOf(limits.memoryDefaultMb()));
        Setting vcpus = memory.source() == Setting.Source.UNKNOWN || memory.source() == Setting.Source.UNSET
                ? memory
                : new Setting(memory.values().stream()
                        .map(v -> String.format(Locale.US, "%.2f", Double.parseDouble(v) / limits.mbPerVcpu()))
                        .toList(), memory.source());
        Setting storage = fn.ephemeralStorageSize().isPresent()
                ? Setting.set(model.integers(fn.ephemeralStorageSize()).stream().map(c -> String.valueOf(c.value())).toList())
                : Setting.lambdaDefault(String.valueOf(limits.ephemeralStorageMinMb()));
        Setting architecture = fn.lacks("Architectures")
                ? Setting.lambdaDefault("x86_64")
                : Setting.set(model.candidates(fn.property("Architectures")).stream()
                        .flatMap(v -> v.isList() ? v.items().stream() : java.util.stream.Stream.of(v))
                        .map(Value::text).flatMap(Optional::stream).toList());
        Setting runtime = fn.property("Runtime").isPresent()
                ? Setting.set(model.strings(fn.runtime()).stream().map(StringCandidate::value).toList())
                : fn.property("PackageType").flatMap(Value::text).filter("Image"::equals).isPresent()
                        ? Setting.set(List.of("image"))
                        : Setting.unknown();
        Setting reserved = fn.lacks("ReservedConcurrentExecutions")
                ? Setting.unset()
                : Setting.set(model.integers(fn.reservedConcurrency()).stream().map(c -> String.valueOf(c.value())).toList());
        Setting provisioned = fn.provisionedConcurrency().isEmpty()
                ? Setting.unset()
                : Setting.set(List.of(String.valueOf(fn.provisionedConcurrency().stream()
                        .mapToLong(p -> maximum(model, p)).sum())));
        Setting subnets = Setting.unset();
        Setting securityGroups = Setting.unset();
        for (Value vpc : model.candidates(fn.vpcConfig())) {
            subnets = listSize(model, vpc.get("SubnetIds"));
            securityGroups = listSize(model, vpc.get("SecurityGroupIds"));
        }
        if (fn.vpcConfig().isPresent() && model.candidates(fn.vpcConfig()).isEmpty()) {
            subnets = Setting.unknown();
            securityGroups = Setting.unknown();
        }
        List<String> sources = fn.eventSources().stream().map(Inventory::describe).distinct().toList();
        return new FunctionRow(t.loaded().file(), t.loaded().stack(), fn.logicalId(),
                t.loaded().constructPath(fn.logicalId()), internal, runtime, architecture, memory, vcpus, storage,
                integers(model, fn, "Timeout", String.valueOf(limits.timeoutDefaultSeconds())),
                reserved, provisioned, subnets, securityGroups, sources, findings);
    }

    private static Setting integers(TemplateModel model, FunctionView fn, String property, String lambdaDefault) {
        if (fn.lacks(property)) {
            return Setting.lambdaDefault(lambdaDefault);
        }
        return Setting.set(model.integers(fn.property(property)).stream().map(c -> String.valueOf(c.value())).toList());
    }

    private static long maximum(TemplateModel model, ProvisionedConcurrency p) {
        return model.integers(Optional.of(p.executions())).stream().mapToLong(IntegerCandidate::value).max().orElse(0);
    }

    private static Setting listSize(TemplateModel model, Optional<Value> list) {
        if (list.isEmpty()) {
            return Setting.unset();
        }
        List<String> sizes = new ArrayList<>();
        for (Value v : model.candidates(list.get())) {
            if (v.isList()) {
                sizes.add(String.valueOf(v.items().size()));
            } else if (v.node().isTextual()) {
                String text = v.node().asText().trim();
                sizes.add(String.valueOf(text.isEmpty() ? 0 : text.split(",").length));
            }
        }
        return Setting.set(sizes);
    }

    private static String describe(EventSource source) {
        return switch (source.kind()) {
            case HTTP_API -> "http-api";
            case CLOUDWATCH_LOGS -> "logs";
            default -> source.kind().name().toLowerCase(Locale.ROOT);
        };
    }
}
