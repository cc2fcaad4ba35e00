package dev.lambdalint.linter.config;

import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.policy.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one run: per-rule severity and enablement, the policy thresholds, input limits and
 * ignore globs.
 *
 * @param rules settings keyed by rule id
 * @param file the config file these came from, if any
 * @param baseline the {@code baseline:} key: the baseline file every check applies (relative to the
 *     config file's folder; resolved here)
 */
public record Config(Map<String, RuleSetting> rules, Policy policy, ReadLimits input, List<String> ignore,
                     Optional<Path> file, Optional<Path> baseline) {

    public Config(Map<String, RuleSetting> rules, Policy policy, ReadLimits input, List<String> ignore,
                  Optional<Path> file) {
        this(rules, policy, input, ignore, file, Optional.empty());
    }

    public static final Config DEFAULT = new Config(Map.of(), Policy.DEFAULT, ReadLimits.DEFAULT, List.of(), Optional.empty());

    public boolean enabled(Rule rule) {
        RuleSetting s = rules.get(rule.id());
        return s != null && s.enabled().isPresent() ? s.enabled().get() : rule.info().enabledByDefault();
    }

    public Severity severity(Rule rule) {
        RuleSetting s = rules.get(rule.id());
        return s != null && s.severity().isPresent() ? s.severity().get() : rule.info().severity();
    }

    /** This config with {@code settings} in place of its rule settings (the command line's --select and --ignore). */
    public Config withRuleSettings(Map<String, RuleSetting> settings) {
        return new Config(Map.copyOf(settings), policy, input, ignore, file, baseline);
    }

    /** The folder the {@link #ignore} globs are relative to: the config file's, or the working directory without one. */
    public Path ignoreBase(Path workingDirectory) {
        return file.map(f -> f.toAbsolutePath().getParent()).orElse(workingDirectory);
    }
}
