package dev.lambdalint.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.catalog.memory.MemoryOutOfRange;
import dev.lambdalint.rules.catalog.storage.EphemeralStorageOutOfRange;
import dev.lambdalint.rules.catalog.timeouts.TimeoutOutOfRange;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.Policy;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Judges a function's settings against Lambda's hard limits by running the linter's own range rules on
 * a one-resource template made of those settings. The construct therefore fails with exactly the
 * message {@code lambdalint check} would print for the synthesized template, and a limit that AWS
 * moves is moved in one place (the policy's {@code LambdaLimits}).
 */
final class LimitCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The range rules: a value outside them makes the deployment fail. */
    static final List<String> RANGE_RULES = List.of(MemoryOutOfRange.class, EphemeralStorageOutOfRange.class, TimeoutOutOfRange.class)
            .stream().map(RuleText::id).toList();

    private LimitCheck() {}

    /**
     * @param name how the function is named in the message (its construct path)
     * @throws HardeningException for the first range the settings break; the message lists them all
     */
    static void check(String name, Policy policy, Optional<String> runtime, OptionalLong memoryMb,
                      OptionalLong ephemeralStorageMb, OptionalLong timeoutSeconds) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode properties = root.putObject("Resources").putObject(name)
                .put("Type", "AWS::Lambda::Function")
                .putObject("Properties");
        runtime.ifPresent(r -> properties.put("Runtime", r));
        memoryMb.ifPresent(m -> properties.put("MemorySize", m));
        ephemeralStorageMb.ifPresent(s -> properties.putObject("EphemeralStorage").put("Size", s));
        timeoutSeconds.ifPresent(t -> properties.put("Timeout", t));

        TemplateModel model = TemplateModel.of(new Template(name, root));
        LintContext context = new LintContext(policy, LocalDate.now(ZoneOffset.UTC));
        List<TemplateRule> rules = new ArrayList<>();
        for (String id : RANGE_RULES) {
            Optional<Rule> rule = Catalog.find(id);
            if (rule.isPresent() && rule.get() instanceof TemplateRule templateRule) {
                rules.add(templateRule);
            }
        }
        List<String> problems = new ArrayList<>();
        String firstRule = null;
        for (Finding f : TemplateRule.checkAll(rules, model, context)) {
            Rule rule = Catalog.require(f.ruleId());
            // The linter's text format: "ID name: message", then the fix indented below.
            problems.add(f.ruleId() + " " + rule.info().name() + ": " + f.message() + "\n    fix: " + rule.info().fix());
            firstRule = firstRule == null ? f.ruleId() : firstRule;
        }
        if (firstRule != null) {
            throw new HardeningException(firstRule, String.join("\n", problems));
        }
    }
}
