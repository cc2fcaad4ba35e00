package dev.lambdalint.rules.text;

/**
 * The Levenshtein distance (insertions, deletions, replacements) behind every "nearest known name" the
 * rules and the loader suggest: property names (LL004), runtime ids (LL613), suppression markers (LL002).
 * The command line's did-you-mean also counts a swap of neighbours as one edit (linter's
 * {@code DidYouMean}), since people type options transposed more than they misspell ids.
 */
public final class EditDistance {
    private EditDistance() {}

    /** The edits that turn {@code a} into {@code b}; the words compared are short, so two rows are enough. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
