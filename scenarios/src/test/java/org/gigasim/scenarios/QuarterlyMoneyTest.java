package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Money over four quarters, computed by hand from {@code money-quarters.yaml} and checked
 * against what the model records.
 *
 * <p>A chip is 2.5 H100e at efficiency 0.8, 2 effective H100e. Alpha's contract reserves
 * 10 000 chips (20 000 effective H100e) at 2.75 USD per chip-hour under take-or-pay with a
 * 75% minimum; alpha needs 8 000 effective H100e, 40% of it, so it uses 4 000 chips an hour
 * and is billed 4 000 × 2.75 = 11 000 USD an hour, plus at each quarter end the shortfall
 * (0.75 × 10 000 − 4 000) = 3 500 chips × 2.75 = 9 625 USD an hour: 20 625 USD an hour in
 * all, 7 500 chips' worth. Beta has no contract and needs 6 000 effective H100e, 7 500 raw
 * H100e or 3 000 chips, bought on demand at 4.00: 12 000 USD an hour. The 15 000 free
 * chips cover it. The quarters of 2026 last 90, 91, 92 and 92 days (2 160, 2 184, 2 208 and
 * 2 208 hours; 8 760 in the year).
 */
class QuarterlyMoneyTest {

    private static final double ALPHA_USD_PER_HOUR = 20_625;
    private static final double BETA_USD_PER_HOUR = 12_000;
    private static final double[] QUARTER_HOURS = {2160, 2184, 2208, 2208};
    /** Quarter ends (the midnight after each quarter's last day), hours since 2026-01-01. */
    private static final double[] QUARTER_ENDS = {2160, 4344, 6552, 8760};

    private static ReplicationResult result;

    @BeforeAll
    static void run() {
        ScenarioSpec spec = ScenarioLoader.load(ScenarioLoaderTest.resource("money-quarters.yaml"));
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    @Test
    void eachLabSpendsWhatItsQuarterCostsByHand() {
        // Alpha: 2 160 × 20 625 = 44 550 000; 2 184 × 20 625 = 45 045 000; 2 208 × 20 625 = 45 540 000 (twice).
        // Beta:  2 160 × 12 000 = 25 920 000; 2 184 × 12 000 = 26 208 000; 2 208 × 12 000 = 26 496 000 (twice).
        double[] alpha = {44_550_000, 45_045_000, 45_540_000, 45_540_000};
        double[] beta = {25_920_000, 26_208_000, 26_496_000, 26_496_000};
        for (int q = 0; q < 4; q++) {
            assertEquals(QUARTER_HOURS[q] * ALPHA_USD_PER_HOUR, alpha[q], 1e-6);
            assertMoney(alpha[q], quarterly(SeriesKey.of(Metric.SPEND_USD).lab("alpha"), q), "alpha Q" + (q + 1));
            assertMoney(beta[q], quarterly(SeriesKey.of(Metric.SPEND_USD).lab("beta"), q), "beta Q" + (q + 1));
        }
    }

    @Test
    void quarterlySpendDeltasFollowTheQuartersLengths() {
        // Each quarter's spend differs from the one before by its extra hours at 32 625 USD an hour:
        // Q2 − Q1 = 24 h → 783 000; Q3 − Q2 = 24 h → 783 000; Q4 − Q3 = 0.
        double[] deltas = {783_000, 783_000, 0};
        for (int q = 1; q < 4; q++) {
            double total = quarterly(SeriesKey.of(Metric.SPEND_USD).lab("alpha"), q)
                    + quarterly(SeriesKey.of(Metric.SPEND_USD).lab("beta"), q);
            double before = quarterly(SeriesKey.of(Metric.SPEND_USD).lab("alpha"), q - 1)
                    + quarterly(SeriesKey.of(Metric.SPEND_USD).lab("beta"), q - 1);
            assertEquals(deltas[q - 1], total - before, 1e-3, "Q" + (q + 1) + " − Q" + q);
        }
    }

    @Test
    void contractOnDemandAndSettlementRevenueEqualTheLabsSpendEachQuarter() {
        // Q1: 44 550 000 + 25 920 000 = 70 470 000 of revenue, of which 25 920 000 on demand,
        // 2 160 × 11 000 = 23 760 000 billed on use and 2 160 × 9 625 = 20 790 000 settled at the quarter end.
        double[] revenue = {70_470_000, 71_253_000, 72_036_000, 72_036_000};
        for (int q = 0; q < 4; q++) {
            double spend = quarterly(SeriesKey.of(Metric.SPEND_USD).lab("alpha"), q)
                    + quarterly(SeriesKey.of(Metric.SPEND_USD).lab("beta"), q);
            double recognised = quarterly(SeriesKey.of(Metric.REVENUE_USD).cloud("cloud"), q);
            assertMoney(revenue[q], recognised, "revenue Q" + (q + 1));
            assertMoney(spend, recognised, "spend = revenue in Q" + (q + 1));
        }
    }

    @Test
    void theContractRecognisesUseAndShortfallAndForfeitsTheRest() {
        Contract contract = result.contracts().get(0);
        // Signed: 10 000 chips × 8 760 h × 2.75 = 240 900 000. Recognised: 7 500 chips' worth,
        // 8 760 × 20 625 = 180 675 000; forfeited: 2 500 chips' worth, 8 760 × 6 875 = 60 225 000.
        assertMoney(240_900_000, contract.signedValueUsd(), "signed");
        assertMoney(180_675_000, contract.recognisedUsd(), "recognised");
        assertMoney(60_225_000, contract.forfeitedUsd(), "forfeited");
        assertEquals(0, contract.remainingUsd(8760), 1e-6);
        // Alpha used 4 000 chips for 8 760 h.
        assertEquals(35_040_000, contract.usedChipHours(), 1e-6 * 35_040_000);
        assertEquals(1, result.contracts().size(), "no lab procures: neither has a procurement policy");
    }

    @Test
    void theYearsRevenueIsEveryQuartersSum() {
        // 180 675 000 (alpha) + 8 760 × 12 000 = 105 120 000 (beta) = 285 795 000.
        double year = 0;
        for (int q = 0; q < 4; q++) {
            year += quarterly(SeriesKey.of(Metric.REVENUE_USD).cloud("cloud"), q);
        }
        assertMoney(285_795_000, year, "2026 revenue");
    }

    /** The value recorded at quarter {@code q}'s end in a series of quarterly flows. */
    /** A flow over quarter {@code q}: the sum of its rows that close intervals inside the quarter. */
    private static double quarterly(SeriesKey key, int q) {
        Series series = result.recorder().series().get(key);
        assertNotNull(series, "no series " + key + " in " + List.copyOf(result.recorder().series().keySet()));
        double from = q == 0 ? 0 : QUARTER_ENDS[q - 1];
        double sum = 0;
        boolean closed = false;
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) > from && series.time(i) <= QUARTER_ENDS[q]) {
                sum += series.value(i);
                closed |= series.time(i) == QUARTER_ENDS[q];
            }
        }
        if (!closed) {
            throw new AssertionError("no row of " + key + " at the quarter's end, hour " + QUARTER_ENDS[q]);
        }
        return sum;
    }

    private static void assertMoney(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * expected, what);
    }
}
