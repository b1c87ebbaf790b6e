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
     * Whether lab {@code lab}'s budget from {@code timeHours} is at least {@code usdPerHour}:
     * {@code usdPerHour(lab, timeHours) >= usdPerHour}, which a budget may answer without
     * working all of it out.
     */
    default boolean covers(int lab, double timeHours, double usdPerHour) {
        return usdPerHour(lab, timeHours) >= usdPerHour;
    }
}
