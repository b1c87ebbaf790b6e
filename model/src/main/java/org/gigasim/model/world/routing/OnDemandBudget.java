package org.gigasim.model.world.routing;

/**
 * How much a lab may spend on demand: USD per hour from a time on, under its cash rule
 * ({@link Double#POSITIVE_INFINITY} for a lab with no finance).
 */
@FunctionalInterface
public interface OnDemandBudget {

    /** No lab is limited. */
    OnDemandBudget UNLIMITED = (lab, t) -> Double.POSITIVE_INFINITY;

    /** USD per hour lab {@code lab} (by index) may spend on demand from {@code timeHours}. */
    double usdPerHour(int lab, double timeHours);

    /**
     * Lab {@code lab}'s budget from {@code timeHours} as far as spending {@code usdPerHour} needs
     * it: {@code usdPerHour} itself when the budget surely covers it (a budget may tell without
     * working all of it out), else {@link #usdPerHour} exactly.
     */
    default double usdPerHourUpTo(int lab, double timeHours, double usdPerHour) {
        return usdPerHour(lab, timeHours);
    }
}
