package org.gigasim.model.world;

import static org.gigasim.model.world.LabCashTest.series;
import static org.gigasim.model.world.LabCashTest.sum;
import static org.gigasim.model.world.LabCashTest.valueAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ReachSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * Reach demand by hand ({@link TwoCloudFixture}): the lab wants 12 000 effective H100e of
 * stateless API, which its Azure contract (20 000) holds, plus 3 000 that only AWS's
 * marketplace reaches. The routing clause keeps stateless API on Azure until 2026-01-31, so
 * until 744 h the 3 000 are blocked; from then they are bought on demand on AWS (the lab holds
 * nothing there): 3 000 / 0.8 = 3 750 raw H100e, 1 500 chips, 1 500 × 4.4 = 6 600 USD an hour.
 */
class ReachTest {

    private static final double OPEN_HOURS = 744;
    private static final double END_HOURS = 2160;
    private static final SeriesKey REACH = SeriesKey.of(Metric.REACH_DEMAND_H100E).lab("lab").cloud("aws")
            .trafficClass("stateless_api");
    private static final SeriesKey STATELESS = SeriesKey.of(Metric.DEMAND_H100E).lab("lab").trafficClass("stateless_api");

    private static ScenarioSpec spec(boolean failover, LocalDate clauseUntil) {
        return TwoCloudFixture.scenario(LocalDate.of(2026, 3, 31),
                TwoCloudFixture.lab(12_000, List.of(new ReachSpec(TrafficClass.STATELESS_API, "aws", 3_000, 0.0))),
                List.of(TwoCloudFixture.azure(List.of(TwoCloudFixture.routing(clauseUntil, failover, null)))), List.of());
    }

    @Test
    void reachDemandIsBlockedWhileTheClauseHoldsAndServedOnItsCloudAfter() {
        List<String> told = new ArrayList<>();
        ReplicationResult result = new World(spec(false, LocalDate.of(2026, 1, 31)), 0, ClauseRegistry.standard())
                .checkingInvariants().listening(new DecisionListener() {
                    @Override
                    public void reachBlocked(double t, String type, String contract, String lab, String cloud,
                            TrafficClass trafficClass, double h100e, String reason) {
                        told.add("blocked " + t + " " + type + " " + contract + " " + cloud + " " + h100e);
                    }

                    @Override
                    public void reachOpened(double t, String lab, String cloud, TrafficClass trafficClass,
                            double h100e) {
                        told.add("opened " + t + " " + cloud + " " + h100e);
                    }
                }).run();
        assertEquals(List.of("blocked 0.0 stateless-api-routing azure-deal aws 3000.0", "opened 744.0 aws 3000.0"), told);
        // Day 10's row (216-240 h): blocked, not part of the lab's demand, nothing on AWS.
        assertEquals(3_000, valueAt(series(result, REACH.as(Metric.REACH_BLOCKED_H100E)), 240), 1e-9);
        assertEquals(0, valueAt(series(result, REACH.as(Metric.REACH_SERVED_H100E)), 240), 0);
        assertEquals(12_000, valueAt(series(result, STATELESS), 240), 1e-9);
        // Day 40's row (936-960 h): open, served on AWS, part of the class's demand and served compute there.
        assertEquals(3_000, valueAt(series(result, REACH), 960), 1e-9);
        assertEquals(0, valueAt(series(result, REACH.as(Metric.REACH_BLOCKED_H100E)), 960), 0);
        assertEquals(3_000, valueAt(series(result, REACH.as(Metric.REACH_SERVED_H100E)), 960), 1e-9);
        assertEquals(15_000, valueAt(series(result, STATELESS), 960), 1e-9);
        assertEquals(3_000, valueAt(series(result, STATELESS.as(Metric.SERVED_H100E).cloud("aws")), 960), 1e-9);
        assertEquals(12_000, valueAt(series(result, STATELESS.as(Metric.SERVED_H100E).cloud("azure")), 960), 1e-9);
        assertEquals(0, valueAt(series(result, STATELESS.as(Metric.UNSERVED_H100E)), 960), 1e-9);
        // AWS sells 1 500 chips on demand for the 1 416 hours after the clause: 6 600 × 1 416 = 9 345 600 USD.
        double aws = sum(series(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("aws")));
        assertEquals(6_600 * (END_HOURS - OPEN_HOURS), aws, 1e-6 * aws);
        assertEquals(9_345_600, aws, 1e-6 * aws);
        // The lab earns 1.7 per effective H100e-hour: 12 000 × 1.7 × 744 + 15 000 × 1.7 × 1 416 = 51 285 600 USD.
        double earned = sum(series(result, SeriesKey.of(Metric.LAB_REVENUE_USD).lab("lab")));
        assertEquals(51_285_600, earned, 1e-6 * earned);
    }

    @Test
    void aPinWithFailoverStillKeepsTheLabOutOfAnotherCloudsMarketplace() {
        ReplicationResult result = new World(spec(true, LocalDate.of(2026, 3, 31)), 0, ClauseRegistry.standard())
                .checkingInvariants().run();
        // Blocked all 90 days: the daily rows of the level sum to 3 000 × 90.
        assertEquals(3_000 * 90, sum(series(result, REACH.as(Metric.REACH_BLOCKED_H100E))), 1e-6);
        assertEquals(0, sum(series(result, REACH.as(Metric.REACH_SERVED_H100E))), 0);
        assertEquals(0, sum(series(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("aws"))), 0);
    }

    @Test
    void withoutAClauseReachGoesFirstOnTheLabsHeldCapacityOfItsCloud() {
        // No clause, and the lab holds 3 MW on AWS (2 000 chips, 4 000 effective H100e): reach takes 3 000 of them
        // first; the class's 12 000 share the remaining room in proportion: Azure 20 000, AWS 1 000, so
        // 12 000 × 20/21 = 11 428.57 on Azure and 571.43 on AWS.
        var awsDeal = new org.gigasim.model.spec.ContractSpec("aws-deal", "lab", "aws", "b", 3, Specs.START,
                LocalDate.of(2026, 12, 31), null, 3.0, null, List.of());
        ScenarioSpec spec = TwoCloudFixture.scenario(LocalDate.of(2026, 1, 31),
                TwoCloudFixture.lab(12_000, List.of(new ReachSpec(TrafficClass.STATELESS_API, "aws", 3_000, 0.0))),
                List.of(TwoCloudFixture.azure(List.of()), awsDeal), List.of());
        ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
        assertEquals(3_000, valueAt(series(result, REACH.as(Metric.REACH_SERVED_H100E)), 240), 1e-9);
        assertEquals(3_000 + 12_000.0 / 21, valueAt(series(result, STATELESS.as(Metric.SERVED_H100E).cloud("aws")), 240),
                1e-9);
        assertEquals(12_000.0 * 20 / 21,
                valueAt(series(result, STATELESS.as(Metric.SERVED_H100E).cloud("azure")), 240), 1e-9);
        assertEquals(0, sum(series(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("aws"))), 0);
    }

    @Test
    void aLabWithoutReachRecordsNoReachSeries() {
        ReplicationResult result = new World(TwoCloudFixture.scenario(LocalDate.of(2026, 1, 31),
                TwoCloudFixture.lab(12_000, List.of()), List.of(TwoCloudFixture.azure(List.of())), List.of()), 0,
                ClauseRegistry.standard()).run();
        assertNull(result.recorder().series().get(REACH));
    }
}
