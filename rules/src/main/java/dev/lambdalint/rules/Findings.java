package dev.lambdalint.rules;

import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where rules put what they find. A rule names itself, the resource the finding is about, the JSON
 * pointer it points at and the message; the template is already known here, and the position is
 * looked up by the reporter (the way PMD's {@code ctx.addViolation(node)} works), so no rule repeats
 * them. Not thread-safe: one per template (or per run).
 */
public final class Findings {
    private final Optional<Template> template;
    private final List<Finding> list;

    private Findings(Optional<Template> template, List<Finding> list) {
        this.template = template;
        this.list = list;
    }

    /** For the template rules that judge {@code template}. */
    public static Findings of(TemplateModel template) {
        return new Findings(Optional.of(template.template()), new ArrayList<>());
    }

    /** For run rules, which see every template of a run: they report through {@link #in}. */
    public static Findings acrossTemplates() {
        return new Findings(Optional.empty(), new ArrayList<>());
    }

    /** The same findings, reporting into {@code other}. */
    public Findings in(TemplateModel other) {
        return new Findings(Optional.of(other.template()), list);
    }

    /** A finding about function {@code fn}, whose suppressions apply to it. */
    public void report(Rule rule, FunctionView fn, String pointer, String message) {
        report(rule, fn.logicalId(), pointer, message);
    }

    /** A finding about the resource with logical id {@code resource} (not a function, or not yet one). */
    public void report(Rule rule, String resource, String pointer, String message) {
        report(rule, resource, pointer, message, Map.of());
    }

    /** A finding about function {@code fn} that rests on figures from production (the evidence rules). */
    public void report(Rule rule, FunctionView fn, String pointer, String message, Map<String, Object> evidence) {
        report(rule, fn.logicalId(), pointer, message, evidence);
    }

    private void report(Rule rule, String resource, String pointer, String message, Map<String, Object> evidence) {
        Template at = template.orElseThrow(() -> new IllegalStateException(
                rule.id() + " reports across templates: name the template with in(template)"));
        list.add(new Finding(rule.id(), at, pointer, resource, message, evidence));
    }

    public List<Finding> list() {
        return Collections.unmodifiableList(list);
    }
}
