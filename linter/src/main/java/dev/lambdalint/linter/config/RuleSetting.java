package dev.lambdalint.linter.config;

import dev.lambdalint.rules.Severity;
import java.util.Optional;

/** What the config says about one rule; what it leaves out keeps the rule's default. */
public record RuleSetting(Optional<Severity> severity, Optional<Boolean> enabled) {}
