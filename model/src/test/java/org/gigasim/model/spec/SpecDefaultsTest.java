package org.gigasim.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.Test;

/** What each spec record makes of an absent field: the defaults docs/scenario-format.md states. */
class SpecDefaultsTest {

    static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    static final Distribution ONE = new Distribution.Fixed(1);

    @Test
    void scenarioDefaults() {
        ScenarioSpec s = new ScenarioSpec("s", null, DAY, DAY.plusDays(1), null, null, null, null, null, null, null,
                null);
        assertEquals("", s.question());
        assertEquals(1L, s.seed());
        assertEquals(1, s.replications());
        assertEquals(Duration.ofDays(1), s.sample());
        assertEquals(List.of(), s.clouds());
        assertEquals(List.of(), s.answer());
        assertNull(s.market());
        ScenarioSpec rerun = s.withRun(42, 3);
        assertEquals(42L, rerun.seed());
        assertEquals(3, rerun.replications());
        assertEquals(s.end(), rerun.end());
    }

    @Test
    void cloudDefaults() {
        CloudSpec c = new CloudSpec("c", null, null, null, null, null, null, null);
        assertEquals("hyperscaler", c.kind());
        assertEquals(1, c.fiscalYearStartMonth());
        assertEquals(0.0, c.otherBacklogUsd());
        assertEquals(0.0, c.otherBookingsUsdPerYear());
        assertEquals(0.35, c.otherRecognitionPerYear());
        assertEquals(Map.of(), c.pricesUsdPerChipHour());
        assertNull(c.pricing());
        assertNull(c.supply());
        CloudSpec neocloud = new CloudSpec("n", "neocloud", 7, null, 2.5e9, 1e8, 0.5, null);
        assertEquals(7, neocloud.fiscalYearStartMonth());
        assertEquals(2.5e9, neocloud.otherBacklogUsd());
        assertEquals(1e8, neocloud.otherBookingsUsdPerYear());
        assertEquals(0.5, neocloud.otherRecognitionPerYear());
    }

    @Test
    void siteAcceleratorAndContractDefaults() {
        SiteSpec site = new SiteSpec("s1", null, null, null, null, null, null);
        assertEquals("s1", site.region());
        assertEquals(1.2, site.pue());
        assertEquals(Map.of(), site.installedChips());
        AcceleratorSpec any = new AcceleratorSpec("gpu", "nvidia", null, 1.4, 2.5, null, null, null);
        assertEquals(0.0, any.priceUsd());
        assertTrue(any.hostableBy("anyone"));
        AcceleratorSpec own = new AcceleratorSpec("tpu", "google", "v7", 1.0, 1.5, 3e4, null, List.of("g"));
        assertTrue(own.hostableBy("g"));
        assertFalse(own.hostableBy("a"));
        assertEquals(3e4, own.priceUsd());
        ContractSpec k = new ContractSpec("k", "lab", "c", "gpu", 2.5, DAY, DAY.plusDays(1), null, 3.25, null, null);
        assertEquals(0.0, k.rampMonths());
        assertEquals(List.of(), k.clauses());
    }

    @Test
    void labDefaults() {
        LabSpec lab = new LabSpec("lab", null, null, null, null);
        assertEquals(new DemandSpec(null, null, null, null), lab.demand());
        assertEquals(Map.of(), lab.efficiency());
        EfficiencyStepSpec step = new EfficiencyStepSpec(DAY, 0.8);
        assertEquals(Map.of("tpu", List.of(step)), new LabSpec("lab", null, Map.of("tpu", List.of(step)), null, null)
                .efficiency());
        InferenceDemandSpec flat = new InferenceDemandSpec(7.5, null, null);
        assertEquals(0.0, flat.growthPerYear());
        DemandSpec demand = new DemandSpec(flat, new InferenceDemandSpec(2, 0.5, null),
                new InferenceDemandSpec(3, null, null), null);
        assertSame(flat, demand.inference(TrafficClass.STATELESS_API));
        assertEquals(2.0, demand.inference(TrafficClass.STATEFUL).h100e());
        assertEquals(3.0, demand.inference(TrafficClass.FIRST_PARTY).h100e());
        assertNull(demand.inference(TrafficClass.TRAINING));
        TrainingSpec training = new TrainingSpec(ONE, ONE, ONE, null, null);
        assertEquals(3.0, training.checkpointHours());
        assertEquals("fcfs", training.discipline());
        assertEquals(0.0, training.sizeGrowthPerYear());
        FinanceSpec finance = new FinanceSpec(null, null, null, null, null, null);
        assertEquals(0.0, finance.cashUsd());
        assertEquals(List.of(), finance.fundingRounds());
        assertEquals(0.0, finance.revenueUsdPerH100eHour());
        assertEquals(0.0, finance.revenueGrowthPerYear());
        assertEquals(0.0, finance.creditLineUsd());
        assertEquals(2.0, finance.commitmentYears());
    }

    @Test
    void procurementDefaults() {
        ProcurementSpec p = ProcurementSpec.DEFAULT;
        assertEquals(365.0, p.horizonDays());
        assertEquals(180.0, p.leadDays());
        assertEquals(1.0, p.maxSharePerCloud());
        assertEquals(0.5, p.priceWeight());
        assertEquals(30.0, p.reviewDays());
        assertEquals(5.0, p.contractYears());
        assertEquals(6.0, p.rampMonths());
        assertEquals(1.1, p.headroom());
        assertFalse(p.renew());
        assertNull(p.cancellationPenalty());
        // The first review falls anywhere in the first review period, drawn per replication.
        assertEquals(new Distribution.Uniform(0, 30), p.reviewOffsetDays());
        assertFalse(p.countDatedDeals(), "a lab counts only signed contracts unless it says so");
        assertEquals(p.horizonDays(), p.renewalNoticeDays(), "without a notice, a lab renews across its whole horizon");
        ProcurementSpec given = new ProcurementSpec(90.0, 0.0, 0.4, 0.25, 1.0, 1.0 / 12, 0.0, 1.3, true, 0.2,
                new Distribution.Fixed(12));
        assertEquals(new Distribution.Fixed(12), given.reviewOffsetDays());
        assertTrue(given.renew());
        assertEquals(0.2, given.cancellationPenalty());
        assertEquals(1.0 / 12, given.contractYears());
        assertEquals(90.0, given.renewalNoticeDays(), "the horizon given, 90 days");
    }

    @Test
    void supplyAndPricingDefaults() {
        SupplySpec s = new SupplySpec(null, null, null, null, null, null, null, null, null, null);
        assertEquals(0.0, s.capexUsdPerYear());
        assertEquals(0.0, s.usdPerMw());
        assertEquals(90.0, s.reviewDays());
        assertEquals(0.85, s.targetUtilization());
        assertEquals(730.0, s.powerLeadDays());
        assertEquals(180.0, s.chipLeadDays());
        assertEquals(1.2, s.pue());
        assertNull(s.chipLifeYears());
        assertFalse(s.orders());
        assertTrue(new SupplySpec(1.0, null, "gpu", null, 1.0, null, null, null, 1.0, 0.25).orders());
        PricingSpec p = new PricingSpec(null, null, null, null);
        assertEquals(List.of(), p.onDemandCurve());
        assertEquals(0.0, p.termDiscountPerYear());
        assertEquals(1.0, p.referenceTermYears());
        assertEquals("signing", p.contractTightness());
        assertFalse(p.pricesContractsAtStart());
        assertTrue(new PricingSpec(null, null, null, null, "start").pricesContractsAtStart());
    }

    @Test
    void answerDefaults() {
        ExpectSpec more = new ExpectSpec("baseline", "increase", List.of(2027), null);
        assertEquals(0.0, more.minChange());
        assertEquals(1, more.sign());
        assertEquals(-1, new ExpectSpec("baseline", "decrease", List.of(2027, 2028), 5.0).sign());
        assertFalse(more.isLevel());
        assertNull(more.level());
        ExpectSpec level = ExpectSpec.level(List.of(2030, 2031), 0.33, 0.35);
        assertTrue(level.isLevel());
        assertEquals(0.33, level.low());
        assertEquals(0.35, level.high());
        assertEquals(0, level.sign());
        assertNull(level.vs());
        assertNull(level.minChange());   // min_change belongs to a difference; a level has no default for it
        AnswerSpec answer = new AnswerSpec("unserved_h100e", "lab", null, null, null, null, null, null, null, null);
        assertEquals(List.of(), answer.by());
        assertNull(answer.expect());
    }

    @Test
    void trafficClassesByTheirFileNames() {
        assertEquals("stateless_api", TrafficClass.STATELESS_API.id());
        for (TrafficClass c : TrafficClass.values()) {
            assertSame(c, TrafficClass.of(c.id()));
        }
        assertEquals(List.of(TrafficClass.STATELESS_API, TrafficClass.STATEFUL, TrafficClass.FIRST_PARTY),
                List.of(TrafficClass.INFERENCE));
        ChecksTest.rejects(() -> TrafficClass.of("batch"), "unknown traffic class 'batch'", "first_party");
    }

    @Test
    void eventsNameTheirKind() {
        ContractSpec k = new ContractSpec("k", "lab", "c", "gpu", 2.5, DAY, DAY.plusDays(1), null, 3.25, null, null);
        List<EventSpec> events = List.of(new EventSpec.Outage(DAY, "s", null, 4),
                new EventSpec.RelinquishClause(DAY, "k", "exclusivity"),
                new EventSpec.AmendClause(DAY, "k", "exclusivity", DAY),
                new EventSpec.SignContract(DAY, k),
                new EventSpec.AmendContract(DAY, "k", null, null, 2.0),
                new EventSpec.AddSite(DAY, "c", new SiteSpec("s2", null, null, null, null, null, null)),
                new EventSpec.AddMilestone(DAY, "s", new PowerMilestoneSpec(DAY, 5, null)),
                new EventSpec.ChangeDemand(DAY, "lab", 0.7, null),
                new EventSpec.ChangePrice(DAY, "c", "gpu", null, 4.0));
        assertEquals(List.of("outage", "relinquish_clause", "amend_clause", "sign_contract", "amend_contract",
                "add_site", "add_milestone", "change_demand", "change_price"),
                events.stream().map(EventSpec::kind).toList());
        assertEquals(List.of(), ((EventSpec.ChangeDemand) events.get(7)).classes());
    }
}
