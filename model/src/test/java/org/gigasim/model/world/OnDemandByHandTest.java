package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.at;
import static org.gigasim.model.world.ClauseScenarios.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.CapacityPriorityClause;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * On-demand sales computed by hand, with no unit factor: {@code b} is {@link CashFixture}'s chip
 * (2.5 H100e, 1.2 kW IT; 1.5 kW at PUE 1.25), {@code t} a Google chip of 1.5 H100e at 1.0 kW IT
 * (1.25 kW). Lab {@code big} gets 0.8 of {@code b}'s rating (2 effective H100e a chip), lab
 * {@code small} 0.6 (1.5). Cloud {@code open} has 800 free {@code b} at 5.0 $/chip-hour on demand
 * (2,000 raw H100e at 2.0 $ per raw H100e-hour) and 600 {@code t} it sells only by contract
 * (on-demand price 0), so they are never sold on demand. Nothing is random: each day's row is
 * the decision's constant value.
 */
class OnDemandByHandTest {

    private static final LocalDate START = Specs.START;
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final SeriesKey SERVED = SeriesKey.of(Metric.SERVED_H100E);
    private static final SeriesKey UNSERVED = SeriesKey.of(Metric.UNSERVED_H100E);

    private static AcceleratorSpec b() {
        return CashFixture.chip();
    }

    private static AcceleratorSpec t() {
        return new AcceleratorSpec("t", "google", null, 1.0, 1.5, null, null, List.of());
    }

    /** 800 {@code b} (1.2 MW) and 600 {@code t} (0.75 MW), all powered. */
    private static CloudSpec open() {
        SiteSpec site = new SiteSpec("open-site", "east", 1.25, Map.of("b", 800.0, "t", 600.0),
                List.of(Specs.power(START, 1.95)), List.of(), null);
        return new CloudSpec("open", null, null, Map.of("b", new PriceSpec(3.0, 5.0), "t", new PriceSpec(2.0, 0.0)),
                null, null, null, List.of(site));
    }

    /** Cloud {@code full}: 1,000 {@code b} (1.5 MW), all powered. */
    private static CloudSpec full() {
        SiteSpec site = new SiteSpec("full-site", "east", 1.25, Map.of("b", 1_000.0),
                List.of(Specs.power(START, 1.5)), List.of(), null);
        return new CloudSpec("full", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of(site));
    }

    /** {@code big}'s contract for all of {@code full}: 1.5 MW at 2.75 $/chip-hour. */
    private static ContractSpec deal() {
        return new ContractSpec("deal", "big", "full", "b", 1.5, START, YEAR_END, null, 2.75, null, List.of());
    }

    private static LabSpec lab(String id, double efficiency, double stateless, double stateful) {
        return new LabSpec(id, new DemandSpec(Specs.flat(stateless), stateful > 0 ? Specs.flat(stateful) : null, null,
                null), Map.of("b", List.of(new EfficiencyStepSpec(START, efficiency))), null, null);
    }

    private static ScenarioSpec scenario(List<CloudSpec> clouds, List<LabSpec> labs, List<ContractSpec> contracts) {
        return new ScenarioSpec("on-demand", "", START, START.plusDays(2), 7L, 1, Duration.ofDays(1),
                List.of(b(), t()), clouds, labs, contracts, List.of());
    }

    /**
     * Cloud {@code full} has 1,000 {@code b} (1.5 MW), all under {@code big}'s contract of 1.5 MW
     * at 2.75 $/chip-hour (2,000 effective H100e held), so it has nothing free. {@code big} needs
     * 2,400 stateless and 800 stateful, {@code small} 600 stateless. Stateless takes the 2,000
     * held and asks 400 of {@code open} (its only free capacity): 500 raw H100e; stateful asks
     * 800: 1,000 raw; {@code small}'s 600 are 1,000 raw. 2,500 raw asked of 2,000 free: each
     * request is granted 0.8. Every class asks up to what is free, regardless of what the
     * lab's other classes asked.
     */
    @Test
    void anOversubscribedCloudGrantsEveryRequestTheSameShareOfItsRawCapacity() {
        ReplicationResult result = ClauseScenarios.run(scenario(List.of(full(), open()),
                List.of(lab("big", 0.8, 2_400, 800), lab("small", 0.6, 600, 0)), List.of(deal())));
        for (int day = 1; day <= 3; day++) {
            double h = day * 24.0;
            SeriesKey big = SERVED.lab("big");
            assertEquals(2_000, at(result, big.cloud("full").trafficClass("stateless_api"), h), 1e-9);
            assertEquals(0.8 * 400, at(result, big.cloud("open").trafficClass("stateless_api"), h), 1e-9);
            assertEquals(0.8 * 800, at(result, big.cloud("open").trafficClass("stateful"), h), 1e-9);
            assertEquals(0.8 * 600, at(result, SERVED.lab("small").cloud("open").trafficClass("stateless_api"), h),
                    1e-9);
            assertEquals(80, at(result, UNSERVED.lab("big").trafficClass("stateless_api"), h), 1e-9);
            assertEquals(160, at(result, UNSERVED.lab("big").trafficClass("stateful"), h), 1e-9);
            assertEquals(120, at(result, UNSERVED.lab("small").trafficClass("stateless_api"), h), 1e-9);
            // Granted raw: big 0.8 × 1,500 = 1,200, small 0.8 × 1,000 = 800, at 2.0 $ an hour each.
            assertEquals((1_200 + 800) * 2.0 * 24, at(result,
                    SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("open"), h), 1e-6);
            assertEquals(0, at(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("full"), h), 0);
            assertEquals((1_000 * 2.75 + 1_200 * 2.0) * 24, at(result, SeriesKey.of(Metric.SPEND_USD).lab("big"), h),
                    1e-6);
            assertEquals(800 * 2.0 * 24, at(result, SeriesKey.of(Metric.SPEND_USD).lab("small"), h), 1e-6);
            // 320 + 640 + 480 effective on 2,000 + 900 raw (the t chips are up, just not for sale).
            assertEquals(1_440 / 2_900.0, at(result, SeriesKey.of(Metric.UTILIZATION).cloud("open"), h), 1e-12);
        }
    }

    /**
     * Held capacity follows the lab's efficiency steps on the day each is dated, up and down:
     * {@code big} holds all 1,000 {@code b} of cloud {@code full} (2,500 raw H100e) and asks more
     * than that, with no other cloud, at 0.5 of the rating on the first day, 0.8 on the second
     * and 0.6 on the third: 1,250, 2,000 and 1,500 effective H100e served.
     */
    @Test
    void heldCapacityFollowsEachEfficiencyStepOnItsDay() {
        LabSpec big = new LabSpec("big", new DemandSpec(Specs.flat(5_000), null, null, null),
                Map.of("b", List.of(new EfficiencyStepSpec(START, 0.5), new EfficiencyStepSpec(START.plusDays(1), 0.8),
                        new EfficiencyStepSpec(START.plusDays(2), 0.6))), null, null);
        ReplicationResult result = ClauseScenarios.run(scenario(List.of(full()), List.of(big), List.of(deal())));
        SeriesKey served = SERVED.lab("big").cloud("full").trafficClass("stateless_api");
        assertEquals(1_250, at(result, served, 24), 1e-9);
        assertEquals(2_000, at(result, served, 48), 1e-9);
        assertEquals(1_500, at(result, served, 72), 1e-9);
    }

    /**
     * Cloud {@code open} with {@code big}'s contract of 0.15 MW (100 {@code b}, 200 effective
     * H100e held) carrying a capacity priority: 700 {@code b} = 1,750 raw H100e are free.
     */
    private static ScenarioSpec priority(double firstStateless, double firstStateful) {
        return priority(firstStateless, firstStateful, null);
    }

    /** The same, with the priority in force through {@code until} (inclusive; null: always). */
    private static ScenarioSpec priority(double firstStateless, double firstStateful, LocalDate until) {
        ContractSpec deal = new ContractSpec("deal", "big", "open", "b", 0.15, START, YEAR_END, null, 2.75, null,
                List.of(new ClauseSpec("capacity-priority", null, until, new CapacityPriorityClause.Params(null))));
        return scenario(List.of(open()), List.of(lab("big", 0.8, firstStateless, firstStateful), lab("small", 0.6, 900, 0)),
                List.of(deal));
    }

    private static List<double[]> prioritised(ScenarioSpec spec, ReplicationResult[] out) {
        List<double[]> bites = new ArrayList<>();
        out[0] = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().listening(new DecisionListener() {
            @Override
            public void prioritised(double t, String type, String contract, String lab, String cloud, double extra,
                    String reason) {
                assertEquals("capacity-priority", type);
                assertEquals("big", lab);
                assertEquals("open", cloud);
                bites.add(new double[] {t, extra});
            }
        }).run();
        return bites;
    }

    /**
     * {@code big} asks 800 on demand (1,000 raw) and gets all of it; {@code small}'s 900 (1,500
     * raw) share the 750 raw left: half, 450. In proportion each would have had 1,750 / 2,500 =
     * 0.7, so the priority moved 1,000 × 0.3 raw = 300 raw = 240 effective H100e to {@code big}.
     */
    @Test
    void thePriorityLabIsGrantedFirstAndTheOthersShareWhatItLeaves() {
        ReplicationResult[] result = new ReplicationResult[1];
        List<double[]> bites = prioritised(priority(1_000, 0), result);
        for (int day = 1; day <= 3; day++) {
            double h = day * 24.0;
            assertEquals(200 + 800, at(result[0], SERVED.lab("big").cloud("open").trafficClass("stateless_api"), h),
                    1e-9);
            assertEquals(450, at(result[0], SERVED.lab("small").cloud("open").trafficClass("stateless_api"), h), 1e-9);
            assertEquals(450, at(result[0], UNSERVED.lab("small").trafficClass("stateless_api"), h), 1e-9);
            // 100 chips × 2.75 $ by contract, 1,000 and 750 raw H100e at 2.0 $ on demand.
            assertEquals((100 * 2.75 + 1_000 * 2.0) * 24, at(result[0], SeriesKey.of(Metric.SPEND_USD).lab("big"), h),
                    1e-6);
            assertEquals(750 * 2.0 * 24, at(result[0], SeriesKey.of(Metric.SPEND_USD).lab("small"), h), 1e-6);
        }
        assertEquals(1, bites.size(), "a priority is told when it starts to bite, not at every decision");
        assertEquals(0, bites.get(0)[0], 0);
        assertEquals(240, bites.get(0)[1], 1e-9);
        assertEquals(240, total(result[0], SeriesKey.of(Metric.CLAUSE_MOVED_H100E).lab("big").cloud("open")
                .clause("capacity-priority")), 1e-9);
    }

    /**
     * {@code big} asks 1,000 stateless (beyond its 200 held) and 1,000 stateful on demand, each
     * within the 1,750 × 0.8 = 1,400 free for it but together 2,500 raw, more than the 1,750
     * free: each is granted 1,750 / 2,500 = 0.7, 700, and {@code small} nothing. In proportion
     * each request would have had 1,750 / 4,000 = 0.4375, so the priority moved 2,500 × (0.7 −
     * 0.4375) × 0.8 = 525 effective H100e.
     */
    @Test
    void aPriorityLabAskingMoreThanIsFreeTakesAllOfItAndNoMore() {
        ReplicationResult[] result = new ReplicationResult[1];
        List<double[]> bites = prioritised(priority(1_200, 1_000), result);
        double h = 24;
        SeriesKey big = SERVED.lab("big").cloud("open");
        assertEquals(200 + 700, at(result[0], big.trafficClass("stateless_api"), h), 1e-9);
        assertEquals(700, at(result[0], big.trafficClass("stateful"), h), 1e-9);
        assertEquals(300, at(result[0], UNSERVED.lab("big").trafficClass("stateless_api"), h), 1e-9);
        assertEquals(300, at(result[0], UNSERVED.lab("big").trafficClass("stateful"), h), 1e-9);
        assertEquals(0, at(result[0], SERVED.lab("small").cloud("open").trafficClass("stateless_api"), h), 1e-9);
        assertEquals(900, at(result[0], UNSERVED.lab("small").trafficClass("stateless_api"), h), 1e-9);
        // 1,750 raw H100e at 2.0 $, all to big.
        assertEquals(1_750 * 2.0 * 24, at(result[0], SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("open"), h),
                1e-6);
        assertEquals(1, bites.size());
        assertEquals(525, bites.get(0)[1], 1e-9);
    }

    /**
     * The priority of the first test in force through 1 January only: from 24 h on, each
     * decision claims priorities afresh and none holds, so both labs get 1,750 / 2,500 = 0.7 of
     * their requests, 560 and 630, and the priority is told idle once.
     */
    @Test
    void aPriorityThatEndedNoLongerServesItsLabFirst() {
        List<String> idle = new ArrayList<>();
        ReplicationResult result = new World(priority(1_000, 0, START), 0, ClauseRegistry.standard())
                .checkingInvariants().listening(new DecisionListener() {
                    @Override
                    public void priorityIdle(double t, String type, String contract, String cloud) {
                        idle.add(t + " " + type + " " + contract + " " + cloud);
                    }
                }).run();
        assertEquals(200 + 800, at(result, SERVED.lab("big").cloud("open").trafficClass("stateless_api"), 24), 1e-9);
        for (int day = 2; day <= 3; day++) {
            double h = day * 24.0;
            assertEquals(200 + 560, at(result, SERVED.lab("big").cloud("open").trafficClass("stateless_api"), h), 1e-9);
            assertEquals(630, at(result, SERVED.lab("small").cloud("open").trafficClass("stateless_api"), h), 1e-9);
        }
        assertEquals(List.of("24.0 capacity-priority deal open"), idle);
    }
}
