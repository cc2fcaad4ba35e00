package dev.lambdalint.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a user reads about a rule, kept beside its code. The command line ({@code rules},
 * {@code explain}), the generated docs pages and the SARIF rule descriptors all read this one copy.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable public id, {@code LL} and three digits. */
    String id();

    /** Stable public name, lower-case words joined by hyphens. */
    String name();

    Severity severity();

    /** One line, no trailing period. */
    String summary();

    /** Why the rule exists: the failure it prevents and the documented fact behind it. */
    String rationale();

    /** What to change in the template. */
    String fix();

    /** A short template fragment that shows the fixed configuration. */
    String example() default "";

    /**
     * Whether the rule judges Lambda Web Functions, and why not where it does not: one of the wordings
     * of {@link WebFunctionScope}. Empty means {@link WebFunctionScope#NOT_READ}.
     */
    String webFunctions() default "";

    /** Rules a team opts into (parity checks for stricter policies). */
    boolean enabledByDefault() default true;

    String[] tags() default {};
}
