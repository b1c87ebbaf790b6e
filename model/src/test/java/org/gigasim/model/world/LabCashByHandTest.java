package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.FundingRoundSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * The edges of a lab's cash by hand ({@link CashFixture}: a 15 MW contract is 10 000 chips at
 * 2.75 USD, 27 500 USD an hour; 12 000 effective H100e of demand are 6 000 chips). Cash is
 * checked once a day, at hours 24, 48, …; a lab defaults when its cash is below minus its
 * credit line, and leaves default when a round brings its cash above zero.
 */
class LabCashByHandTest {

    private static final SeriesKey UNSERVED = SeriesKey.of(Metric.UNSERVED_H100E).lab("lab").trafficClass(
            "stateless_api");

    @Test
    void aRoundDatedOnTheFirstDayIsRaisedAtHourZero() {
        // Opening cash 1 000 000 and a round of 2 500 000 on 1 January: raised at the start, not lost as a round
        // "before the start" (those are already in the opening cash).
        List<String> rounds = new ArrayList<>();
        FinanceSpec finance = new FinanceSpec(1e6, List.of(new FundingRoundSpec(CashFixture.START, 2.5e6)), null, null,
                null, null);
        ScenarioSpec spec = CashFixture.scenario(LocalDate.of(2026, 1, 5), CashFixture.lab(0, finance, null), List.of(),
                List.of());
        ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants()
                .listening(new DecisionListener() {
                    @Override
                    public void fundingRaised(double t, String lab, double usd, double cashUsd) {
                        rounds.add(t + " " + lab + " " + usd + " " + cashUsd);
                    }
                }).run();
        assertEquals(List.of("0.0 lab 2500000.0 3500000.0"), rounds);
        assertEquals(2.5e6, ClauseScenarios.total(result, SeriesKey.of(Metric.FUNDING_USD).lab("lab")), 1e-6);
    }

    @Test
    void cashOfExactlyZeroWithNoCreditIsNotADefault() {
        // No cash, no credit line, no revenue; the contract starts on day 11 (hour 240). Until then the lab spends
        // nothing and its cash is exactly 0, not below −0: no default (and its cash rule buys nothing on demand).
        // The check at 264 finds 24 h × 27 500 = 660 000 spent, cash −660 000, and the lab defaults: what remained
        // of the contract, (8 760 − 264) × 27 500 = 233 640 000, is written off.
        FinanceSpec finance = new FinanceSpec(0.0, List.of(), null, null, 0.0, null);
        ContractSpec late = new ContractSpec("deal", "lab", "cloud", "b", 15, CashFixture.START.plusDays(10),
                LocalDate.of(2026, 12, 31), null, CashFixture.CONTRACT_PRICE, null, List.of());
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 1, 20),
                CashFixture.lab(12_000, finance, null), List.of(late), List.of()), decisions);
        assertEquals(List.of("default deal 264.0"),
                decisions.stream().filter(d -> d.startsWith("default")).toList());
        Contract deal = result.contracts().get(0);
        assertEquals(233_640_000, deal.defaultedUsd(), 1e-6);
        assertEquals(660_000, deal.recognisedUsd(), 1e-6);
        assertEquals(264, deal.endHours(), 0);
        // Served on the contract on day 11, unserved before it and from the default on.
        assertEquals(12_000, ClauseScenarios.at(result, UNSERVED, 240), 1e-6);
        assertEquals(0, ClauseScenarios.at(result, UNSERVED, 264), 1e-6);
        assertEquals(12_000, ClauseScenarios.at(result, UNSERVED, 288), 1e-6);
    }

    @Test
    void aRoundThatBringsCashToExactlyZeroLeavesTheLabInDefault() {
        // As in LabCashRecoveryTest: cash 10 000 000, credit 5 000 000, the check at 552 h finds 10 000 000 −
        // 552 × 27 500 = −5 180 000 and the lab defaults. A round of exactly 5 180 000 on 1 February (744 h) brings the
        // cash to 0, not above it: the lab stays in default and buys nothing on demand.
        List<String> rounds = new ArrayList<>();
        FinanceSpec finance = new FinanceSpec(10e6, List.of(new FundingRoundSpec(LocalDate.of(2026, 2, 1), 5.18e6)),
                null, null, 5e6, null);
        ReplicationResult result = new World(CashFixture.scenario(LocalDate.of(2026, 2, 5),
                CashFixture.lab(12_000, finance, null), List.of(CashFixture.contract(15, LocalDate.of(2026, 12, 31))),
                List.of()), 0, ClauseRegistry.standard()).checkingInvariants().listening(new DecisionListener() {
                    @Override
                    public void fundingRaised(double t, String lab, double usd, double cashUsd) {
                        rounds.add(t + " " + usd + " " + cashUsd);
                    }
                }).run();
        assertEquals(List.of("744.0 5180000.0 0.0"), rounds);
        assertEquals(12_000, ClauseScenarios.at(result, UNSERVED, 792), 1e-6, "still in default on day 33");
        assertEquals(12_000, ClauseScenarios.at(result, UNSERVED, 840), 1e-6, "still in default on day 35");
        assertEquals(0, ClauseScenarios.total(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("cloud")), 0);
    }

    @Test
    void dailyChecksBetweenWeeklySamplesMoveTheContractsMoneyAndQuarterEndsAreSampled() {
        // LabCashTest's lab (cash 100 000 000, 1.7 USD per effective H100e-hour, 20 400 an hour, against 27 500 of
        // contract) sampled weekly: the daily checks between samples settle the contract through the ledger, and the
        // quarter's end at 2 160 h (not a multiple of 168) is sampled too: 100 000 000 + 2 160 × (20 400 − 27 500).
        FinanceSpec finance = new FinanceSpec(100e6, List.of(), 1.7, null, null, null);
        ScenarioSpec daily = CashFixture.scenario(LocalDate.of(2026, 4, 10), CashFixture.lab(12_000, finance, null),
                List.of(CashFixture.contract(15, LocalDate.of(2026, 12, 31))), List.of());
        ScenarioSpec weekly = new ScenarioSpec(daily.name(), daily.question(), daily.start(), daily.end(),
                daily.seed(), daily.replications(), Duration.ofDays(7), daily.accelerators(), daily.clouds(),
                daily.labs(), daily.contracts(), daily.events());
        ReplicationResult result = new World(weekly, 0, ClauseRegistry.standard()).checkingInvariants().run();
        assertEquals(84_664_000, ClauseScenarios.at(result, SeriesKey.of(Metric.CASH_USD).lab("lab"), 2160), 1e-3);
        // 100 days (2 400 h) of spend and revenue.
        assertEquals(2400 * 27_500, ClauseScenarios.total(result, SeriesKey.of(Metric.SPEND_USD).lab("lab")), 1e-3);
        assertEquals(2400 * 27_500, ClauseScenarios.total(result, SeriesKey.of(Metric.REVENUE_USD).cloud("cloud")),
                1e-3);
        assertEquals(2400 * 20_400, ClauseScenarios.total(result, SeriesKey.of(Metric.LAB_REVENUE_USD).lab("lab")),
                1e-3);
    }
}
