package dev.lambdalint.linter.evidence;

import dev.lambdalint.rules.evidence.EvidenceMatch;
import dev.lambdalint.rules.evidence.Observed;
import java.util.List;
import java.util.Map;

/**
 * What a run's evidence held and how it matched the templates, for the summary (text and JSON) and the
 * report's observed table.
 *
 * @param observed every source read, matched or not, by name
 * @param functionOf the function each matched source belongs to, by source
 * @param matchedFunctions how many template functions have evidence
 * @param unmatched sources that name no function of the inputs
 * @param ambiguous a sentence per source or function matched more than once
 */
public record EvidenceSummary(List<EvidenceFile> files, Map<String, Observed> observed, Map<String, String> functionOf,
        int matchedFunctions, List<String> unmatched, List<String> ambiguous) {

    public EvidenceSummary {
        files = List.copyOf(files);
        observed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(observed));
        functionOf = Map.copyOf(functionOf);
        unmatched = List.copyOf(unmatched);
        ambiguous = List.copyOf(ambiguous);
    }

    public static EvidenceSummary of(EvidenceSet set, EvidenceMatch match) {
        return new EvidenceSummary(set.files(), set.observed(), match.functionOf(), match.matchedFunctions(),
                match.unmatched(), match.ambiguous());
    }

    /** One line for the text summary: what was read and what of it matched nothing. */
    public String line() {
        StringBuilder sb = new StringBuilder("Evidence: ");
        sb.append(files.size()).append(files.size() == 1 ? " file, " : " files, ");
        sb.append(observed.size()).append(observed.size() == 1 ? " log group" : " log groups");
        sb.append(", ").append(matchedFunctions).append(matchedFunctions == 1 ? " function" : " functions").append(" matched");
        if (!unmatched.isEmpty()) {
            sb.append("; no function for ").append(String.join(", ", unmatched));
        }
        if (!ambiguous.isEmpty()) {
            sb.append("; ambiguous (left out): ").append(String.join("; ", ambiguous));
        }
        return sb.append('.').toString();
    }
}
