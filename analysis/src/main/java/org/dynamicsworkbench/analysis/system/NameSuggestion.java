package org.dynamicsworkbench.analysis.system;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a mistyped one by case-insensitive Levenshtein distance. */
final class NameSuggestion {

    private NameSuggestion() {
    }

    /**
     * The candidate nearest to {@code query}, if it is within max(2, length / 3) edits; ties go to the
     * candidate that comes first in iteration order.
     */
    static Optional<String> closest(String query, Collection<String> candidates) {
        String q = query.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, q.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(q, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
    static int distance(String a, String b) {
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
