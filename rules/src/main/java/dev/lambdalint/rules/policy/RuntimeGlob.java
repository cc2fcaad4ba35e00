package dev.lambdalint.rules.policy;

import java.util.Collection;
import java.util.Optional;

/** Matches runtime ids against config patterns where {@code *} stands for any run of characters. */
public final class RuntimeGlob {
    private RuntimeGlob() {}

    public static boolean matches(String pattern, String runtime) {
        return matches(pattern, 0, runtime, 0);
    }

    /** The most specific pattern that matches: an exact id first, then the longest pattern. */
    public static Optional<String> bestMatch(Collection<String> patterns, String runtime) {
        String best = null;
        for (String pattern : patterns) {
            if (!matches(pattern, runtime)) {
                continue;
            }
            if (pattern.equals(runtime)) {
                return Optional.of(pattern);
            }
            if (best == null || pattern.length() > best.length()) {
                best = pattern;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matches(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (matches(p, pi + 1, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || c != s.charAt(si)) {
                return false;
            }
            pi++;
            si++;
        }
        return si == s.length();
    }
}
