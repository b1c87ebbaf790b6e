package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/**
 * How a cloud answers its backlog and its utilization with supply. Every {@code reviewDays}
 * it compares the chips its contracts reserve {@code powerLeadDays} ahead with what its sites
 * are expected to have powered by then (planned dates plus expected delays), per accelerator,
 * and, when more than {@code targetUtilization} of its capacity is sold, the capacity that
 * would bring it back to the target (in {@code accelerator}); it orders the difference as
 * facility power plus chips, within {@code capexUsdPerYear} per calendar year at
 * {@code usdPerMw} for the facility and each accelerator's {@code price_usd} per chip.
 * Ordered power comes online {@code powerLeadDays} later plus a random {@code powerDelayDays};
 * its chips arrive when the power is due, and no sooner than {@code chipLeadDays} after the
 * order. Chips retire {@code chipLifeYears} after delivery (installed chips at the start:
 * after their accelerator's {@code available_from}).
 *
 * @param accelerator what it buys to bring utilization back to the target; null: none
 * @param pue PUE of the site where ordered capacity is built
 * @param chipLifeYears chip life; null: chips never retire
 */
public record SupplySpec(Double capexUsdPerYear, Double usdPerMw, String accelerator, Double reviewDays,
        Double targetUtilization, Double powerLeadDays, Distribution powerDelayDays, Double chipLeadDays, Double pue,
        Double chipLifeYears) {

    public SupplySpec {
        capexUsdPerYear = Checks.nonNegative("supply capex_usd_per_year", Checks.orDefault(capexUsdPerYear, 0));
        usdPerMw = Checks.nonNegative("supply usd_per_mw", Checks.orDefault(usdPerMw, 0));
        if (accelerator != null) {
            Checks.requireId("supply accelerator", accelerator);
        }
        reviewDays = Checks.days("supply review_days", Checks.atLeast("supply review_days",
                Checks.orDefault(reviewDays, 90), Limits.MIN_REVIEW_DAYS, "1 day"));
        targetUtilization = Checks.fraction("supply target_utilization", Checks.orDefault(targetUtilization, 0.85));
        if (targetUtilization <= 0) {
            throw new IllegalArgumentException("supply target_utilization must be above 0, but was 0");
        }
        powerLeadDays = Checks.days("supply power_lead_days",
                Checks.nonNegative("supply power_lead_days", Checks.orDefault(powerLeadDays, 730)));
        chipLeadDays = Checks.days("supply chip_lead_days",
                Checks.nonNegative("supply chip_lead_days", Checks.orDefault(chipLeadDays, 180)));
        Checks.drawsAtLeast("supply power_delay_days", powerDelayDays, 0);
        pue = Checks.orDefault(pue, 1.2);
        if (pue < 1.0 || pue > 3.0) {
            throw new IllegalArgumentException("supply pue must be between 1.0 and 3.0, but was " + pue);
        }
        if (chipLifeYears != null) {
            Checks.years("supply chip_life_years",
                    Checks.atLeast("supply chip_life_years", chipLifeYears, 0.25, "0.25 (a quarter)"));
        }
    }

    /** Whether the cloud orders anything (a budget above zero). */
    public boolean orders() {
        return capexUsdPerYear > 0;
    }
}
