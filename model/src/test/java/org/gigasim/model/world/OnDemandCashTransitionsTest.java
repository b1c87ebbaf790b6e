package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.FundingRoundSpec;
import org.junit.jupiter.api.Test;

/**
 * When the trace says a lab's on-demand buying starts and stops being cut by its cash rule
 * ({@link CashFixture}: a chip is 2 effective H100e at 4.1 USD an hour on demand). The lab
 * needs 10 000 effective H100e, 5 000 chips, 20 500 USD an hour; with a commitment window of
 * half a year (4 380 h) its budget is its headroom / 4 380 an hour. Routing is decided at
 * least once a day; the trace tells only changes, not every cut decision.
 */
class OnDemandCashTransitionsTest {

    /** Unserved H100e-hours over the day a row closes. */
    private static final SeriesKey UNSERVED = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass(
            "stateless_api");

    private static List<String> onDemandDecisions(List<String> decisions) {
        return decisions.stream().filter(d -> d.startsWith("on-demand")).toList();
    }

    @Test
    void aRoundThatCoversTheLabsBuyingEndsTheCutOnceAndItStaysEnded() {
        // Cash 35 916 000 → 8 200 USD an hour, 4 000 of the 10 000 H100e: cut at 0. It stays cut, each day with a
        // little less, without a new trace line. A round of 100 000 000 on 5 January (hour 96) raises the budget to
        // about (35 916 000 − 4 days of at most 196 800 + 100 000 000) / 4 380 ≥ 30 800 USD an hour, more than the
        // 20 500 asked: the cut ends at the decision that day, and stays ended to 10 January (at most 20 500 × 144 h
        // spent after it, a budget still above 30 000).
        FinanceSpec finance = new FinanceSpec(35_916_000.0, List.of(new FundingRoundSpec(LocalDate.of(2026, 1, 5),
                100e6)), null, null, null, 0.5);
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 1, 10),
                CashFixture.lab(10_000, finance, null), List.of(), List.of()), decisions);
        assertEquals(List.of("on-demand limit 0.0 10000.0 4000.0 8200.0", "on-demand free 96.0"),
                onDemandDecisions(decisions));
        assertEquals(6_000 * 24, ClauseScenarios.at(result, UNSERVED, 24), 1e-6);
        assertEquals(0, ClauseScenarios.at(result, UNSERVED, 120), 1e-6);
        assertEquals(0, ClauseScenarios.at(result, UNSERVED, 240), 1e-6);
    }

    @Test
    void aLabThatAsksNothingOnDemandKeepsItsState() {
        // A 15 MW contract (10 000 chips, 20 000 H100e) from day 3 (hour 48) at 2.75 bills 27 500 × (4 380 − 48) =
        // 119 130 000 within the window seen at 0, more than the cash: no headroom, so the lab is cut to nothing at 0.
        // From hour 48 the contract serves all it needs and it asks nothing on demand: that is not the end of a cut,
        // so nothing more is traced.
        FinanceSpec finance = new FinanceSpec(35_916_000.0, List.of(), null, null, null, 0.5);
        ContractSpec later = new ContractSpec("deal", "lab", "cloud", "b", 15, CashFixture.START.plusDays(2),
                LocalDate.of(2026, 12, 31), null, CashFixture.CONTRACT_PRICE, null, List.of());
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 1, 10),
                CashFixture.lab(10_000, finance, null), List.of(later), List.of()), decisions);
        assertEquals(List.of("on-demand limit 0.0 10000.0 0.0 0.0"), onDemandDecisions(decisions));
        assertEquals(10_000 * 24, ClauseScenarios.at(result, UNSERVED, 24), 1e-6);
        assertEquals(0, ClauseScenarios.at(result, UNSERVED, 72), 1e-6);
    }
}
