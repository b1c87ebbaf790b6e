package org.gigasim.scenarios;

import java.util.List;

/**
 * A scenario file's {@code sensitivity:} block as {@code gigasim sensitivity} reads it: the
 * method, its size, the factors (each a path and its range or distribution, written as after
 * {@code --factor PATH=}) and the metrics; a field the block leaves out is null.
 *
 * @param factors in file order
 */
public record SensitivityPlan(String method, Integer samples, Integer levels, Integer replications,
        List<FactorEntry> factors, List<String> metrics) {

    /** One factor: a path as in {@code --set} and {@code LOW..HIGH} or a distribution in flow style. */
    public record FactorEntry(String path, String value) {
        /** As {@code --factor} takes it: {@code path=value}. */
        public String option() {
            return path + "=" + value;
        }
    }

    /** Copies the lists. */
    public SensitivityPlan {
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
    }

    /** {low, high} of {@code LOW..HIGH} with finite numbers and LOW &lt; HIGH, or null. */
    static double[] range(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            return null;
        }
        try {
            double low = Double.parseDouble(text.substring(0, dots).trim());
            double high = Double.parseDouble(text.substring(dots + 2).trim());
            return Double.isFinite(low) && Double.isFinite(high) && low < high ? new double[] {low, high} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
