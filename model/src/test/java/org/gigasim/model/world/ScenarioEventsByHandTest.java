package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each dated scenario event changes the world from its date on, and not before. Unit chips (1 kW,
 * PUE 1.0, 1 H100e). Cloud {@code c}: site {@code s1} (region r, 6,000 chips on 5 MW: 1,000
 * stranded) and {@code s2} (region r, 1,000 chips on 1 MW), prices 1.0 and 2.0; cloud {@code d}:
 * site {@code s3} (region q, 500 chips on 1 MW). Lab: 300 H100e stateless, 400 stateful, on demand.
 * Events, at midnight of the day (a row closing at that hour still shows the old state, since
 * the sample goes first): hour 72, c's on-demand price to 5.0 and the lab's stateful demand
 * halved; hour 96, 2 MW more at {@code s1}; hour 120, site {@code s4} (region q, 200 chips on
 * 0.5 MW) joins {@code d}; hour 168, region r down for 24 hours.
 */
class ScenarioEventsByHandTest {

    private static final LocalDate START = Specs.START;
    private static ReplicationResult result;

    @BeforeAll
    static void run() {
        SiteSpec s1 = new SiteSpec("s1", "r", 1.0, Map.of("chip", 6_000.0), List.of(Specs.power(START, 5)), List.of(),
                null);
        SiteSpec s2 = new SiteSpec("s2", "r", 1.0, Map.of("chip", 1_000.0), List.of(Specs.power(START, 1)), List.of(),
                null);
        SiteSpec s3 = new SiteSpec("s3", "q", 1.0, Map.of("chip", 500.0), List.of(Specs.power(START, 1)), List.of(),
                null);
        SiteSpec s4 = new SiteSpec("s4", "q", 1.0, Map.of("chip", 200.0), List.of(Specs.power(START.plusDays(5), 0.5)),
                List.of(), null);
        CloudSpec c = new CloudSpec("c", null, null, Map.of("chip", new PriceSpec(1.0, 2.0)), null, null, null,
                List.of(s1, s2));
        CloudSpec d = new CloudSpec("d", null, null, Map.of("chip", new PriceSpec(1.0, 2.0)), null, null, null,
                List.of(s3));
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(300), Specs.flat(400), null, null), null, null, null);
        List<EventSpec> events = List.of(
                new EventSpec.ChangePrice(START.plusDays(3), "c", "chip", null, 5.0),
                new EventSpec.ChangeDemand(START.plusDays(3), "lab", 0.5, List.of(TrafficClass.STATEFUL)),
                new EventSpec.AddMilestone(START.plusDays(4), "s1", new PowerMilestoneSpec(START.plusDays(4), 2, null)),
                new EventSpec.AddSite(START.plusDays(5), "d", s4),
                new EventSpec.Outage(START.plusDays(7), null, "r", 24));
        ScenarioSpec spec = new ScenarioSpec("events-by-hand", "", START, START.plusDays(9), 7L, 1, Duration.ofDays(1),
                List.of(Specs.unitChip()), List.of(c, d), List.of(lab), List.of(), events);
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    /** Asserts the ten daily rows of {@code key}, the row closing at 24 (d + 1) hours holding {@code expected[d]}. */
    private static void rows(SeriesKey key, double... expected) {
        Series series = result.recorder().series().get(key);
        assertTrue(series != null, "no series " + key);
        int d = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) > 0) {
                assertEquals(24.0 * (d + 1), series.time(i), 0, key + " row " + i);
                assertEquals(expected[d], series.value(i), 1e-9, key + " on day " + (d + 1));
                d++;
            }
        }
        assertEquals(expected.length, d, "rows of " + key);
    }

    @Test
    void aPriceChangeMovesOnlyThePriceItNames() {
        SeriesKey price = SeriesKey.of(Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR).accelerator("chip");
        rows(price.cloud("c"), 2, 2, 2, 5, 5, 5, 5, 5, 5, 5);
        rows(price.cloud("d"), 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        rows(price.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR).cloud("c"), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void aDemandChangeScalesOnlyTheClassesItNames() {
        SeriesKey demand = SeriesKey.of(Metric.DEMAND_H100E).lab("lab");
        rows(demand.trafficClass("stateful"), 400, 400, 400, 200, 200, 200, 200, 200, 200, 200);
        rows(demand.trafficClass("stateless_api"), 300, 300, 300, 300, 300, 300, 300, 300, 300, 300);
    }

    @Test
    void anAddedMilestonePowersTheStrandedChips() {
        SeriesKey site = SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c").region("r").site("s1");
        rows(site, 5, 5, 5, 5, 7, 7, 7, 7, 7, 7);
        rows(site.as(Metric.STRANDED_CHIPS), 1_000, 1_000, 1_000, 1_000, 0, 0, 0, 0, 0, 0);
        rows(site.as(Metric.STRANDED_POWER_MW), 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void anAddedSiteJoinsItsCloudAndRegion() {
        rows(SeriesKey.of(Metric.CAPACITY_H100E).cloud("d"), 500, 500, 500, 500, 500, 700, 700, 700, 700, 700);
        rows(SeriesKey.of(Metric.CAPACITY_H100E).cloud("d").region("q"), 500, 500, 500, 500, 500, 700, 700, 700, 700,
                700);
        rows(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("d"), 1, 1, 1, 1, 1, 1.5, 1.5, 1.5, 1.5, 1.5);
    }

    @Test
    void aRegionalOutageTakesDownEverySiteOfTheRegionForItsHours() {
        rows(SeriesKey.of(Metric.CAPACITY_H100E).cloud("c"), 6_000, 6_000, 6_000, 6_000, 7_000, 7_000, 7_000, 0,
                7_000, 7_000);
        SeriesKey outage = SeriesKey.of(Metric.OUTAGE_HOURS).cloud("c");
        rows(outage.region("r"), 0, 0, 0, 0, 0, 0, 0, 24, 0, 0);
        rows(outage.region("r").site("s2"), 0, 0, 0, 0, 0, 0, 0, 24, 0, 0);
        rows(outage, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0);
        rows(SeriesKey.of(Metric.OUTAGE_HOURS).cloud("d"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
