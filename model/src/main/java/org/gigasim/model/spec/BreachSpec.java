package org.gigasim.model.spec;

/**
 * What a clause says happens when the lab breaches it (a {@code breach} event): the lab pays
 * the contract's cloud {@code penaltyUsd} at once, and an injunction delays the contract in
 * breach by {@code injunctionDays} (its whole term moves later). Absent fields are 0.
 */
public record BreachSpec(Double penaltyUsd, Double injunctionDays) {

    public BreachSpec {
        penaltyUsd = Checks.nonNegative("breach penalty_usd", Checks.orDefault(penaltyUsd, 0));
        injunctionDays = Checks.nonNegative("breach injunction_days", Checks.orDefault(injunctionDays, 0));
        if (injunctionDays > 36_500) {
            throw new IllegalArgumentException("breach injunction_days must be at most 36500, but was " + injunctionDays);
        }
    }
}
