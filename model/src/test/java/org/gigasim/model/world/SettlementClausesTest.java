package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.through;
import static org.gigasim.model.world.ClauseScenarios.clause;
import static org.gigasim.model.world.ClauseScenarios.run;
import static org.gigasim.model.world.ClauseScenarios.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.clause.TakeOrPayClause;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

class SettlementClausesTest {

    /** The first quarter of 2026: 1 January to 1 April, 90 days. */
    private static final double Q1_HOURS = 90 * 24;
    private static final SeriesKey SPEND = SeriesKey.of(Metric.SPEND_USD).lab("lab");

    /** One cloud, a 1,000-chip contract at $1 per chip-hour; the lab uses 300 chips. */
    private static ScenarioSpec contract(List<ClauseSpec> clauses, List<EventSpec> events) {
        return Specs.scenario(LocalDate.of(2026, 4, 5), ClauseScenarios.DAY,
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000))), List.of(Specs.inferenceLab("lab", 300, 0)),
                List.of(Specs.contract("k", "lab", "a", 1000, clauses)), events);
    }

    private static List<ClauseSpec> takeOrPay(double minFraction) {
        return List.of(clause("take-or-pay", new TakeOrPayClause.Params(minFraction)));
    }

    @Test
    void withoutTakeOrPayTheLabPaysForEveryReservedChipHour() {
        assertEquals(1000 * Q1_HOURS, through(run(contract(List.of(), List.of())), SPEND, Q1_HOURS), 1e-6);
    }

    @Test
    void takeOrPayChargesTheShortfallBelowTheMinimumAtTheContractPrice() {
        var result = run(contract(takeOrPay(0.8), List.of()));
        // Used 300 × 2,160 chip-hours; owed 0.8 × 1,000 × 2,160: shortfall 500 × 2,160 at $1.
        double payment = (0.8 * 1000 - 300) * Q1_HOURS * 1.0;
        assertEquals(payment, total(result, SeriesKey.of(Metric.CLAUSE_MOVED_USD).lab("lab").cloud("a")
                .clause("take-or-pay")), 1e-6);
        assertEquals(300 * Q1_HOURS + payment, through(result, SPEND, Q1_HOURS), 1e-6);
        assertEquals(300 * Q1_HOURS + payment, through(result, SeriesKey.of(Metric.REVENUE_USD).cloud("a"), Q1_HOURS), 1e-6);
        var charge = result.trace().stream().filter(r -> r.actor().equals("take-or-pay")).toList();
        assertEquals(1, charge.size());
        assertEquals(payment, charge.get(0).quantity(), 1e-6);
        assertEquals("k", charge.get(0).contract());
    }

    @Test
    void takeOrPayChargesNothingWhenUseIsAboveTheMinimum() {
        var result = run(contract(takeOrPay(0.2), List.of()));
        assertEquals(300 * Q1_HOURS, through(result, SPEND, Q1_HOURS), 1e-6);
        assertEquals(0, total(result, SeriesKey.of(Metric.CLAUSE_MOVED_USD).lab("lab").cloud("a")
                .clause("take-or-pay")), 0);
    }

    @Test
    void relinquishedTakeOrPayStopsActingAtTheDate() {
        // Relinquished on 1 March (day 59): billed on use before, ratably after; the shortfall covers January-February.
        var events = List.<EventSpec>of(new EventSpec.RelinquishClause(LocalDate.of(2026, 3, 1), "k", "take-or-pay"));
        var result = run(contract(takeOrPay(0.8), events));
        double before = 59 * 24;
        double payment = (0.8 * 1000 - 300) * before;
        double expected = 300 * before + payment + 1000 * (Q1_HOURS - before);
        assertEquals(expected, through(result, SPEND, Q1_HOURS), 1e-6);
    }
}
