package org.gigasim.model.spec;

import java.time.LocalDate;
import java.util.List;

/**
 * A capacity contract between a lab and a cloud: {@code mw} facility megawatts of one
 * accelerator from {@code start} to {@code end}, ramping up linearly over
 * {@code rampMonths}, at a price per chip-hour. Give either the price or the total
 * {@code valueUsd} (the price is then derived from the reserved chip-hours).
 *
 * @param site the site the capacity is reserved at, or null
 * @param region the region the capacity is reserved in, or null; with neither, the reservation
 *     is pooled over the whole cloud (docs/model.md section 11a)
 * @param deferral the lab's right to move capacity that has not started later for a fee
 *     instead of cancelling it (null: no such right)
 */
public record ContractSpec(String id, String lab, String cloud, String accelerator, double mw,
        LocalDate start, LocalDate end, Double rampMonths, Double priceUsdPerChipHour, Double valueUsd,
        List<ClauseSpec> clauses, String site, String region, DeferralSpec deferral) {

    /** The longest ramp, of a contract or of those a lab signs: 100 years, the longest scenario. */
    public static final double MAX_RAMP_MONTHS = 1200;
    static final String MAX_RAMP_TEXT = "1200 (100 years, the longest scenario)";

    /** A contract pooled over the whole cloud, without a deferral right. */
    public ContractSpec(String id, String lab, String cloud, String accelerator, double mw, LocalDate start,
            LocalDate end, Double rampMonths, Double priceUsdPerChipHour, Double valueUsd, List<ClauseSpec> clauses) {
        this(id, lab, cloud, accelerator, mw, start, end, rampMonths, priceUsdPerChipHour, valueUsd, clauses, null, null,
                null);
    }

    /** A contract reserved at {@code site} or in {@code region} (or pooled), without a deferral right. */
    public ContractSpec(String id, String lab, String cloud, String accelerator, double mw, LocalDate start,
            LocalDate end, Double rampMonths, Double priceUsdPerChipHour, Double valueUsd, List<ClauseSpec> clauses,
            String site, String region) {
        this(id, lab, cloud, accelerator, mw, start, end, rampMonths, priceUsdPerChipHour, valueUsd, clauses, site,
                region, null);
    }

    /** A contract pooled over the whole cloud, with a deferral right. */
    public ContractSpec(String id, String lab, String cloud, String accelerator, double mw, LocalDate start,
            LocalDate end, Double rampMonths, Double priceUsdPerChipHour, Double valueUsd, List<ClauseSpec> clauses,
            DeferralSpec deferral) {
        this(id, lab, cloud, accelerator, mw, start, end, rampMonths, priceUsdPerChipHour, valueUsd, clauses, null, null,
                deferral);
    }

    public ContractSpec {
        Checks.requireId("contract id", id);
        Checks.requireId("contract " + id + " lab", lab);
        Checks.requireId("contract " + id + " cloud", cloud);
        Checks.requireId("contract " + id + " accelerator", accelerator);
        Checks.positive("contract " + id + " mw", mw);
        Checks.require("contract " + id + " start", start);
        Checks.require("contract " + id + " end", end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("contract " + id + " end " + end + " must be after start " + start);
        }
        rampMonths = Checks.nonNegativeUpTo("contract " + id + " ramp_months", Checks.orDefault(rampMonths, 0),
                MAX_RAMP_MONTHS, MAX_RAMP_TEXT);
        if ((priceUsdPerChipHour == null) == (valueUsd == null)) {
            throw new IllegalArgumentException("contract " + id
                    + " needs exactly one of price_usd_per_chip_hour and value_usd");
        }
        if (priceUsdPerChipHour != null) {
            Checks.nonNegative("contract " + id + " price_usd_per_chip_hour", priceUsdPerChipHour);
        } else {
            Checks.nonNegative("contract " + id + " value_usd", valueUsd);
        }
        clauses = Checks.list(clauses);
        if (site != null && region != null) {
            throw new IllegalArgumentException("contract " + id + " needs at most one of site and region");
        }
        if (site != null) {
            Checks.requireId("contract " + id + " site", site);
        }
        if (region != null) {
            region = Checks.text("contract " + id + " region", region, Limits.MAX_TEXT_LENGTH);
        }
    }

    /** Whether the capacity is reserved at a site or in a region rather than over the whole cloud. */
    public boolean scoped() {
        return site != null || region != null;
    }

}
