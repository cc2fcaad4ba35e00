package dev.lambdalint.linter.evidence;

import dev.lambdalint.rules.evidence.Observed;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a run's {@code --evidence} arguments held.
 *
 * @param observed what each source (log group, or the name evidence was given under) showed, by name
 * @param explicit the sources named by {@code FUNCTION=FILE}: tied to a function by the user, not by a log group
 * @param files each file read, with its format
 * @param errors the files that could not be read, or only in part
 */
public record EvidenceSet(Map<String, Observed> observed, Set<String> explicit, List<EvidenceFile> files,
        List<EvidenceError> errors) {

    public EvidenceSet {
        observed = Map.copyOf(observed);
        explicit = Set.copyOf(explicit);
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }
}
