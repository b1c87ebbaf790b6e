package org.gigasim.model.spec;

import java.util.List;

/**
 * What an answer figure is expected to do against another scenario: in each of
 * {@code years}, the mean paired difference (this scenario minus {@code vs}, same seed and
 * replications) moves in direction {@code change} with a 95% confidence interval clear of
 * zero, by at least {@code minChange} in the metric's unit. A catalog scenario states its
 * answer this way, and a test keeps the statement true.
 *
 * @param vs the scenario compared with: a catalog name, or a path relative to this file
 * @param change {@code increase} or {@code decrease}
 * @param years calendar years in which the statement holds, each within the scenario
 * @param minChange the smallest size of the mean difference that matters (0 when absent)
 */
public record ExpectSpec(String vs, String change, List<Integer> years, Double minChange) {

    /** The two directions a difference may be expected to take. */
    public static final List<String> CHANGES = List.of("increase", "decrease");

    public ExpectSpec {
        Checks.require("expect vs", vs);
        Checks.require("expect change", change);
        if (!CHANGES.contains(change)) {
            throw new IllegalArgumentException("expect change must be increase or decrease, but was " + change);
        }
        years = Checks.list(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("expect years must name at least one year, such as [2027]");
        }
        minChange = Checks.nonNegative("expect min_change", Checks.orDefault(minChange, 0));
    }

    /** +1 for an expected increase, −1 for a decrease. */
    public int sign() {
        return change.equals("increase") ? 1 : -1;
    }
}
