package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.OutageCause;
import org.junit.jupiter.api.Test;

/**
 * Every decision passed through {@link Decisions} reaches each attached {@link TraceRecorder},
 * and each becomes the trace record its words state. Time 30 h is 2026-01-02T06:00; the numbers
 * are not round, so each format's rounding shows.
 */
class TraceRecorderTest {

    private static final double T = 30;
    private static final String AT = "30.0|2026-01-02T06:00|";
    private static final String TYPE = "some-clause";

    /** The records {@code decision} writes, one line each: time|date|actor|contract|lab|cloud|decision|reason|quantity. */
    private static List<String> trace(Consumer<Decisions> decision) {
        Decisions decisions = new Decisions();
        TraceRecorder first = new TraceRecorder(new SimCalendar(Specs.START));
        TraceRecorder second = new TraceRecorder(new SimCalendar(Specs.START));
        decisions.add(first);
        decisions.add(second);
        decision.accept(decisions);
        List<String> lines = first.records().stream().map(TraceRecorderTest::line).toList();
        assertEquals(lines, second.records().stream().map(TraceRecorderTest::line).toList(),
                "every listener gets the same decisions");
        return lines;
    }

    private static String line(TraceRecord r) {
        return r.timeHours() + "|" + r.date() + "|" + r.actor() + "|" + r.contract() + "|" + r.lab() + "|" + r.cloud()
                + "|" + r.decision() + "|" + r.reason() + "|" + r.quantity();
    }

    private static void assertTrace(Consumer<Decisions> decision, String... lines) {
        assertEquals(List.of(lines).stream().map(l -> AT + l).toList(), trace(decision));
    }

    @Test
    void routingDecisionsNameTheClassAndTheLoad() {
        assertTrace(d -> d.pinned(T, TYPE, "k", "lab", "a", TrafficClass.STATEFUL, 120.5, "why"),
                TYPE + "|k|lab|a|pin stateful|why|120.5");
        assertTrace(d -> d.unpinned(T, TYPE, "lab", "a", TrafficClass.STATELESS_API),
                TYPE + "|null|lab|a|unpin stateless_api|no active clause confines lab's stateless_api traffic any"
                        + " more|NaN");
        assertTrace(d -> d.trainingConfined(T, TYPE, "k", "lab", "a", 40.25, "why"),
                TYPE + "|k|lab|a|confine training|why|40.25");
        assertTrace(d -> d.trainingReleased(T, TYPE, "lab", "a"),
                TYPE + "|null|lab|a|release training|no active clause confines lab's training any more|NaN");
        // 250.4 H100e prints as 250 (%.0f).
        assertTrace(d -> d.prioritised(T, TYPE, "k", "lab", "a", 250.4, "why"),
                TYPE + "|k|lab|a|serve first|why; free capacity is oversubscribed, lab gets 250 H100e more than a"
                        + " proportional share|250.4");
        assertTrace(d -> d.priorityIdle(T, TYPE, "k", "a"),
                TYPE + "|k|null|a|priority idle|free capacity on a covers every request, or no lab has priority|NaN");
        assertTrace(d -> d.reachBlocked(T, TYPE, "k", "lab", "a", TrafficClass.STATEFUL, 75.4, "why"),
                TYPE + "|k|lab|a|block reach stateful|why; lab may not serve its 75 H100e of stateful demand that"
                        + " only a's marketplace reaches|75.4");
        assertTrace(d -> d.reachOpened(T, "lab", "a", TrafficClass.FIRST_PARTY, 60.6),
                "reach|null|lab|a|open reach first_party|no active clause confines lab's first_party traffic to"
                        + " another cloud: it may serve its 61 H100e of demand that only a's marketplace"
                        + " reaches|60.6");
    }

    @Test
    void procurementDecisionsStateTheirFigures() {
        assertTrace(d -> d.offersRemoved(T, TYPE, "k", "lab", "a", 10.5, "why"),
                TYPE + "|k|lab|a|remove offers|why|10.5");
        assertTrace(d -> d.othersLimited(T, TYPE, "k", "lab", 11.5, "why"),
                TYPE + "|k|lab|null|limit other clouds|why|11.5");
        assertTrace(d -> d.offerReplaced(T, TYPE, "k", "lab", "a", 12.5, "why"),
                TYPE + "|k|lab|a|replace offer|why|12.5");
        assertTrace(d -> d.awarded(T, TYPE, "k", "lab", "a", 13.5, "why"), TYPE + "|k|lab|a|award|why|13.5");
        assertTrace(d -> d.noted(T, TYPE, "k", "lab", "a", "decide", "why"), TYPE + "|k|lab|a|decide|why|NaN");
        // 320.6 H100e short prints 321; $1.376 per H100e-hour prints $1.38.
        assertTrace(d -> d.signed(T, "procurement", "k", "lab", "a", "b", 500, 320.6, 1.376, 1e6),
                "procurement|k|lab|a|sign|shortfall 321 H100e; offer a b at $1.38 per effective H100e-hour|500.0");
        // Signed on day 45 (hour 1 080, 2026-02-15); the horizon of a 365-day look from T is hour 8 790, 2027-01-02.
        assertTrace(d -> d.datedDealCounted(T, "deal", "lab", "a", 6_400.4, 1_080, 8_790),
                "procurement|deal|lab|a|count dated deal|signed by a scenario event on 2026-02-15, before the next"
                        + " review: counted as contracted, 6400 H100e at the horizon 2027-01-02|6400.4");
        assertTrace(d -> d.commitmentLimited(T, "lab", "a", 800.4, 300.6, 1.5e6),
                "procurement|null|lab|a|limit by cash|offer of 800 H100e cut to 301: obligations within the"
                        + " commitment window may not exceed cash, credit and revenue over it ($1500000 left)|300.6");
        assertTrace(d -> d.renewed(T, "k", "k-r1", "lab", "a", 640, 2.5, 9.6e6),
                "renewal|k-r1|lab|a|renew|renews k for the 640 H100e still needed at its end, at $2.5000 per"
                        + " chip-hour; value $9600000|640.0");
        assertTrace(d -> d.cancelled(T, "k", "lab", "a", 200, 4e5, 5e4),
                "procurement|k|lab|a|cancel|forecast cut below contracted needs: 200 H100e cancelled, $400000 out of"
                        + " backlog, penalty $50000|200.0");
        assertTrace(d -> d.deferred(T, "k", "k-d1", "lab", "a", 150, 3e5, 1.5e4, 90),
                "procurement|k|lab|a|defer|forecast cut below contracted needs: 150 H100e ($300000) moved 90 days"
                        + " later as k-d1, fee $15000|150.0");
        // A delay in whole days prints without decimals, any other with four; a zero delay or concession writes nothing.
        assertTrace(d -> d.procured(T, "k", "lab", "a", 500, 2.5, 12_345.4),
                "procurement|k|lab|a|delay|500 H100e start 2.5000 days after the start lab first asked for|500.0",
                "procurement|k|lab|a|concession|a signs at $12345 below its own quote over the term|12345.4");
        assertTrace(d -> d.procured(T, "k", "lab", "a", 500, 3, 0),
                "procurement|k|lab|a|delay|500 H100e start 3 days after the start lab first asked for|500.0");
        assertTrace(d -> d.procured(T, "k", "lab", "a", 500, 0, 0));
    }

    @Test
    void matchWindowWaitsOnlyWhenTheHolderTookLessWithinAWindow() {
        // 100 of 400 taken in a 14-day window: the requester waits for the 300 left.
        assertTrace(d -> d.matchWindow(T, TYPE, "k", "lab", "a", 400, 100, 14, "why"),
                TYPE + "|k|lab|a|wait|why; a took 100 of 400 H100e (25.0%)|300.0");
        // No window: nothing to wait for, even for a part.
        assertTrace(d -> d.matchWindow(T, TYPE, "k", "lab", "a", 400, 100, 0, "why"),
                TYPE + "|k|lab|a|no wait|why; a took 100 of 400 H100e (25.0%)|300.0");
        // All taken: nothing left to wait for.
        assertTrace(d -> d.matchWindow(T, TYPE, "k", "lab", "a", 400, 400, 14, "why"),
                TYPE + "|k|lab|a|no wait|why; a took 400 of 400 H100e (100.0%)|0.0");
    }

    @Test
    void moneyAndScenarioDecisionsStateTheirFigures() {
        assertTrace(d -> d.charged(T, TYPE, "k", "lab", "a", 1234.5, "why"), TYPE + "|k|lab|a|charge|why|1234.5");
        assertTrace(d -> d.outage(T, "s1", "a", 6.5, OutageCause.RANDOM),
                "outage|null|null|a|site s1 down|random failure for 6.5 h|6.5");
        assertTrace(d -> d.demandChanged(T, "lab", 1.5),
                "scenario|null|lab|null|change demand|demand multiplied by 1.5|1.5");
        // A term ending at 240 h ends the midnight after 2026-01-10, its last day; $1,234.6 rounds to $1235.
        assertTrace(d -> d.contractAmended(T, "k", "lab", "a", 12.5, 240, 2.75, 1234.6),
                "scenario|k|lab|a|amend contract|scenario event: mw 12.5, end 2026-01-10, price 2.75 $/chip-hour;"
                        + " value changed by $1235|1234.6");
        assertTrace(d -> d.clauseRelinquished(T, TYPE, "k", "lab", "a", 48),
                TYPE + "|k|lab|a|relinquish|scenario event: " + TYPE + " now active until 2026-01-03T00:00|NaN");
        assertTrace(d -> d.clauseAmended(T, TYPE, "k", "lab", "a", 60),
                TYPE + "|k|lab|a|amend|scenario event: " + TYPE + " now active until 2026-01-03T12:00|NaN");
        assertTrace(d -> d.fundingRaised(T, "lab", 2.5e9, 3.25e9),
                "scenario|null|lab|null|raise funding|funding round of $2500000000; cash now $3250000000|2.5E9");
        assertTrace(d -> d.defaulted(T, "k", "lab", "a", -1500, 2.5e6),
                "default|k|lab|a|default|lab is out of cash and credit (cash $-1500): $2500000 of remaining"
                        + " obligations written off|2500000.0");
        assertTrace(d -> d.breached(T, TYPE, "k", "lab", "a", "k2", 5e6, true),
                TYPE + "|k|lab|a|breach|scenario event: lab breaches the " + TYPE + " clause of k by k2 and pays a"
                        + " the penalty the clause states, $5000000|5000000.0");
        assertTrace(d -> d.breached(T, TYPE, "k", "lab", "a", "k2", 0, false),
                TYPE + "|k|lab|a|breach|scenario event: lab is said to breach the " + TYPE + " clause of k by k2, but"
                        + " the clause is not in force: no consequences|0.0");
        // Starting at 960 h = day 40 = 2026-02-10.
        assertTrace(d -> d.enjoined(T, TYPE, "k2", "lab", "a", 30, 960),
                TYPE + "|k2|lab|a|enjoin|injunction under the breached " + TYPE + " clause: k2 is delayed 30 days and"
                        + " now starts 2026-02-10|30.0");
    }
}
