package org.deltanet.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the closest valid name to a misspelt one, for "did you mean" in error messages.
 *
 * <p>Closeness is the Levenshtein edit distance (ties go to the name sharing the longest start); a candidate is only suggested when it is within
 * half the length of the longer word, so unrelated names are never offered.
 */
public final class NameSuggestions {

    private NameSuggestions() {}

    /** The candidate nearest to {@code wrong}, if any is near enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(wrong, c))
                        .thenComparingInt(c -> -commonPrefix(wrong, c))
                        .thenComparing(c -> c))
                .filter(c -> distance(wrong, c) <= Math.max(2, Math.max(wrong.length(), c.length()) / 2));
    }

    /** Letters the two words share at their start: among equally distant names, "unit" means "units", not "init". */
    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance: insertions, deletions and substitutions, each costing one. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
