package wave.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the valid name closest to a misspelt one, by edit distance (insertions, deletions, substitutions and
 * swaps of neighbours each count 1, case ignored; of equally close names the one sharing the longest beginning wins).
 * A name further than a third of its length (at least 2) from every candidate gets no suggestion.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate within reach, the first of equally close ones. */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        String name = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, given.length() / 3) + 1;
        int bestPrefix = -1;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int d = distance(name, lower);
            int prefix = commonPrefix(name, lower);
            if (d < bestDistance || d == bestDistance && best != null && prefix > bestPrefix) {
                best = candidate;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'fee_pct'?"}, or the empty string when nothing is close. */
    public static String hint(String given, Collection<String> candidates) {
        return closest(given, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
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
