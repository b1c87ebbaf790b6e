package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * {@code amend_contract} events that each change one term, on {@link CashFixture}'s world: the
 * lab's 15 MW (10 000 chips) at 2.75 USD per chip-hour for 30 days (720 h), all of it available,
 * worth 720 × 10 000 × 2.75 = 19 800 000 USD. The run lasts 10 days (240 h).
 */
class AmendContractEventTest {

    @Test
    void eachAmendmentChangesOnlyTheTermItNamesFromItsDate() {
        ScenarioSpec spec = CashFixture.scenario(CashFixture.START.plusDays(9), CashFixture.lab(1000, null, null),
                List.of(CashFixture.contract(15, CashFixture.START.plusDays(29))),
                List.of(new EventSpec.AmendContract(CashFixture.START.plusDays(2), "deal", null, null, 3.3),
                        new EventSpec.AmendContract(CashFixture.START.plusDays(4), "deal", 7.5, null, null),
                        new EventSpec.AmendContract(CashFixture.START.plusDays(6), "deal", null,
                                CashFixture.START.plusDays(19), null),
                        new EventSpec.AmendContract(CashFixture.START.plusDays(7), "no-such-deal", 1.0, null, null)));
        List<String> amended = new ArrayList<>();
        ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants()
                .listening(new DecisionListener() {
                    @Override
                    public void contractAmended(double t, String contract, String lab, String cloud, double mw,
                            double endHours, double price, double change) {
                        amended.add(t + " " + contract + " " + mw + " " + endHours + " " + price + " "
                                + Math.round(change));
                    }
                }).run();
        // Hour 48, price 3.3: the 672 h left of 10 000 chips rise by 0.55 each, 3 696 000 USD.
        // Hour 96, 7.5 MW at the 10 000 / 15 chips per MW signed: 5 000 chips; 624 h × 5 000 × 3.3 = 10 296 000 less.
        // Hour 144, last day 2026-01-20 (end hour 480): 240 h × 5 000 × 3.3 = 3 960 000 less. The unknown deal: nothing.
        assertEquals(List.of("48.0 deal 15.0 720.0 3.3 3696000", "96.0 deal 7.5 720.0 3.3 -10296000",
                "144.0 deal 7.5 480.0 3.3 -3960000"), amended);
        Contract deal = result.contracts().get(0);
        assertEquals(5000, deal.fullChips(), 1e-9);
        assertEquals(7.5, deal.mw(), 0);
        assertEquals(480, deal.endHours(), 0);
        assertEquals(3.3, deal.priceUsdPerChipHour(), 0);
        // 19 800 000 + 3 696 000 − 10 296 000 − 3 960 000.
        assertEquals(9_240_000, deal.signedValueUsd(), 1e-6);
        // 48 × 10 000 × 2.75 + 48 × 10 000 × 3.3 + 144 × 5 000 × 3.3 = 1 320 000 + 1 584 000 + 2 376 000.
        assertEquals(5_280_000, deal.recognisedUsd(), 1e-6);
        assertEquals(0, deal.forfeitedUsd(), 1e-6);
        assertEquals(240 * 5000 * 3.3, deal.remainingUsd(240), 1e-6);
    }

    @Test
    void anAmendmentThatExtendsAnEndedContractIsSettledByTheDailyCheckAgain() {
        // Cash 2 000 000, no credit, no revenue, no demand; weekly samples (hours 168, 336). The contract's 27 500 USD an
        // hour end on day 3 (hour 72): 1 980 000 spent, 20 000 left, and the contract is settled through its end. On
        // day 5 (hour 96) an amendment extends it to day 10 (end hour 240). The daily check at hour 120 settles
        // [96, 120): 660 000, cash −640 000, below the credit line of 0: the lab defaults at 120, before any sample
        // would have settled the contract, and what remained, 120 h × 27 500 = 3 300 000, is written off.
        FinanceSpec finance = new FinanceSpec(2e6, List.of(), null, null, 0.0, null);
        ScenarioSpec daily = CashFixture.scenario(CashFixture.START.plusDays(13), CashFixture.lab(0, finance, null),
                List.of(CashFixture.contract(15, CashFixture.START.plusDays(2))),
                List.of(new EventSpec.AmendContract(CashFixture.START.plusDays(4), "deal", null,
                        CashFixture.START.plusDays(9), null)));
        ScenarioSpec weekly = new ScenarioSpec(daily.name(), daily.question(), daily.start(), daily.end(),
                daily.seed(), daily.replications(), Duration.ofDays(7), daily.accelerators(), daily.clouds(),
                daily.labs(), daily.contracts(), daily.events());
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(weekly, decisions);
        assertEquals(List.of("default deal 120.0"),
                decisions.stream().filter(d -> d.startsWith("default")).toList());
        Contract deal = result.contracts().get(0);
        assertEquals(120, deal.endHours(), 0);
        // 72 h before the end and 24 h after the amendment, at 27 500 an hour.
        assertEquals(96 * 27_500, deal.recognisedUsd(), 1e-6);
        assertEquals(120 * 27_500, deal.defaultedUsd(), 1e-6);
    }
}
