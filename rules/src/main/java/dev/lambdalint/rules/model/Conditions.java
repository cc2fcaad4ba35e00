package dev.lambdalint.rules.model;

import java.util.Map;

/**
 * The conditions under which a value is taken (condition name to truth: {@code Fn::If} branches, a
 * resource's {@code Condition}), as {@link TemplateModel#conditionalIntegers} and
 * {@link TemplateModel#conditionsAt} give them. An empty map: in every deployment.
 */
public final class Conditions {
    private Conditions() {}

    /** False when one needs a condition true that the other needs false: no deployment has both. */
    public static boolean canCoexist(Map<String, Boolean> a, Map<String, Boolean> b) {
        for (Map.Entry<String, Boolean> e : a.entrySet()) {
            Boolean theirs = b.get(e.getKey());
            if (theirs != null && !theirs.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
