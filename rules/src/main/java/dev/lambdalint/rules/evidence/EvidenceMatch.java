package dev.lambdalint.rules.evidence;

import dev.lambdalint.rules.model.Template;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which function each source of evidence belongs to. Sources that match no function and sources or
 * functions matched more than once are listed, not guessed: their evidence judges nothing.
 *
 * @param functionOf the function each matched source belongs to ({@code stack/LogicalId} or {@code LogicalId}), by source
 * @param unmatched sources that name no function of the inputs
 * @param ambiguous a sentence per source that fits several functions, or function that several sources fit
 */
public record EvidenceMatch(Map<Template, Map<String, Observed>> byFunction, Map<String, String> functionOf,
        List<String> unmatched, List<String> ambiguous) {

    public static final EvidenceMatch NONE = new EvidenceMatch(Map.of(), Map.of(), List.of(), List.of());

    public EvidenceMatch {
        byFunction = new IdentityHashMap<>(byFunction);
        functionOf = Map.copyOf(functionOf);
        unmatched = List.copyOf(unmatched);
        ambiguous = List.copyOf(ambiguous);
    }

    /** The evidence of one function of one template. */
    public Optional<Observed> of(Template template, String logicalId) {
        Map<String, Observed> functions = byFunction.get(template);
        return functions == null ? Optional.empty() : Optional.ofNullable(functions.get(logicalId));
    }

    /** How many functions have evidence. */
    public int matchedFunctions() {
        return byFunction.values().stream().mapToInt(Map::size).sum();
    }
}
