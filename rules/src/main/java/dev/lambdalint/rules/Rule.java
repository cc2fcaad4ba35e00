package dev.lambdalint.rules;

/**
 * A rule of the catalogue. Rules are pure: they read the model and report findings that point at a
 * JSON pointer; they never read files, print, or know about lines. A rule is one of three kinds, by
 * what it judges: {@link TemplateRule}, {@link RunRule}, {@link SuppressionRule} ({@code CatalogTest}
 * holds every rule to that). Not a sealed interface: its permits clause would make this file and the
 * three kinds depend on each other, and so on {@link Findings}.
 */
public interface Rule {

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
