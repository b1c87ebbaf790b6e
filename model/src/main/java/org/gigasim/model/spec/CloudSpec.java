package org.gigasim.model.spec;

import java.util.List;
import java.util.Map;

/**
 * A cloud: its sites, its price list per accelerator ($/chip-hour), its fiscal calendar
 * and its exogenous non-AI backlog (USD), which grows by new bookings and is recognised
 * at a yearly fraction.
 *
 * @param kind {@code hyperscaler}, {@code neocloud} or {@code self} (a lab's own campuses)
 * @param pricing how its prices answer its utilization; null keeps the list prices fixed
 * @param supply how it orders power and chips and retires chips; null means it builds only what
 *     its sites plan, and chips never retire
 * @param owner the lab whose own capacity a cloud of kind {@code self} is (null for any other kind):
 *     its chips serve that lab alone, without a contract
 * @param ownCostUsdPerMwHour what the owner of a {@code self} cloud pays per facility MW-hour of the
 *     chips it owns (delivered and not retired, powered or not): capital recovery plus power
 */
public record CloudSpec(String id, String kind, Integer fiscalYearStartMonth,
        Map<String, PriceSpec> pricesUsdPerChipHour, Double otherBacklogUsd,
        Double otherBookingsUsdPerYear, Double otherRecognitionPerYear, List<SiteSpec> sites,
        PricingSpec pricing, SupplySpec supply, String owner, Double ownCostUsdPerMwHour) {

    /** The kind of a cloud that is a lab's own capacity. */
    public static final String SELF = "self";

    /** A cloud with fixed list prices that builds only what its sites plan. */
    public CloudSpec(String id, String kind, Integer fiscalYearStartMonth, Map<String, PriceSpec> pricesUsdPerChipHour,
            Double otherBacklogUsd, Double otherBookingsUsdPerYear, Double otherRecognitionPerYear,
            List<SiteSpec> sites) {
        this(id, kind, fiscalYearStartMonth, pricesUsdPerChipHour, otherBacklogUsd, otherBookingsUsdPerYear,
                otherRecognitionPerYear, sites, null, null, null, null);
    }

    /** A cloud that sells its capacity (not a lab's own), with pricing and supply as given. */
    public CloudSpec(String id, String kind, Integer fiscalYearStartMonth, Map<String, PriceSpec> pricesUsdPerChipHour,
            Double otherBacklogUsd, Double otherBookingsUsdPerYear, Double otherRecognitionPerYear,
            List<SiteSpec> sites, PricingSpec pricing, SupplySpec supply) {
        this(id, kind, fiscalYearStartMonth, pricesUsdPerChipHour, otherBacklogUsd, otherBookingsUsdPerYear,
                otherRecognitionPerYear, sites, pricing, supply, null, null);
    }

    /** A lab's own capacity: a cloud of kind {@code self} owned by {@code owner}, at its cost per facility MW-hour. */
    public static CloudSpec self(String id, String owner, double ownCostUsdPerMwHour, List<SiteSpec> sites) {
        return new CloudSpec(id, SELF, null, null, null, null, null, sites, null, null, owner, ownCostUsdPerMwHour);
    }

    /** Whether this cloud is a lab's own capacity. */
    public boolean isSelf() {
        return SELF.equals(kind);
    }

    public CloudSpec {
        Checks.requireId("cloud id", id);
        kind = kind == null ? "hyperscaler" : kind;
        if (!List.of("hyperscaler", "neocloud", "self").contains(kind)) {
            throw new IllegalArgumentException("cloud " + id + " kind must be hyperscaler, neocloud or self, but was " + kind);
        }
        fiscalYearStartMonth = fiscalYearStartMonth == null ? 1 : fiscalYearStartMonth;
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("cloud " + id + " fiscal_year_start_month must be 1 to 12, but was "
                    + fiscalYearStartMonth);
        }
        pricesUsdPerChipHour = Checks.map(pricesUsdPerChipHour);
        otherBacklogUsd = Checks.nonNegative("cloud " + id + " other_backlog_usd", Checks.orDefault(otherBacklogUsd, 0));
        otherBookingsUsdPerYear = Checks.nonNegative("cloud " + id + " other_bookings_usd_per_year",
                Checks.orDefault(otherBookingsUsdPerYear, 0));
        otherRecognitionPerYear = Checks.fraction("cloud " + id + " other_recognition_per_year",
                Checks.orDefault(otherRecognitionPerYear, 0.35));
        sites = Checks.list(sites);
        if (pricing != null && pricing.onDemandLevel() != null) {
            String reference = pricing.onDemandLevel().accelerator();
            PriceSpec listed = pricesUsdPerChipHour.get(reference);
            if (listed == null || !(listed.onDemand() > 0)) {
                throw new IllegalArgumentException("cloud " + id + " pricing on_demand_level names " + reference
                        + ", which the cloud lists no on-demand price for; list it in prices_usd_per_chip_hour"
                        + " or name an accelerator it lists");
            }
        }
        if (ownCostUsdPerMwHour != null) {
            Checks.nonNegative("cloud " + id + " own_cost_usd_per_mw_hour", ownCostUsdPerMwHour);
        }
    }
}
