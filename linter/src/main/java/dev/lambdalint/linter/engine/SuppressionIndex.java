package dev.lambdalint.linter.engine;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suppressions of one template that take effect: those naming a known rule and giving a reason
 * (the others are LL002 findings and silence nothing). LL001 and LL002 cannot be suppressed. A
 * suppression covers a resource (from its Metadata, or a comment on its line) or a property and what
 * lies below it (a comment on the property's line).
 *
 * <p>Indexed by rule and resource, since every finding asks: a comment on a Globals line becomes one
 * suppression covering a property of every function, and checking each finding against all of them
 * would grow with functions times findings.
 */
final class SuppressionIndex {
    private static final String RESOURCES = "/Resources/";

    /** A suppression in force and its place in the order they are written: the first that covers wins. */
    private record Entry(int order, Suppression suppression) {}

    /** Rule id, then resource: the resource a suppression names, or the resource each of its properties lies in. */
    private final Map<String, Map<String, List<Entry>>> byRule = new HashMap<>();
    /** Rule id: suppressions of properties outside Resources, which a finding rarely points into. */
    private final Map<String, List<Entry>> elsewhere = new HashMap<>();
    /** Every suppression in force with the id of the rule it names, in the order written. */
    private final List<Map.Entry<String, Suppression>> inForce = new ArrayList<>();

    static SuppressionIndex of(TemplateModel model) {
        SuppressionIndex index = new SuppressionIndex();
        int order = 0;
        for (Suppression s : model.suppressions()) {
            Optional<Rule> rule = s.rule().flatMap(Catalog::find);
            if (rule.isEmpty() || s.reason().isEmpty()) {
                continue;
            }
            Entry entry = new Entry(order++, s);
            String ruleId = rule.get().id();
            index.inForce.add(Map.entry(ruleId, s));
            if (s.properties().isEmpty()) {
                index.add(ruleId, s.resource(), entry);
                continue;
            }
            Set<String> resources = new LinkedHashSet<>();
            for (String property : s.properties()) {
                String resource = resourceOf(property);
                if (resource == null) {
                    index.elsewhere.computeIfAbsent(ruleId, k -> new ArrayList<>()).add(entry);
                } else if (resources.add(resource)) {
                    index.add(ruleId, resource, entry);
                }
            }
        }
        return index;
    }

    private void add(String ruleId, String resource, Entry entry) {
        byRule.computeIfAbsent(ruleId, k -> new HashMap<>()).computeIfAbsent(resource, k -> new ArrayList<>()).add(entry);
    }

    /** The suppressions in force (a known rule and a reason), each with the id of the rule it names. */
    List<Map.Entry<String, Suppression>> inForce() {
        return inForce;
    }

    /** The reason of the first suppression that covers {@code finding}, in the order they are written. */
    Optional<String> reasonFor(Finding finding) {
        return covering(finding).flatMap(Suppression::reason);
    }

    /** The first suppression, in the order they are written, that covers {@code finding}. */
    Optional<Suppression> covering(Finding finding) {
        if (finding.ruleId().equals("LL001") || finding.ruleId().equals("LL002")) {
            return Optional.empty();
        }
        Map<String, List<Entry>> byResource = byRule.getOrDefault(finding.ruleId(), Map.of());
        Entry first = firstCovering(byResource.get(finding.resource()), finding, null);
        String pointed = resourceOf(finding.pointer());
        if (pointed != null && !pointed.equals(finding.resource())) {
            first = firstCovering(byResource.get(pointed), finding, first);
        }
        first = firstCovering(elsewhere.get(finding.ruleId()), finding, first);
        return first == null ? Optional.empty() : Optional.of(first.suppression());
    }

    /** The earliest written of {@code best} and the entries of {@code candidates} that cover {@code finding}. */
    private static Entry firstCovering(List<Entry> candidates, Finding finding, Entry best) {
        if (candidates == null) {
            return best;
        }
        for (Entry e : candidates) {
            if (best != null && e.order() >= best.order()) {
                return best;
            }
            if (e.suppression().covers(finding.resource(), finding.pointer())) {
                return e;
            }
        }
        return best;
    }

    /** The logical id a pointer leads into ({@code /Resources/Fn/Properties/...} gives Fn), or null. */
    private static String resourceOf(String pointer) {
        if (!pointer.startsWith(RESOURCES)) {
            return null;
        }
        int end = pointer.indexOf('/', RESOURCES.length());
        String escaped = pointer.substring(RESOURCES.length(), end < 0 ? pointer.length() : end);
        return Pointers.segments("/" + escaped).get(0);
    }
}
