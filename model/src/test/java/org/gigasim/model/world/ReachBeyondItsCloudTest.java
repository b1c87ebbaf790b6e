package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.ReachSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

/**
 * Reach demand larger than its cloud can serve, by hand ({@link TwoCloudFixture}, no clause):
 * the lab wants 12,000 effective H100e of stateless API (its Azure contract holds 20,000) and
 * 20,000 that only AWS reaches. It holds 3 MW on AWS (2,000 chips, 4,000 effective H100e at
 * 2.75 $/chip-hour); AWS's other 6,000 chips are 15,000 raw, 12,000 effective H100e on demand.
 * Reach takes the 4,000 held, asks the 12,000 free on demand and cannot place 4,000 more: they
 * are unserved, with nowhere else to go. The class's own 12,000 then run on Azure.
 */
class ReachBeyondItsCloudTest {

    private static ReplicationResult run() {
        ContractSpec awsDeal = new ContractSpec("aws-deal", "lab", "aws", "b", 3, Specs.START,
                LocalDate.of(2026, 12, 31), null, 2.75, null, List.of());
        return ClauseScenarios.run(TwoCloudFixture.scenario(Specs.START.plusDays(2),
                TwoCloudFixture.lab(12_000, List.of(new ReachSpec(TrafficClass.STATELESS_API, "aws", 20_000, 0.0))),
                List.of(TwoCloudFixture.azure(List.of()), awsDeal), List.of()));
    }

    @Test
    void reachTheCloudCannotPlaceIsUnservedAndCountedOnce() {
        ReplicationResult result = run();
        SeriesKey reach = SeriesKey.of(Metric.REACH_DEMAND_H100E).lab("lab").cloud("aws").trafficClass("stateless_api");
        SeriesKey stateless = SeriesKey.of(Metric.DEMAND_H100E).lab("lab").trafficClass("stateless_api");
        for (int day = 1; day <= 3; day++) {
            double h = day * 24.0;
            assertEquals(20_000, at(result, reach, h), 1e-9);
            assertEquals(4_000 + 12_000, at(result, reach.as(Metric.REACH_SERVED_H100E), h), 1e-9);
            assertEquals(0, at(result, reach.as(Metric.REACH_BLOCKED_H100E), h), 0);
            assertEquals(12_000 + 20_000, at(result, stateless, h), 1e-9);
            assertEquals(16_000, at(result, stateless.as(Metric.SERVED_H100E).cloud("aws"), h), 1e-9);
            assertEquals(12_000, at(result, stateless.as(Metric.SERVED_H100E).cloud("azure"), h), 1e-9);
            assertEquals(4_000, at(result, stateless.as(Metric.UNSERVED_H100E), h), 1e-9);
        }
    }

    @Test
    void theLabPaysForWhatItHoldsAndWhatItBuysAndEarnsOnWhatItServes() {
        ReplicationResult result = run();
        // On demand: 15,000 raw H100e at 4.4 / 2.5 = 1.76 $ = 26,400 $/h. Contracts: 10,000 Azure
        // and 2,000 AWS chips at 2.75 $ = 33,000 $/h. Revenue: 28,000 served × 1.7 $ = 47,600 $/h.
        for (int day = 1; day <= 3; day++) {
            double h = day * 24.0;
            assertEquals(26_400 * 24, at(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("aws"), h), 1e-6);
            assertEquals((26_400 + 2_000 * 2.75) * 24, at(result, SeriesKey.of(Metric.REVENUE_USD).cloud("aws"), h),
                    1e-6);
            assertEquals((26_400 + 12_000 * 2.75) * 24, at(result, SeriesKey.of(Metric.SPEND_USD).lab("lab"), h),
                    1e-6);
            assertEquals(28_000 * TwoCloudFixture.REVENUE_PER_H100E_HOUR * 24,
                    at(result, SeriesKey.of(Metric.LAB_REVENUE_USD).lab("lab"), h), 1e-6);
        }
    }
}
