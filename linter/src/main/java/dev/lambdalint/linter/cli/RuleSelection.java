package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.config.RuleSetting;
import dev.lambdalint.linter.text.DidYouMean;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code --select} and {@code --ignore}: which rules run, chosen on the command line after the config has
 * had its say, the way cfn-lint's {@code -i W E2533} and ruff's {@code --select} are used. A rule is named by
 * id ({@code LL301}, or {@code 301}), by name, by an id prefix for a group ({@code LL7}, {@code 7}: the
 * logging and tracing rules), or by the severity in force ({@code error}, {@code warning}, {@code info}, or
 * {@code E}, {@code W}, {@code I}).
 */
final class RuleSelection {

    List<String> select = new ArrayList<>();

    List<String> ignore = new ArrayList<>();

    /** {@code config} with the choices applied; empty after saying on {@code err} which word is unknown. */
    Optional<Config> apply(Config config, java.io.PrintWriter err) {
        if (select.isEmpty() && ignore.isEmpty()) {
            return Optional.of(config);
        }
        List<Predicate<Rule>> selected = new ArrayList<>();
        List<Predicate<Rule>> ignored = new ArrayList<>();
        List<Rule> named = new ArrayList<>();
        for (String word : select) {
            Optional<Predicate<Rule>> p = matcher(word, config, named, err, "--select");
            if (p.isEmpty()) {
                return Optional.empty();
            }
            selected.add(p.get());
        }
        for (String word : ignore) {
            Optional<Predicate<Rule>> p = matcher(word, config, new ArrayList<>(), err, "--ignore");
            if (p.isEmpty()) {
                return Optional.empty();
            }
            ignored.add(p.get());
        }
        Map<String, RuleSetting> settings = new LinkedHashMap<>(config.rules());
        for (Rule rule : Catalog.RULES) {
            boolean on = config.enabled(rule) || named.contains(rule);
            if (!selected.isEmpty() && selected.stream().noneMatch(p -> p.test(rule))) {
                on = false;
            }
            if (ignored.stream().anyMatch(p -> p.test(rule))) {
                on = false;
            }
            settings.put(rule.id(), new RuleSetting(Optional.of(config.severity(rule)), Optional.of(on)));
        }
        return Optional.of(config.withRuleSettings(settings));
    }

    /** What {@code word} picks out; a rule it names exactly goes to {@code named}. */
    private static Optional<Predicate<Rule>> matcher(String given, Config config, List<Rule> named,
                                                     java.io.PrintWriter err, String option) {
        String word = given.trim();
        Optional<Severity> severity = severity(word);
        if (severity.isPresent()) {
            return Optional.of(rule -> config.severity(rule) == severity.get());
        }
        String id = word.chars().allMatch(Character::isDigit) && !word.isEmpty() ? "LL" + word : word;
        Optional<Rule> rule = Catalog.find(id);
        if (rule.isPresent()) {
            named.add(rule.get());
            return Optional.of(r -> r == rule.get());
        }
        String prefix = id.toUpperCase(Locale.ROOT);
        if (prefix.matches("LL\\d{1,2}") && Catalog.RULES.stream().anyMatch(r -> r.id().startsWith(prefix))) {
            return Optional.of(r -> r.id().startsWith(prefix));
        }
        err.println("lambdalint: " + option + " " + given + ": no rule, group or severity by that name"
                + DidYouMean.ruleHint(word) + " (`lambdalint rules` lists them)");
        return Optional.empty();
    }

    private static Optional<Severity> severity(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "e", "error", "errors" -> Optional.of(Severity.ERROR);
            case "w", "warning", "warnings" -> Optional.of(Severity.WARNING);
            case "i", "info", "infos" -> Optional.of(Severity.INFO);
            default -> Optional.empty();
        };
    }
}
