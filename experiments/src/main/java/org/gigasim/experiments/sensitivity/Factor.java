package org.gigasim.experiments.sensitivity;

import java.util.Objects;
import org.gigasim.engine.random.Distribution;

/**
 * An uncertain input of a sensitivity analysis: a name (in gigasim, the scenario path it sets)
 * and how a point of the unit interval maps to a value, either linearly across a range or
 * through a distribution's quantile function. Designs work in the unit cube and map each
 * coordinate through its factor, so every method treats both kinds alike.
 */
public sealed interface Factor {

    /** The factor's name, unique within an analysis. */
    String name();

    /**
     * The factor's value at {@code unit}, a point of {@code [0, 1]} for a range and of the open
     * interval {@code (0, 1)} for a distribution (whose extreme quantiles may be infinite).
     */
    double valueAt(double unit);

    /** Whether every point of {@code [0, 1]}, ends included, maps to a finite value. */
    boolean bounded();

    /** A factor uniform over {@code [low, high]}. */
    static Factor range(String name, double low, double high) {
        return new Range(name, low, high);
    }

    /** A factor drawn from {@code distribution}. */
    static Factor distributed(String name, Distribution distribution) {
        return new Distributed(name, distribution);
    }

    /** Uniform over {@code [low, high]}, with {@code low < high}, both finite. */
    record Range(String name, double low, double high) implements Factor {
        /** Rejects a blank name and an empty or non-finite range. */
        public Range {
            requireName(name);
            if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
                throw new IllegalArgumentException("factor " + name + " needs a range LOW..HIGH with finite LOW < HIGH, but was "
                        + low + ".." + high);
            }
        }

        @Override
        public double valueAt(double unit) {
            requireUnit(unit);
            // Exact at both ends, so a design's extreme levels are the range's own bounds.
            return unit == 1.0 ? high : low + unit * (high - low);
        }

        @Override
        public boolean bounded() {
            return true;
        }
    }

    /** Drawn from {@code distribution}: the value at {@code u} is its {@code u}-quantile. */
    record Distributed(String name, Distribution distribution) implements Factor {
        /** Rejects a blank name and a missing distribution. */
        public Distributed {
            requireName(name);
            Objects.requireNonNull(distribution, "distribution");
        }

        @Override
        public double valueAt(double unit) {
            requireUnit(unit);
            return Quantiles.of(distribution, unit);
        }

        @Override
        public boolean bounded() {
            return Double.isFinite(Quantiles.of(distribution, 0.0)) && Double.isFinite(Quantiles.of(distribution, 1.0));
        }
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "factor name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a factor needs a name");
        }
    }

    private static void requireUnit(double unit) {
        if (!(unit >= 0.0 && unit <= 1.0)) {
            throw new IllegalArgumentException("a unit coordinate lies in [0, 1], but was " + unit);
        }
    }
}
