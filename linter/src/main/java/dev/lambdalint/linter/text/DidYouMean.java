package dev.lambdalint.linter.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known word a mistyped one was most likely meant to be: {@code chek} for {@code check},
 * {@code memory-defualt} for {@code memory-default}. Case is ignored and a swap of two neighbouring
 * letters counts as one slip, since those are the typos people make; a word too far from every
 * candidate gets no suggestion rather than a wild guess.
 */
public final class DidYouMean {
    private DidYouMean() {}

    /** The closest candidate within reach of {@code typed}; the first of equally close ones. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String word = typed.toLowerCase(Locale.ROOT);
        // One slip in a short word, about one in three letters in a long one.
        int reach = Math.max(1, Math.min(3, word.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance && d <= reach && d < candidate.length()) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean X?" to append to a message, or nothing. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean " + c + "?").orElse("");
    }

    /** " ; did you mean LL301?" for a word meant as a rule id or name, or nothing. */
    public static String ruleHint(String typed) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (dev.lambdalint.rules.Rule rule : dev.lambdalint.rules.Catalog.RULES) {
            words.add(rule.id());
            words.add(rule.info().name());
        }
        return hint(typed, words);
    }

    /** Edits (insert, delete, replace, swap of neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
