package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.StatelessApiRoutingClause;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * Contracts reserved at a site or in a region, and classes restricted to regions, on a
 * fixture computed by hand with no unit values.
 *
 * <p>The accelerator {@code gpu} draws 1.6 kW IT and rates 2.5 H100e; every site has PUE
 * 1.25, so a chip draws 2 kW and a contract's MW reserve MW × 1000 / 2 chips. Cloud {@code az}
 * has site {@code east-1} (region {@code east}, 4,000 gpu, 8 MW) and site {@code west-1}
 * (region {@code west}); cloud {@code aws} has site {@code aws-1} with 10,000 gpu. Contract
 * prices are 3.5 $/chip-hour; on demand, 7.0 on {@code az} and 5.0 on {@code aws}.
 */
class RegionsTest {

    private static final LocalDate START = Specs.START;
    private static final double HOURS = 10 * 24;
    private static final double OUTAGE_HOURS = 30;

    private static final AcceleratorSpec GPU = new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null,
            List.of());

    private static SiteSpec site(String id, String region, double chips) {
        return new SiteSpec(id, region, 1.25, Map.of("gpu", chips), List.of(Specs.power(START, chips * 2 / 1000)),
                List.of(), null);
    }

    private static CloudSpec cloud(String id, double onDemand, SiteSpec... sites) {
        return new CloudSpec(id, null, null, Map.of("gpu", new PriceSpec(3.5, onDemand)), null, null, null,
                List.of(sites));
    }

    private static InferenceDemandSpec flat(double h100e, String... regions) {
        return new InferenceDemandSpec(h100e, 0.0, null, List.of(regions));
    }

    private static ContractSpec contract(String id, String lab, double chips, String site, String region,
            List<ClauseSpec> clauses) {
        return new ContractSpec(id, lab, "az", "gpu", chips * 2 / 1000, START, START.plusYears(5), null, 3.5, null,
                clauses, site, region);
    }

    private static ReplicationResult run(List<CloudSpec> clouds, List<LabSpec> labs, List<ContractSpec> contracts,
            List<EventSpec> events) {
        ScenarioSpec spec = new ScenarioSpec("regions", "", START, START.plusDays(9), 7L, 1, Duration.ofDays(1),
                List.of(GPU), clouds, labs, contracts, events);
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private static double total(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        assertTrue(series != null, "no series " + key);
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }

    /**
     * Lab {@code a} holds {@code k-east}, 3,200 chips (6.4 MW) reserved in region east = 8,000
     * H100e, and runs 6,000 H100e of stateless traffic pinned to {@code az} (no failover) and
     * 2,000 of stateful. Lab {@code b} holds {@code k-west}, all 2,000 chips of site west-1 =
     * 5,000 H100e, and uses them all. Region east goes down for 30 hours on day 3.
     */
    private static ReplicationResult regionalOutage(boolean scoped) {
        List<ClauseSpec> pin = List.of(new ClauseSpec("stateless-api-routing", null, null,
                new StatelessApiRoutingClause.Params(null, null, false)));
        LabSpec a = new LabSpec("a", new DemandSpec(flat(6_000), flat(2_000), null, null), null, null, null);
        LabSpec b = new LabSpec("b", new DemandSpec(null, null, flat(5_000), null), null, null, null);
        return run(List.of(cloud("az", 7.0, site("east-1", "east", 4_000), site("west-1", "west", 2_000)),
                        cloud("aws", 5.0, site("aws-1", "us", 10_000))),
                List.of(a, b),
                List.of(contract("k-east", "a", 3_200, null, scoped ? "east" : null, pin),
                        contract("k-west", "b", 2_000, scoped ? "west-1" : null, null, List.of())),
                List.of(new EventSpec.Outage(START.plusDays(2), null, "east", OUTAGE_HOURS)));
    }

    @Test
    void aRegionalOutageRemovesExactlyTheCapacityReservedThere() {
        ReplicationResult result = regionalOutage(true);
        // k-east's 3,200 chips × 2.5 = 8,000 H100e are gone for 30 h; k-west in west keeps all of its 5,000.
        SeriesKey lost = SeriesKey.of(Metric.RESERVED_UNAVAILABLE_H100E_HOURS).cloud("az");
        assertEquals(8_000 * OUTAGE_HOURS, total(result, lost), 1e-6);
        assertEquals(8_000 * OUTAGE_HOURS, total(result, lost.region("east")), 1e-6);
        assertEquals(0, total(result, lost.region("west")), 0);
        assertEquals(8_000 * OUTAGE_HOURS, total(result, lost.lab("a")), 1e-6);
        assertEquals(0, total(result, lost.lab("b")), 0);
        SeriesKey reserved = SeriesKey.of(Metric.RESERVED_H100E).cloud("az");
        assertEquals(8_000 * 10, total(result, reserved.region("east")), 1e-6, "a daily mean of 8,000 on each of 10 days");
        assertEquals(5_000 * 10, total(result, reserved.region("west")), 1e-6);
        assertEquals(13_000 * 10, total(result, reserved), 1e-6);
        assertEquals(OUTAGE_HOURS, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("az").region("east")), 1e-9);
        assertEquals(0, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("az").region("west")), 0);
    }

    @Test
    void pinnedTrafficIsLostForTheOutageWhileStatefulFailsOverToAnotherCloud() {
        ReplicationResult result = regionalOutage(true);
        // West's chips all serve k-west and east is down, so az has nothing left for a's pinned
        // stateless traffic: all 6,000 H100e are unserved for the 30 hours.
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("a");
        assertEquals(6_000 * OUTAGE_HOURS, total(result, unserved.trafficClass("stateless_api")), 1e-6);
        assertEquals(0, total(result, unserved.trafficClass("stateful")), 1e-9);
        assertEquals(0, total(result, SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("b").trafficClass("first_party")),
                1e-9);
        // The stateful 2,000 H100e run on aws on demand: 800 chips at 5.0 $/chip-hour for 30 h.
        assertEquals(800 * 5.0 * OUTAGE_HOURS, total(result, SeriesKey.of(Metric.REVENUE_USD).cloud("aws")), 1e-6);
        // az recognises both reservations at 3.5 $/chip-hour except k-east's during the outage.
        assertEquals((3_200 + 2_000) * 3.5 * HOURS - 3_200 * 3.5 * OUTAGE_HOURS,
                total(result, SeriesKey.of(Metric.REVENUE_USD).cloud("az")), 1e-3);
    }

    @Test
    void aPooledContractTakesChipsFromTheOtherRegionInstead() {
        ReplicationResult result = regionalOutage(false);
        // Pooled, k-east (signed first) takes all 2,000 up chips of west-1 = 5,000 H100e, so a's
        // stateless traffic loses only 1,000 H100e, and b's k-west loses its whole 5,000.
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("a").trafficClass("stateless_api");
        assertEquals(1_000 * OUTAGE_HOURS, total(result, unserved), 1e-6);
        SeriesKey lost = SeriesKey.of(Metric.RESERVED_UNAVAILABLE_H100E_HOURS).cloud("az");
        assertEquals((8_000 - 5_000) * OUTAGE_HOURS, total(result, lost.lab("a")), 1e-6);
        assertEquals(5_000 * OUTAGE_HOURS, total(result, lost.lab("b")), 1e-6);
        assertTrue(!result.recorder().series().containsKey(SeriesKey.of(Metric.RESERVED_H100E).cloud("az")
                .region("east")), "pooled contracts have no region");
    }

    /**
     * Lab {@code c}: 15,000 H100e of stateful demand restricted to region east, and 3,000 of
     * first-party demand with no restriction; it holds {@code k-c}, 2,000 chips at site west-1
     * (5,000 H100e). Lab {@code d}: 6,000 H100e of first-party demand restricted to east, nothing
     * held. East has 4,000 free chips (10,000 H100e), west-1 1,000 free chips beyond k-c.
     */
    @Test
    void aClassRestrictedToOneRegionIsNotServedFromAnother() {
        LabSpec c = new LabSpec("c", new DemandSpec(null, flat(15_000, "east"), flat(3_000), null), null, null, null);
        LabSpec d = new LabSpec("d", new DemandSpec(null, null, flat(6_000, "east"), null), null, null, null);
        ReplicationResult result = run(List.of(cloud("az", 7.0, site("east-1", "east", 4_000),
                        site("west-1", "west", 3_000))), List.of(c, d),
                List.of(contract("k-c", "c", 2_000, "west-1", null, List.of())), List.of());
        SeriesKey served = SeriesKey.of(Metric.SERVED_H100E_HOURS).cloud("az");
        // The held west capacity cannot serve the east-only class; the unrestricted class uses 3,000 of it.
        assertEquals(3_000 * HOURS, total(result, served.lab("c").trafficClass("first_party")), 1e-6);
        // Both east-only classes share east's 10,000 H100e; 2,500 H100e free in west stay unsold to them.
        double eastOnly = total(result, served.lab("c").trafficClass("stateful"))
                + total(result, served.lab("d").trafficClass("first_party"));
        assertEquals(10_000 * HOURS, eastOnly, 1e-6);
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS);
        assertEquals((15_000 + 6_000 - 10_000) * HOURS, total(result, unserved.lab("c").trafficClass("stateful"))
                + total(result, unserved.lab("d").trafficClass("first_party")), 1e-6);
        // On demand: 4,000 east chips at 7.0 $/chip-hour; k-c's 2,000 chips at 3.5.
        assertEquals((4_000 * 7.0 + 2_000 * 3.5) * HOURS, total(result, SeriesKey.of(Metric.REVENUE_USD).cloud("az")),
                1e-3);
    }

    @Test
    void withoutTheRestrictionTheSameDemandUsesBothRegions() {
        LabSpec c = new LabSpec("c", new DemandSpec(null, flat(15_000), flat(3_000), null), null, null, null);
        ReplicationResult result = run(List.of(cloud("az", 7.0, site("east-1", "east", 4_000),
                        site("west-1", "west", 3_000))), List.of(c),
                List.of(contract("k-c", "c", 2_000, "west-1", null, List.of())), List.of());
        // 18,000 H100e of demand against 5,000 held + 12,500 free (5,000 chips): 500 unserved.
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("c");
        assertEquals(500 * HOURS, total(result, unserved.trafficClass("stateful"))
                + total(result, unserved.trafficClass("first_party")), 1e-6);
    }
}
