package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.StatelessApiRoutingClause;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.RevenueAnchorSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    static Path resource(String name) {
        try {
            return Path.of(ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private final ScenarioSpec spec = ScenarioLoader.load(resource("everything.yaml"));

    @Test
    void scenarioFieldsBindIncludingDurations() {
        assertEquals("everything", spec.name());
        assertEquals(LocalDate.of(2026, 1, 1), spec.start());
        assertEquals(LocalDate.of(2028, 12, 31), spec.end());
        assertEquals(42L, spec.seed());
        assertEquals(20, spec.replications());
        assertEquals(Duration.ofDays(7), spec.sample());
    }

    @Test
    void acceleratorsBindSnakeCaseFieldsAndHostableBy() {
        AcceleratorSpec gb200 = spec.accelerators().get(0);
        assertEquals(1.85, gb200.kwItPerChip());
        assertEquals(45000.0, gb200.priceUsd());
        assertEquals(LocalDate.of(2025, 6, 1), gb200.availableFrom());
        assertEquals(List.of(), gb200.hostableBy(), "'any' is the empty list");
        AcceleratorSpec trn2 = spec.accelerators().get(1);
        assertEquals(List.of("aws"), trn2.hostableBy());
        assertFalse(trn2.hostableBy("azure"));
    }

    @Test
    void cloudsAndSitesBindPricesPowerDeliveriesAndOutages() {
        CloudSpec azure = spec.clouds().get(0);
        assertEquals(7, azure.fiscalYearStartMonth());
        assertEquals(300e9, azure.otherBacklogUsd());
        assertEquals(new PriceSpec(3.9, 6.5), azure.pricesUsdPerChipHour().get("gb200"));
        SiteSpec east = azure.sites().get(0);
        assertEquals(Map.of("gb200", 10000.0), east.installedChips());
        assertEquals(new PowerMilestoneSpec(LocalDate.of(2027, 1, 1), 400, new Distribution.LogNormal(60, 0.6)),
                east.power().get(1));
        assertEquals(40000.0, east.deliveries().get(0).chipsPerQuarter());
        assertEquals(new Distribution.Exponential(20), east.deliveries().get(0).slipDays());
        assertEquals(new Distribution.Weibull(1.5, 100), east.outages().mtbfDays());
        assertEquals(new Distribution.Gamma(2, 3), east.outages().mttrHours());
        SiteSpec ohio = spec.clouds().get(1).sites().get(0);
        assertEquals(new Distribution.Fixed(14), ohio.power().get(0).delayDays(), "a bare number is fixed");
        assertEquals(new Distribution.Uniform(1, 2), ohio.deliveries().get(0).slipDays());
        assertEquals(1.2, ohio.pue(), "the record's default applies");
    }

    @Test
    void labsBindDemandByTrafficClassEfficiencyAndProcurement() {
        LabSpec lab = spec.labs().get(0);
        assertEquals(new Distribution.Normal(0, 0.05), lab.demand().statelessApi().noise());
        assertEquals(0.9, lab.demand().stateful().growthPerYear());
        assertEquals(new Distribution.Fixed(0.01), lab.demand().firstParty().noise());
        assertEquals(List.of(new RevenueAnchorSpec(LocalDate.of(2025, 7, 1), 1.3e10),
                new RevenueAnchorSpec(LocalDate.of(2028, 7, 1), 1.0e11)), lab.demand().revenuePath());
        assertEquals(new Distribution.Empirical(new double[] {30, 60, 90}), lab.demand().training().arrivalIntervalDays());
        assertEquals(new Distribution.Triangular(60, 90, 150), lab.demand().training().durationDays());
        assertEquals("smallest_first", lab.demand().training().discipline());
        assertEquals(0.95, lab.efficiency().get("trn2").get(1).factor());
        assertEquals(0.6, lab.procurement().maxSharePerCloud());
        assertEquals(new Distribution.Uniform(10, 40), lab.procurement().reviewOffsetDays());
        assertTrue(lab.procurement().countDatedDeals());
    }

    @Test
    void clauseParametersBindToTheRegisteredRecord() {
        ContractSpec contract = spec.contracts().get(0);
        assertEquals(600.0, contract.mw());
        ClauseSpec clause = contract.clauses().get(0);
        assertEquals("stateless-api-routing", clause.type());
        assertEquals(LocalDate.of(2025, 10, 28), clause.from());
        assertEquals(LocalDate.of(2032, 12, 31), clause.until());
        StatelessApiRoutingClause.Params params = assertInstanceOf(StatelessApiRoutingClause.Params.class, clause.params());
        assertEquals("azure", params.cloud());
        assertFalse(params.failover());
        assertEquals(List.of(TrafficClass.STATELESS_API, TrafficClass.FIRST_PARTY), params.classes());
    }

    @Test
    void everyEventKindBinds() {
        List<EventSpec> events = spec.events();
        assertEquals(new EventSpec.Outage(LocalDate.of(2027, 3, 10), "azure-east", null, 72), events.get(0));
        assertEquals(new EventSpec.Outage(LocalDate.of(2027, 4, 1), null, "us-east-2", 12), events.get(1));
        assertEquals(new EventSpec.RelinquishClause(LocalDate.of(2027, 9, 1), "azure-openai-2025", "stateless-api-routing"),
                events.get(2));
        assertEquals(LocalDate.of(2028, 6, 30), ((EventSpec.AmendClause) events.get(3)).until());
        EventSpec.SignContract signed = (EventSpec.SignContract) events.get(4);
        assertEquals(LocalDate.of(2026, 7, 1), signed.on());
        assertEquals(38.0e9, signed.contract().valueUsd());
        assertNull(signed.contract().priceUsdPerChipHour());
        EventSpec.AddSite added = (EventSpec.AddSite) events.get(5);
        assertEquals("aws", added.cloud());
        assertEquals(2200.0, added.site().power().get(0).mw());
        assertEquals(300.0, ((EventSpec.AddMilestone) events.get(6)).milestone().mw());
        assertEquals(new EventSpec.ChangeDemand(LocalDate.of(2027, 2, 1), "openai", 0.7,
                List.of(TrafficClass.STATEFUL, TrafficClass.TRAINING)), events.get(7));
        assertEquals(new EventSpec.ChangePrice(LocalDate.of(2027, 5, 1), "aws", "trn2", null, 1.8), events.get(8));
    }

    @Test
    void readGivesTheSourceAndTheHashOfTheBytes() throws Exception {
        Path file = resource("everything.yaml");
        LoadedScenario loaded = ScenarioLoader.read(file.toString());
        assertEquals(file.toString(), loaded.source());
        assertEquals(ScenarioLoader.contentHash(java.nio.file.Files.readAllBytes(file)), loaded.sha256());
        assertTrue(loaded.sha256().matches("[0-9a-f]{64}"));
        assertEquals(spec, loaded.spec());
    }
}
