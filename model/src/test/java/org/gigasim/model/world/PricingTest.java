package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.PricingSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * Prices that answer utilization. The fixture: one cloud with 1,000 chips of 1.6 kW IT and
 * 2.5 H100e at PUE 1.25 (2 MW powered), on-demand list $8.00, contract list $3.00 per
 * chip-hour. A contract of 0.8 MW reserves 0.8 × 1000 / (1.6 × 1.25) = 400 chips. The lab
 * runs the chip at efficiency 0.8 and wants 1,400 effective H100e of stateless traffic (flat,
 * no noise): its contract holds 400 × 2.5 × 0.8 = 800, so it asks 600 effective = 600 / 0.8 =
 * 750 raw H100e on demand. Sold: 400 × 2.5 = 1,000 raw allocated plus 750 granted, of 2,500
 * raw up: 0.7.
 */
class PricingTest {

    private static final PricingSpec CURVES = new PricingSpec(
            List.of(new PricePointSpec(0.5, 0.75), new PricePointSpec(0.9, 1.5)),
            List.of(new PricePointSpec(0.6, 1.0), new PricePointSpec(1.0, 1.4)), 0.2, 1.0);

    private static ScenarioSpec scenario(PricingSpec pricing) {
        AcceleratorSpec chip = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, null, null, List.of());
        SiteSpec site = new SiteSpec("s", "r", 1.25, Map.of("x", 1000.0), List.of(Specs.power(Specs.START, 2.0)),
                List.of(), null);
        CloudSpec cloud = new CloudSpec("c", null, null, Map.of("x", new PriceSpec(3.0, 8.0)), null, null, null,
                List.of(site), pricing, null);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(1400), null, null, null),
                Map.of("x", List.of(new EfficiencyStepSpec(Specs.START, 0.8))), null, null);
        ContractSpec contract = new ContractSpec("k", "lab", "c", "x", 0.8, Specs.START, Specs.START.plusYears(5),
                null, 3.0, null, List.of());
        return new ScenarioSpec("pricing", "", Specs.START, Specs.START.plusDays(9), 7L, 1, Duration.ofDays(1),
                List.of(chip), List.of(cloud), List.of(lab), List.of(contract), List.of());
    }

    /**
     * At sold share 0.7 the on-demand curve gives 0.75 + (1.5 − 0.75) × (0.7 − 0.5) / (0.9 − 0.5)
     * = 1.125, so the on-demand price is 8 × 1.125 = $9.00; the lab pays 750 raw H100e-hours an
     * hour at 9 / 2.5 = $3.60 per raw H100e-hour: $2,700 an hour, $648,000 over the 10 days
     * (240 hours). The contract curve gives 1 + 0.4 × 0.1 / 0.4 = 1.1: a quote of $3.30 at the
     * one-year reference term.
     */
    @Test
    void onDemandAndContractPricesFollowTheSoldShare() {
        ReplicationResult result = new World(scenario(CURVES), 0, ClauseRegistry.standard()).checkingInvariants().run();
        SeriesKey od = SeriesKey.of(Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR).cloud("c").accelerator("x");
        assertEquals(9.0, last(result, od), 1e-9);
        assertEquals(3.3, last(result, od.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR)), 1e-9);
        assertEquals(648_000, total(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("c")), 1e-6);
    }

    /** Without pricing the list prices hold: 750 × 8 / 2.5 = $2,400 an hour, $576,000 over 240 hours. */
    @Test
    void withoutPricingListPricesHold() {
        ReplicationResult result = new World(scenario(null), 0, ClauseRegistry.standard()).checkingInvariants().run();
        SeriesKey od = SeriesKey.of(Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR).cloud("c").accelerator("x");
        assertEquals(8.0, last(result, od), 1e-9);
        assertEquals(3.0, last(result, od.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR)), 1e-9);
        assertEquals(576_000, total(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("c")), 1e-6);
    }

    /**
     * The quote C's renewals read: $3.30 at the reference year, times (1 − 0.2)^(3 − 1) = 0.64
     * for three years: $2.112; for half a year (1 − 0.2)^(−0.5) = 1.118...: $3.6895.
     */
    @Test
    void contractQuoteCarriesTheTermDiscount() {
        World world = new World(scenario(CURVES), 0, ClauseRegistry.standard());
        world.run();
        var cloud = world.indices().cloud(0);
        double end = world.calendar().hoursAt(Specs.START.plusDays(10));
        assertEquals(0.7, cloud.soldShare(), 1e-12);
        assertEquals(3.3 * 0.64, cloud.contractPriceUsdPerChipHour("x", 3, end).getAsDouble(), 1e-12);
        assertEquals(3.3 / Math.sqrt(0.8), cloud.contractPriceUsdPerChipHour("x", 0.5, end).getAsDouble(), 1e-12);
        assertEquals(true, cloud.contractPriceUsdPerChipHour("y", 1, end).isEmpty());
    }

    private static double last(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        return series.value(series.size() - 1);
    }

    private static double total(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }
}
