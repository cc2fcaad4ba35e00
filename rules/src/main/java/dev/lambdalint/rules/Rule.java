package dev.lambdalint.rules;

/**
 * A rule of the catalogue. Rules are pure: they read the model and report findings that point at a
 * JSON pointer; they never read files, print, or know about lines.
 */
public sealed interface Rule permits TemplateRule, RunRule, SuppressionRule {

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        }
        return info;
    }

    default String id() {
        return info().id();
    }
}
