package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions for misspelt names, by edit distance. */
final class Hints {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    private Hints() {
    }

    /** The known name closest to {@code name}, if close enough to be a likely typo. */
    static Optional<String> closest(String name, Collection<String> known) {
        String wanted = SNAKE.translate(name);   // someone writing camelCase meant the snake_case field
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"}, or empty when nothing is close. */
    static String didYouMean(String name, Collection<String> known) {
        return closest(name, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /** {@code text} cut to 40 characters, so a huge value never floods a message. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
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
