package org.gigasim.results;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Testing thousands of figures at once: the paired t test's p-value of each, and the
 * Benjamini–Hochberg step-up procedure, which keeps the expected share of false discoveries
 * among the figures it calls significant at or below {@link #RATE}. Uncorrected, about 5% of
 * figures that did not change at all would still look significant at 95%.
 */
final class FalseDiscovery {

    /** The false-discovery rate controlled. */
    static final double RATE = 0.05;

    private FalseDiscovery() {
    }

    /**
     * Two-sided p-value of a mean difference {@code mean} over {@code n} pairs with sample
     * standard deviation {@code stdev}: 2 × P(T(n − 1) > |t|). With no spread, 0 if the mean
     * is not zero and 1 if it is; NaN below two pairs.
     */
    static double pValue(double mean, double stdev, long n) {
        if (n < 2 || Double.isNaN(mean) || Double.isNaN(stdev)) {
            return Double.NaN;
        }
        if (stdev == 0) {
            return mean == 0 ? 1 : 0;
        }
        double t = Math.abs(mean) / (stdev / Math.sqrt(n));
        return Math.min(1, 2 * TDistribution.of(n - 1).survivalProbability(t));
    }

    /**
     * Which of {@code pValues} the Benjamini–Hochberg procedure rejects at {@link #RATE}: sort
     * the m tested p-values, find the largest k with p(k) ≤ k × RATE / m, and reject the k
     * smallest. NaN entries are not tested and never rejected; ties are broken by position so
     * the result is deterministic.
     */
    static boolean[] rejected(double[] pValues) {
        Integer[] order = new Integer[pValues.length];
        int m = 0;
        for (int i = 0; i < pValues.length; i++) {
            if (!Double.isNaN(pValues[i])) {
                order[m++] = i;
            }
        }
        Integer[] tested = Arrays.copyOf(order, m);
        Arrays.sort(tested, Comparator.comparingDouble((Integer i) -> pValues[i]).thenComparingInt(i -> i));
        int k = 0;
        for (int rank = 1; rank <= m; rank++) {
            if (pValues[tested[rank - 1]] <= rank * RATE / m) {
                k = rank;
            }
        }
        boolean[] rejected = new boolean[pValues.length];
        for (int rank = 0; rank < k; rank++) {
            rejected[tested[rank]] = true;
        }
        return rejected;
    }
}
