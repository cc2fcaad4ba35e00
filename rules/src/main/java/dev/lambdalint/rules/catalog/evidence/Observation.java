package dev.lambdalint.rules.catalog.evidence;

import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.evidence.Observed;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One function's evidence beside its template settings, as the evidence rules read them: the setting
 * in force and where it is written (the resource's line when unset, as Lambda then applies its
 * default), and the figures every message and JSON {@code evidence} object carries.
 */
record Observation(FunctionView fn, Observed observed) {

    /** The function's evidence, when the run has some for it. */
    static Optional<Observation> of(TemplateModel template, FunctionView fn, LintContext context) {
        return context.evidence().of(template.template(), fn.logicalId()).map(o -> new Observation(fn, o));
    }

    /** A template setting: its value, where it is written, whether it is Lambda's default. */
    record Setting(long value, String pointer, boolean isDefault) {}

    /**
     * The settings the template can give {@code property}: every candidate (parameters, conditions), or the
     * default at the resource (or its {@code Globals} line) when unset; empty when it cannot be known.
     */
    List<Setting> settings(TemplateModel template, Optional<Value> property, String name, long defaultValue) {
        if (fn.lacks(name)) {
            return List.of(new Setting(defaultValue, fn.pointer(), true));
        }
        return template.integers(property).stream()
                .map((IntegerCandidate c) -> new Setting(c.value(), c.pointer(), false))
                .toList();
    }

    /** Where a finding about {@code property} goes when its value cannot be resolved: the property, else the resource. */
    String pointerOf(Optional<Value> property) {
        return property.map(Value::pointer).orElse(fn.pointer());
    }

    /** " over 1,532 invocations between 2026-11-20 and 2026-11-27" (the dates only when the export has them). */
    String window() {
        return String.format(Locale.ROOT, " over %s invocation%s", count(observed.invocations()),
                observed.invocations() == 1 ? "" : "s") + dates();
    }

    String dates() {
        if (observed.first().isEmpty() || observed.last().isEmpty()) {
            return "";
        }
        LocalDate first = observed.first().get().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate last = observed.last().get().atOffset(ZoneOffset.UTC).toLocalDate();
        return first.equals(last) ? " on " + first : " between " + first + " and " + last;
    }

    /** The figures every evidence finding rests on, then the rule's own. */
    Map<String, Object> evidence(Object... more) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", observed.source());
        out.put("invocations", observed.invocations());
        observed.first().ifPresent(t -> out.put("from", t.toString()));
        observed.last().ifPresent(t -> out.put("to", t.toString()));
        for (int i = 0; i + 1 < more.length; i += 2) {
            out.put((String) more[i], more[i + 1]);
        }
        return out;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String ms(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** "99 %", "7.5 %": a tenth where it changes the reading of a small share. */
    static String percent(double share) {
        double p = share * 100;
        return p < 10 && Math.abs(p - Math.rint(p)) >= 0.05
                ? String.format(Locale.ROOT, "%.1f %%", p) : String.format(Locale.ROOT, "%.0f %%", p);
    }

    static String invocations(long n) {
        return count(n) + (n == 1 ? " invocation" : " invocations");
    }

    /** Rounded for the JSON object: two decimals are what REPORT lines print. */
    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
