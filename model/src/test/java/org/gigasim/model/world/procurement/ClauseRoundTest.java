package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ProcurementSpec;
import org.junit.jupiter.api.Test;

/**
 * Clauses acting on a lab's request, by hand, in {@link ReviewWorld}: a match window that sends the lab back
 * to the market once it ends, and a discount the signing records as the cloud's concession.
 */
class ClauseRoundTest extends ReviewWorldTest {

    /**
     * A clause of the lab's contract on cloud holds a 10-day match window on the first round of a request and does
     * nothing once the lab has waited. The lab first reviews a day in (hour 24) and asks for a start at hour 264;
     * the window keeps it from the market until hour 264, when it asks again for the 12 400 still short (1 000 b
     * chips held on cloud provide 2 000 of 14 400) for a start at 504: 10 days after its first ask.
     */
    @Test
    void afterAMatchWindowTheLabGoesToTheMarketForTheRest() {
        List<Double> waited = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        build(Rig.lab("lab", 10_000, null, new ProcurementSpec(365.0, 10.0, 1.0, 1.0, 30.0, 1.0, 2.0, 1.2, false, null,
                new Distribution.Fixed(1)), null));
        procurement.drawFirstReviews(new RandomStreams(7, 0));
        Contract held = hold("held", "cloud", 1.5, Rig.START, LocalDate.of(2027, 12, 31), null);
        held.addClause(new ActiveClause(new Clause() {
            @Override
            public String type() {
                return "window";
            }

            @Override
            public void onProcurement(ProcurementRound round) {
                waited.add(round.waitedDays());
                shares.add(round.trainingShare());
                if (round.waitedDays() == 0) {
                    round.matchWindow("cloud", 10, "notice");
                }
            }
        }, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        procurement.start();
        rig.sim.runUntil(263);
        assertEquals(List.of(), signed(), "the lab waits out the window");
        assertEquals(12_400, rig.listener.only("matchWindow").num(4), 1e-9);
        rig.sim.runUntil(265);
        assertEquals(List.of(0.0, 10.0), waited);
        // Training is 2 000 of the 12 000 forecast before headroom, in both rounds of the request.
        assertEquals(2, shares.size());
        shares.forEach(share -> assertEquals(2_000.0 / 12_000, share, 1e-12));
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 2400.0"), signed());
        assertEquals(264, rig.listener.named("signed").get(0).t(), 0);
        assertEquals(504, rig.contracts.get("lab-rival-1").startHours(), 0);
        assertEquals(504 + 8_760, rig.contracts.get("lab-rival-1").endHours(), 0);
        assertEquals(10, rig.listener.named("procured").get(1).num(4), 1e-9);
    }

    @Test
    void aClausesDiscountIsWhatTheCloudConcedesAgainstItsQuote() {
        // A clause of the lab's contract on cloud (1 000 b chips, 2 000 H100e) re-prices cloud's b offer at 1.2 per
        // effective H100e-hour, 2.4 per chip-hour: it now comes first and covers the 12 400 short, 6 200 chips, worth
        // 6 200 × 8 040 × 2.4 (a year's 8 760 h less half its two 720-hour ramp months: 720 × 0.25 + 720 × 0.75
        // + 7 320 = 8 040 chip-hours a chip). Against cloud's quote of 3.1 it concedes that value × (3.1 / 2.4 − 1).
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        Contract held = hold("held", "cloud", 1.5, Rig.START, LocalDate.of(2027, 12, 31), null);
        held.addClause(new ActiveClause(new Clause() {
            @Override
            public String type() {
                return "discount";
            }

            @Override
            public void onProcurement(ProcurementRound round) {
                round.offers().stream().filter(o -> o.cloud().equals("cloud") && o.accelerator().equals("b"))
                        .findFirst().ifPresent(o -> round.replaceOffer(o, o.withEffectivePrice(1.2), "discount"));
            }
        }, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-cloud-1 b 12400.0"), signed());
        assertEquals("discount", rig.listener.only("signed").str(0));
        double value = 6_200 * 8_040 * 2.4;
        assertEquals(value, rig.contracts.get("lab-cloud-1").signedValueUsd(), 1e-3);
        assertEquals(value * (3.1 / 2.4 - 1), rig.listener.only("procured").num(5), 1e-3);
    }

    /**
     * The clause awards cloud all but 5 of the 12 400 short (its b offer cut to 12 395) and holds a window: the 5
     * left are under a thousandth of the request (12.4), so the lab does not go back to the market for them.
     */
    @Test
    void aRemainderUnderAThousandthOfTheRequestIsNotTakenBackToTheMarket() {
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        Contract held = hold("held", "cloud", 1.5, Rig.START, LocalDate.of(2027, 12, 31), null);
        held.addClause(new ActiveClause(new Clause() {
            @Override
            public String type() {
                return "window";
            }

            @Override
            public void onProcurement(ProcurementRound round) {
                if (round.waitedDays() == 0) {
                    Offer best = round.offersOf("cloud").get(0);
                    round.award(List.of(best.upTo(round.requestedH100e() - 5)), "most of it");
                    round.matchWindow("cloud", 10, "notice");
                }
            }
        }, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        procurement.start();
        rig.sim.runUntil(300);
        assertEquals(List.of("lab-cloud-1 b 12395.0"), signed());
        assertEquals("window", rig.listener.only("signed").str(0));
    }
}
