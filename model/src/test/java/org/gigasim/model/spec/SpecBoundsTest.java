package org.gigasim.model.spec;

import static org.gigasim.model.spec.ChecksTest.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.Test;

/** Each record's own bounds: the edge value is accepted and the next one past it rejected, naming the field. */
class SpecBoundsTest {

    private static final LocalDate DAY = SpecDefaultsTest.DAY;
    private static final Distribution ONE = SpecDefaultsTest.ONE;

    private static ScenarioSpec scenario(LocalDate end, Integer replications, Duration sample) {
        return new ScenarioSpec("s", "q", DAY, end, 5L, replications, sample, null, null, null, null, null);
    }

    @Test
    void scenarioHorizonReplicationsAndSample() {
        scenario(DAY.plusDays(1), 1, Duration.ofMinutes(1));
        rejects(() -> scenario(DAY, 1, null), "end 2026-01-01 must be after start 2026-01-01");
        assertEquals(Limits.MAX_REPLICATIONS, scenario(DAY.plusDays(1), Limits.MAX_REPLICATIONS, null).replications());
        rejects(() -> scenario(DAY.plusDays(1), 0, null), "replications must be from 1 to 100000, but was 0");
        rejects(() -> scenario(DAY.plusDays(1), Limits.MAX_REPLICATIONS + 1, null), "but was 100001");
        rejects(() -> scenario(DAY.plusDays(1), 1, Duration.ZERO), "sample must be a positive duration");
        rejects(() -> scenario(DAY.plusDays(1), 1, Duration.ofHours(-1)), "sample must be a positive duration");
        rejects(() -> new ScenarioSpec("s", "x".repeat(Limits.MAX_QUESTION_LENGTH + 1), DAY, DAY.plusDays(1), null,
                null, null, null, null, null, null, null), "question is 1001 characters long");
    }

    @Test
    void cloudKindAndFiscalMonth() {
        assertEquals("self", new CloudSpec("c", "self", 12, null, null, null, 1.0, null).kind());
        assertEquals(1, new CloudSpec("c", "neocloud", 1, null, null, null, 0.0, null).fiscalYearStartMonth());
        rejects(() -> new CloudSpec("c", "bank", null, null, null, null, null, null), "cloud c kind must be");
        rejects(() -> new CloudSpec("c", null, 0, null, null, null, null, null),
                "cloud c fiscal_year_start_month must be 1 to 12, but was 0");
        rejects(() -> new CloudSpec("c", null, 13, null, null, null, null, null), "but was 13");
        rejects(() -> new CloudSpec("c", null, null, null, null, null, 1.01, null), "other_recognition_per_year");
    }

    @Test
    void sitePueAndChips() {
        assertEquals(1.0, new SiteSpec("s", "r", 1.0, null, null, null, null).pue());
        assertEquals(3.0, new SiteSpec("s", "r", 3.0, null, null, null, null).pue());
        rejects(() -> new SiteSpec("s", "r", 0.99, null, null, null, null), "site s pue must be between 1.0 and 3.0");
        rejects(() -> new SiteSpec("s", "r", 3.01, null, null, null, null), "but was 3.01");
        rejects(() -> new SiteSpec("s", "r", null, Map.of("gpu", -1.0), null, null, null),
                "site s installed_chips.gpu");
        assertEquals(0.0, new SiteSpec("s", "r", null, Map.of("gpu", 0.0), null, null, null).installedChips()
                .get("gpu"));
    }

    @Test
    void contractTermAndPrice() {
        new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), 0.0, 0.0, null, null);
        new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), null, null, 0.0, null);
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY, null, 1.0, null, null),
                "contract k end 2026-01-01 must be after start");
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), null, null, null, null),
                "exactly one of price_usd_per_chip_hour and value_usd");
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), null, 1.0, 5.0, null),
                "exactly one");
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), null, -0.5, null, null),
                "contract k price_usd_per_chip_hour");
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), null, null, -5.0, null),
                "contract k value_usd");
        rejects(() -> new ContractSpec("k", "l", "c", "a", 0, DAY, DAY.plusDays(1), null, 1.0, null, null),
                "contract k mw");
        // A ramp is a step per 30-day month held in an array: at most 100 years of them, so none exhausts memory.
        assertEquals(1200.0, new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), 1200.0, 1.0, null, null)
                .rampMonths());
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), 1200.5, 1.0, null, null),
                "contract k ramp_months must be at most 1200 (100 years, the longest scenario), but was 1200.5");
        rejects(() -> new ContractSpec("k", "l", "c", "a", 1, DAY, DAY.plusDays(1), 1e15, 1.0, null, null),
                "but was 1.0E15");
        assertEquals(1200.0, new ProcurementSpec(null, null, null, null, null, null, 1200.0, null, null, null, null)
                .rampMonths());
        rejects(() -> new ProcurementSpec(null, null, null, null, null, null, 1200.5, null, null, null, null),
                "procurement ramp_months must be at most 1200");
        // Spans past the calendar's range validated, then failed the run when a date was made from them.
        assertEquals(36_500.0, new ProcurementSpec(36_500.0, 36_500.0, null, null, 36_500.0, 100.0, null, null, null,
                null, null).leadDays());
        rejects(() -> new ProcurementSpec(null, 1e15, null, null, null, null, null, null, null, null, null),
                "procurement lead_days must be at most 36500 days (100 years, the longest scenario), but was 1.0E15");
        rejects(() -> new ProcurementSpec(36_500.5, null, null, null, null, null, null, null, null, null, null),
                "procurement horizon_days must be at most 36500 days");
        rejects(() -> new ProcurementSpec(null, null, null, null, 36_501.0, null, null, null, null, null, null),
                "procurement review_days must be at most 36500 days");
        rejects(() -> new ProcurementSpec(null, null, null, null, null, 100.5, null, null, null, null, null),
                "procurement contract_years must be at most 100 years (the longest scenario), but was 100.5");
    }

    @Test
    void datedRanges() {
        new DeliverySpec("gpu", 0, DAY, DAY, null);
        rejects(() -> new DeliverySpec("gpu", 10, DAY, DAY.minusDays(1), null),
                "delivery until 2025-12-31 is before from 2026-01-01");
        new ClauseSpec("exclusivity", DAY, DAY, null);
        new ClauseSpec("exclusivity", null, DAY, null);
        new ClauseSpec("exclusivity", DAY, null, null);
        rejects(() -> new ClauseSpec("exclusivity", DAY, DAY.minusDays(1), null),
                "clause exclusivity until 2025-12-31 is before from 2026-01-01");
    }

    @Test
    void ratiosAndFactors() {
        assertEquals(1.0, new EfficiencyStepSpec(DAY, 1.0).factor());
        rejects(() -> new EfficiencyStepSpec(DAY, 0.0), "efficiency factor must be above 0 and at most 1");
        rejects(() -> new EfficiencyStepSpec(DAY, 1.01), "but was 1.01");
        assertEquals(MarketSpec.MAX_RATIO, new MarketSpec(MarketSpec.MAX_RATIO, DAY).demandToSupply());
        rejects(() -> new MarketSpec(0, DAY), "market demand_to_supply must be above 0 and at most 10.0");
        rejects(() -> new MarketSpec(10.01, DAY), "but was 10.01");
        new PricePointSpec(0, 100);
        new PricePointSpec(1, 0.01);
        rejects(() -> new PricePointSpec(-0.01, 1), "price curve utilization must be from 0 to 1");
        rejects(() -> new PricePointSpec(1.01, 1), "but was 1.01");
        rejects(() -> new PricePointSpec(0.5, 0), "price curve factor must be above 0 and at most 100");
        rejects(() -> new PricePointSpec(0.5, 100.5), "but was 100.5");
        rejects(() -> new PriceSpec(-1, 2), "contract price");
        rejects(() -> new PriceSpec(1, -2), "on_demand price");
        new EventSpec.ChangePrice(DAY, "c", "gpu", 0.0, 0.0);
        rejects(() -> new EventSpec.ChangePrice(DAY, "c", "gpu", -1.0, null),
                "change_price contract must be a finite number, zero or more, but was -1.0");
        rejects(() -> new EventSpec.ChangePrice(DAY, "c", "gpu", null, -2.0), "change_price on_demand");
    }

    @Test
    void growthRates() {
        assertEquals(100.0, new InferenceDemandSpec(1, 100.0, null).growthPerYear());
        new InferenceDemandSpec(1, -0.99, null);
        rejects(() -> new InferenceDemandSpec(1, -1.0, null), "growth_per_year must be above -1 and at most 100");
        rejects(() -> new InferenceDemandSpec(1, 100.5, null), "but was 100.5");
        assertEquals(100.0, new TrainingSpec(ONE, ONE, ONE, 0.0, "smallest_first", 100.0).sizeGrowthPerYear());
        new TrainingSpec(ONE, ONE, ONE, null, null, -0.99);
        rejects(() -> new TrainingSpec(ONE, ONE, ONE, null, null, -1.0), "training size_growth_per_year");
        rejects(() -> new TrainingSpec(ONE, ONE, ONE, null, null, 100.5), "but was 100.5");
    }

    /**
     * A random quantity that cannot be negative may not be given bounds below zero (it used to be
     * cut to zero without a word); a normal, unbounded, is still allowed, its draws cut at zero.
     */
    @Test
    void randomQuantitiesMayNotBeStatedBelowTheirLeast() {
        Distribution zero = new Distribution.Fixed(0);
        Distribution minusFive = new Distribution.Fixed(-5);
        Distribution normal = new Distribution.Normal(2, 1);
        new TrainingSpec(zero, zero, zero, null, null);
        new TrainingSpec(normal, normal, normal, null, null);
        rejects(() -> new TrainingSpec(ONE, ONE, minusFive, null, null),
                "training duration_days must draw no value below 0, but can draw -5");
        rejects(() -> new TrainingSpec(ONE, new Distribution.Uniform(-1000, 10), ONE, null, null),
                "training size_h100e must draw no value below 0, but can draw -1000");
        rejects(() -> new TrainingSpec(new Distribution.Empirical(new double[] {3, -0.5}), ONE, ONE, null, null),
                "training arrival_interval_days must draw no value below 0, but can draw -0.5");
        rejects(() -> new PowerMilestoneSpec(DAY, 10, new Distribution.Fixed(-100)),
                "power milestone delay_days must draw no value below 0, but can draw -100");
        rejects(() -> new DeliverySpec("gpu", 10, DAY, null, new Distribution.Triangular(-30, 0, 30)),
                "delivery slip_days must draw no value below 0, but can draw -30");
        rejects(() -> new OutageModelSpec(ONE, minusFive), "outages mttr_hours must draw no value below 0");
        new InferenceDemandSpec(1, null, new Distribution.Fixed(-1));
        rejects(() -> new InferenceDemandSpec(1, null, new Distribution.Fixed(-2)),
                "inference noise must draw no value below -1, but can draw -2");
        rejects(() -> new InferenceDemandSpec(1, null, new Distribution.Uniform(-1.5, 0.5)), "but can draw -1.5");
        rejects(() -> new TrainingSpec(ONE, ONE, ONE, null, "lifo", null), "training discipline must be fcfs");
        assertEquals(1.0, new FinanceSpec(null, null, null, 1.0, null, null).revenueGrowthPerYear());
        new FinanceSpec(null, null, null, -0.99, null, null);
        rejects(() -> new FinanceSpec(null, null, null, -1.0, null, null), "finance revenue_growth_per_year");
        rejects(() -> new FinanceSpec(null, null, null, 1.01, null, null), "but was 1.01");
        rejects(() -> new FinanceSpec(null, null, null, null, null, 0.0), "finance commitment_years");
    }

    @Test
    void pricingCurvesAndDiscounts() {
        List<PricePointSpec> rising = List.of(new PricePointSpec(0.5, 1), new PricePointSpec(0.9, 2));
        assertEquals(rising, new PricingSpec(rising, rising, 0.0, 0.5).contractCurve());
        assertEquals(0.99, new PricingSpec(null, null, 0.99, null).termDiscountPerYear());
        List<PricePointSpec> flat = List.of(new PricePointSpec(0.5, 1), new PricePointSpec(0.5, 2));
        rejects(() -> new PricingSpec(flat, null, null, null),
                "pricing on_demand_curve utilizations must increase, but 0.5 follows 0.5");
        rejects(() -> new PricingSpec(null, flat, null, null), "pricing contract_curve");
        rejects(() -> new PricingSpec(null, null, 1.0, null), "pricing term_discount_per_year");
        rejects(() -> new PricingSpec(null, null, -0.01, null), "pricing term_discount_per_year");
        rejects(() -> new PricingSpec(null, null, null, null, "Start"),
                "pricing contract_tightness must be signing or start, but was 'Start'");
    }

    @Test
    void procurementAndSupplyBounds() {
        rejects(() -> new ProcurementSpec(null, null, null, null, 0.99, null, null, null, null, null, null),
                "procurement review_days must be at least 1 day");
        rejects(() -> new ProcurementSpec(null, null, null, null, null, 0.08, null, null, null, null, null),
                "procurement contract_years must be at least 1/12");
        rejects(() -> new ProcurementSpec(null, null, null, null, null, null, null, null, null, 1.5, null),
                "procurement cancellation_penalty");
        rejects(() -> new ProcurementSpec(400.0, null, null, null, null, null, null, null, true, null, null, null, 400.5),
                "procurement renewal_notice_days must be at most horizon_days (400.0), but was 400.5");
        rejects(() -> new ProcurementSpec(null, null, null, null, null, null, null, null, true, null, null, null, 0.0),
                "procurement renewal_notice_days must be");
        assertEquals(400.0, new ProcurementSpec(400.0, null, null, null, null, null, null, null, true, null, null, null,
                400.0).renewalNoticeDays(), "a notice as long as the horizon is allowed");
        assertEquals(1.0, new SupplySpec(null, null, null, 1.0, 1.0, null, null, null, 3.0, null).targetUtilization());
        rejects(() -> new SupplySpec(null, null, null, null, 0.0, null, null, null, null, null),
                "supply target_utilization must be above 0");
        rejects(() -> new SupplySpec(null, null, null, null, null, null, null, null, 0.99, null),
                "supply pue must be between 1.0 and 3.0");
        rejects(() -> new SupplySpec(null, null, null, null, null, null, null, null, 3.01, null), "but was 3.01");
        rejects(() -> new SupplySpec(null, null, null, null, null, null, null, null, null, 0.24),
                "supply chip_life_years must be at least 0.25");
        assertEquals(36_500.0, new SupplySpec(null, null, null, 36_500.0, null, 36_500.0, null, 36_500.0, null, 100.0)
                .powerLeadDays());
        rejects(() -> new SupplySpec(null, null, null, null, null, 1e15, null, null, null, null),
                "supply power_lead_days must be at most 36500 days");
        rejects(() -> new SupplySpec(null, null, null, null, null, null, null, 36_501.0, null, null),
                "supply chip_lead_days must be at most 36500 days");
        rejects(() -> new SupplySpec(null, null, null, 36_501.0, null, null, null, null, null, null),
                "supply review_days must be at most 36500 days");
        rejects(() -> new SupplySpec(null, null, null, null, null, null, null, null, null, 100.5),
                "supply chip_life_years must be at most 100 years");
        rejects(() -> new SupplySpec(null, null, "GPU", null, null, null, null, null, null, null),
                "supply accelerator");
        rejects(() -> new SupplySpec(null, null, null, 0.5, null, null, null, null, null, null), "supply review_days");
    }

    @Test
    void eventsAndExpectations() {
        new EventSpec.Outage(DAY, null, "east", 0.5);
        rejects(() -> new EventSpec.Outage(DAY, "s", "east", 1), "outage needs exactly one of site and region");
        rejects(() -> new EventSpec.Outage(DAY, null, null, 1), "outage needs exactly one of site and region");
        rejects(() -> new EventSpec.Outage(DAY, "s", null, 0), "outage duration_hours");
        new EventSpec.AmendContract(DAY, "k", 0.0, null, null);
        new EventSpec.AmendContract(DAY, "k", null, DAY, null);
        rejects(() -> new EventSpec.AmendContract(DAY, "k", null, null, null), "amend_contract needs at least one");
        rejects(() -> new EventSpec.AmendContract(DAY, "k", -1.0, null, null), "amend_contract mw");
        rejects(() -> new EventSpec.AmendContract(DAY, "k", null, null, -1.0), "amend_contract price_usd_per_chip_hour");
        rejects(() -> new EventSpec.ChangeDemand(DAY, "lab", -0.1, null), "change_demand factor");
        rejects(() -> new ExpectSpec("b", "grow", List.of(2027), null), "expect change must be increase or decrease");
        rejects(() -> new ExpectSpec("b", "increase", List.of(), null), "expect years must name at least one year");
        rejects(() -> new ExpectSpec("b", "increase", List.of(2027), -1.0), "expect min_change");
    }

    @Test
    void aLevelIsTwoOrderedNumbersAndNoDifference() {
        ExpectSpec.level(List.of(2030), 0.33, 0.33);   // a band of one value is allowed, if hard to keep
        rejects(() -> ExpectSpec.level(List.of(2030), 0.35, 0.33), "expect level must be [low, high] with low at most high");
        rejects(() -> ExpectSpec.level(List.of(2030), Double.NaN, 0.33), "expect level must be [low, high]");
        rejects(() -> new ExpectSpec(null, null, List.of(2030), null, List.of(0.33)), "expect level must be two numbers",
                "had 1");
        rejects(() -> new ExpectSpec(null, null, List.of(2030), null, java.util.Arrays.asList(0.33, null)),
                "expect level must be two numbers", "empty one");
        rejects(() -> new ExpectSpec("b", null, List.of(2030), null, List.of(0.3, 0.4)), "takes no vs, change or min_change");
        rejects(() -> new ExpectSpec(null, null, List.of(2030), 1.0, List.of(0.3, 0.4)), "takes no vs, change or min_change");
        rejects(() -> new ExpectSpec(null, null, List.of(), null, List.of(0.3, 0.4)), "expect years must name");
        rejects(() -> new ExpectSpec(null, null, List.of(2030), null, null), "expect needs either vs and change",
                "or level: [low, high]");
        rejects(() -> new ExpectSpec(null, "increase", List.of(2030), null, null), "expect vs is required");
    }
}
