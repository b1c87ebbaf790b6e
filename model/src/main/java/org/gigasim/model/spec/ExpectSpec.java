package org.gigasim.model.spec;

import java.util.List;
import java.util.Objects;

/**
 * What an answer figure is expected to do, in one of two forms. A <em>difference</em> names
 * another scenario: in each of {@code years}, the mean paired difference (this scenario minus
 * {@code vs}, same seed and replications) moves in direction {@code change} with a 95%
 * confidence interval clear of zero, by at least {@code minChange} in the metric's unit. A
 * <em>level</em> names a range instead: in each of {@code years}, the mean over the
 * replications of the figure itself has its 95% confidence interval inside
 * {@code level = [low, high]}, in the metric's unit. A catalog scenario states its answer
 * either way, and a test keeps the statement true.
 *
 * @param vs the scenario compared with: a catalog name, or a path relative to this file (difference only)
 * @param change {@code increase} or {@code decrease} (difference only)
 * @param years calendar years in which the statement holds, each within the scenario
 * @param minChange the smallest size of the mean difference that matters (difference only; 0 when absent)
 * @param level {@code [low, high]}, the range the figure's interval lies in (level only; null for a difference)
 */
public record ExpectSpec(String vs, String change, List<Integer> years, Double minChange, List<Double> level) {

    /** The two directions a difference may be expected to take. */
    public static final List<String> CHANGES = List.of("increase", "decrease");

    public ExpectSpec {
        years = Checks.list(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("expect years must name at least one year, such as [2027]");
        }
        if (level != null) {
            level = range(level, vs != null || change != null || minChange != null);
        } else {
            if (vs == null && change == null) {
                throw new IllegalArgumentException("expect needs either vs and change (a difference from another"
                        + " scenario) or level: [low, high] (a range for the figure itself)");
            }
            Checks.require("expect vs", vs);
            Checks.require("expect change", change);
            if (!CHANGES.contains(change)) {
                throw new IllegalArgumentException("expect change must be increase or decrease, but was " + change);
            }
            minChange = Checks.nonNegative("expect min_change", Checks.orDefault(minChange, 0));
        }
    }

    /** A difference from {@code vs}: the form every expectation had before levels. */
    public ExpectSpec(String vs, String change, List<Integer> years, Double minChange) {
        this(vs, change, years, minChange, null);
    }

    /** A level: the figure's interval inside [{@code low}, {@code high}] in each of {@code years}. */
    public static ExpectSpec level(List<Integer> years, double low, double high) {
        return new ExpectSpec(null, null, years, null, List.of(low, high));
    }

    private static List<Double> range(List<Double> level, boolean alsoDifference) {
        if (alsoDifference) {
            throw new IllegalArgumentException("expect level states the figure's own range, so it takes no vs, change"
                    + " or min_change; keep level and years, or write the difference form without level");
        }
        boolean empty = level.stream().anyMatch(Objects::isNull);   // List.of(...).contains(null) would throw
        if (level.size() != 2 || empty) {
            throw new IllegalArgumentException("expect level must be two numbers [low, high], such as [0.33, 0.35],"
                    + " but had " + level.size() + (empty ? " with an empty one" : ""));
        }
        double low = level.get(0);
        double high = level.get(1);
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("expect level must be [low, high] with low at most high, but was ["
                    + low + ", " + high + "]");
        }
        return List.copyOf(level);
    }

    /** Whether this states a level (a range for the figure) rather than a difference from {@code vs}. */
    public boolean isLevel() {
        return level != null;
    }

    /** The level's lower end; only for a level. */
    public double low() {
        return level.get(0);
    }

    /** The level's upper end; only for a level. */
    public double high() {
        return level.get(1);
    }

    /** +1 for an expected increase, −1 for a decrease; 0 for a level. */
    public int sign() {
        return isLevel() ? 0 : change.equals("increase") ? 1 : -1;
    }
}
