package dev.lambdalint.cdk;

import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RuleInfo;

/**
 * The id and name of a catalogue rule, read from the rule class's own metadata, so that a renamed rule
 * renames the constructs' messages too. Messages start as the linter prints them: {@code LL301 reserved-concurrency-missing: ...}.
 */
final class RuleText {
    private RuleText() {}

    static RuleInfo info(Class<? extends Rule> rule) {
        RuleInfo info = rule.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(rule.getName() + " lacks @RuleInfo");
        }
        return info;
    }

    static String id(Class<? extends Rule> rule) {
        return info(rule).id();
    }

    /** {@code "<id> <name>: "} followed by the formatted detail. */
    static String message(Class<? extends Rule> rule, String format, Object... args) {
        RuleInfo info = info(rule);
        return info.id() + " " + info.name() + ": " + String.format(format, args);
    }

    static HardeningException refusal(Class<? extends Rule> rule, String format, Object... args) {
        return new HardeningException(id(rule), message(rule, format, args));
    }
}
