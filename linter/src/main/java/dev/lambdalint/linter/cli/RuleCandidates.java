package dev.lambdalint.linter.cli;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Rule ids and names, for shell completion after {@code explain}, {@code --select} and {@code --ignore}. */
final class RuleCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        // Built when asked, not when Picocli makes the command's model: a plain run never asks.
        List<String> words = new ArrayList<>();
        for (Rule rule : Catalog.RULES) {
            words.add(rule.id());
        }
        for (Rule rule : Catalog.RULES) {
            words.add(rule.info().name());
        }
        return words.iterator();
    }
}
