package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.TakeOrPayClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money over the first three quarters of 2026, worked out by hand on {@link CashFixture}'s
 * world (a chip is 2 effective H100e at 1.5 kW facility, 666.67 chips a MW; on demand 4.1 USD
 * per chip-hour; 20 000 chips). The quarters end at hours 2 160, 4 344 and 6 552.
 *
 * <p>Alpha needs 16 000 effective H100e, 8 000 chips. It holds "ramp": 15 MW (10 000 chips) at
 * 2.75 USD to the end of 2026, ramping over 4 months (2 880 h) in steps of 720 h of 1 250, 3 750,
 * 6 250 and 8 750 chips (10 000 × (2i + 1) × 720 / (2 × 2 880)). On 1 March (hour 1 416, inside
 * the second step, [720, 1 440)) it is amended to 12 MW, 8 000 chips, which ends the ramp there.
 * Alpha buys the rest on demand: 6 750 chips in [0, 720), 4 250 in [720, 1 416), none after.
 *
 * <p>Beta needs 4 000 effective H100e, 2 000 chips, and holds "top": 6 MW (4 000 chips) at
 * 3.3 USD to the end of 2026 under take-or-pay with a 75% minimum. It is billed on use,
 * 2 000 × 3.3 = 6 600 USD an hour, and at each quarter end the shortfall 0.75 × 4 000 − 2 000
 * = 1 000 chips × 3.3 = 3 300 USD an hour: 9 900 USD an hour. The other 1 000 chips' worth,
 * 3 300 USD an hour, is forfeited.
 *
 * <p>Neither lab has finance or a procurement policy, so nothing limits on-demand buying and
 * nothing is signed during the run.
 */
class MoneyOverQuartersTest {

    private static final double[] QUARTER_ENDS = {2160, 4344, 6552};

    private ReplicationResult result;

    @BeforeEach
    void run() {
        ContractSpec ramp = new ContractSpec("ramp", "alpha", "cloud", "b", 15, CashFixture.START,
                LocalDate.of(2026, 12, 31), 4.0, 2.75, null, List.of());
        ContractSpec top = new ContractSpec("top", "beta", "cloud", "b", 6, CashFixture.START, LocalDate.of(2026, 12, 31),
                null, 3.3, null, List.of(ClauseScenarios.clause("take-or-pay", new TakeOrPayClause.Params(0.75))));
        EventSpec amend = new EventSpec.AmendContract(LocalDate.of(2026, 3, 1), "ramp", 12.0, null, null);
        ScenarioSpec spec = new ScenarioSpec("money", "", CashFixture.START, LocalDate.of(2026, 9, 30), 7L, 1,
                Duration.ofDays(1), List.of(CashFixture.chip()), List.of(CashFixture.cloud()),
                List.of(lab("alpha", 16_000), lab("beta", 4_000)), List.of(ramp, top), List.of(amend));
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private static LabSpec lab(String id, double statelessH100e) {
        return new LabSpec(id, new DemandSpec(Specs.flat(statelessH100e), null, null, null),
                Map.of("b", List.of(new EfficiencyStepSpec(CashFixture.START, 0.8))), null, null);
    }

    @Test
    void contractOnDemandAndSettlementRevenueEqualTheLabsSpendEachQuarter() {
        // Ramp, Q1: 1 250 × 720 + 3 750 × 696 + 8 000 × 744 = 900 000 + 2 610 000 + 5 952 000 = 9 462 000 chip-hours
        // × 2.75 = 26 020 500. Q2: 8 000 × 2 184 × 2.75 = 48 048 000. Q3: 8 000 × 2 208 × 2.75 = 48 576 000.
        double[] ramp = {26_020_500, 48_048_000, 48_576_000};
        // On demand, Q1 only: (6 750 × 720 + 4 250 × 696) × 4.1 = (4 860 000 + 2 958 000) × 4.1 = 32 053 800.
        double[] onDemand = {32_053_800, 0, 0};
        // Top: 9 900 an hour over 2 160, 2 184 and 2 208 h, of which 3 300 an hour is charged at the quarter's end.
        double[] top = {21_384_000, 21_621_600, 21_859_200};
        double[] settlement = {7_128_000, 7_207_200, 7_286_400};
        for (int q = 0; q < 3; q++) {
            String quarter = "Q" + (q + 1);
            double spendAlpha = quarterly(SeriesKey.of(Metric.SPEND_USD).lab("alpha"), q);
            double spendBeta = quarterly(SeriesKey.of(Metric.SPEND_USD).lab("beta"), q);
            assertMoney(ramp[q] + onDemand[q], spendAlpha, "alpha's spend in " + quarter);
            assertMoney(top[q], spendBeta, "beta's spend in " + quarter);
            assertMoney(settlement[q], quarterly(SeriesKey.of(Metric.CLAUSE_MOVED_USD).lab("beta").cloud("cloud")
                    .clause("take-or-pay"), q), "take-or-pay in " + quarter);
            assertMoney(onDemand[q], quarterly(SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("cloud"), q),
                    "on-demand revenue in " + quarter);
            double revenue = quarterly(SeriesKey.of(Metric.REVENUE_USD).cloud("cloud"), q);
            assertMoney(ramp[q] + onDemand[q] + top[q], revenue, "revenue in " + quarter);
            assertMoney(spendAlpha + spendBeta, revenue, "revenue = spend in " + quarter);
        }
    }

    @Test
    void theRampedContractAmendedInItsRampBalancesItsSignedValue() {
        Contract ramp = contract("ramp");
        // Signed: (1 250 + 3 750 + 6 250 + 8 750) × 720 + 10 000 × 5 880 = 73 200 000 chip-hours × 2.75 = 201 300 000.
        // The amendment at 1 416: what remained, 3 750 × 24 + 6 250 × 720 + 8 750 × 720 + 10 000 × 5 880 = 69 690 000
        // chip-hours, becomes 8 000 × 7 344 = 58 752 000: 10 938 000 × 2.75 = 30 079 500 less, 171 220 500.
        assertMoney(171_220_500, ramp.signedValueUsd(), "signed");
        // Recognised, the three quarters: 26 020 500 + 48 048 000 + 48 576 000; remaining: Q4, 8 000 × 2 208 × 2.75.
        assertMoney(122_644_500, ramp.recognisedUsd(), "recognised");
        assertMoney(48_576_000, ramp.remainingUsd(6552), "remaining");
        assertEquals(0, ramp.forfeitedUsd(), 1e-6);
        assertMoney(ramp.signedValueUsd(), ramp.recognisedUsd() + ramp.remainingUsd(6552) + ramp.forfeitedUsd(),
                "signed = recognised + remaining + forfeited");
        assertEquals(8000, ramp.fullChips(), 1e-9);
        assertEquals(1416, ramp.rampHours(), 1e-9, "the amendment ends the ramp");
    }

    @Test
    void theTakeOrPayContractRecognisesUseAndShortfallAndForfeitsTheRest() {
        Contract top = contract("top");
        // Signed 4 000 × 8 760 × 3.3 = 115 632 000; recognised 9 900 × 6 552 = 64 864 800; forfeited 3 300 × 6 552 =
        // 21 621 600; remaining 4 000 × 2 208 × 3.3 = 29 145 600.
        assertMoney(115_632_000, top.signedValueUsd(), "signed");
        assertMoney(64_864_800, top.recognisedUsd(), "recognised");
        assertMoney(21_621_600, top.forfeitedUsd(), "forfeited");
        assertMoney(29_145_600, top.remainingUsd(6552), "remaining");
        assertMoney(top.signedValueUsd(), top.recognisedUsd() + top.remainingUsd(6552) + top.forfeitedUsd(),
                "signed = recognised + remaining + forfeited");
        // 2 000 chips used for 6 552 h.
        assertEquals(13_104_000, top.usedChipHours(), 1e-6 * 13_104_000);
        assertEquals(2, result.contracts().size(), "no lab procures");
    }

    private Contract contract(String id) {
        return result.contracts().stream().filter(c -> c.contractId().equals(id)).findFirst().orElseThrow();
    }

    /** A flow over quarter {@code q}: the sum of its rows that close intervals inside the quarter. */
    private double quarterly(SeriesKey key, int q) {
        Series series = result.recorder().series().get(key);
        assertNotNull(series, "no series " + key);
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
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }
}
