package dev.lambdalint.rules;

import dev.lambdalint.rules.model.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where rules put what they find. Not thread-safe: one per template (or per run). */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    public void add(Rule rule, Template template, String pointer, String resource, String message) {
        list.add(new Finding(rule.id(), template, pointer, resource, message));
    }

    public List<Finding> list() {
        return Collections.unmodifiableList(list);
    }
}
