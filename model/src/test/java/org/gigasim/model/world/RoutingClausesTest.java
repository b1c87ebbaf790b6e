package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.at;
import static org.gigasim.model.world.ClauseScenarios.clause;
import static org.gigasim.model.world.ClauseScenarios.run;
import static org.gigasim.model.world.ClauseScenarios.total;
import static org.gigasim.model.world.ClauseScenarios.twoContracts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.CapacityPriorityClause;
import org.gigasim.model.clause.ExclusivityClause;
import org.gigasim.model.clause.FirstLaunchClause;
import org.gigasim.model.clause.StatelessApiRoutingClause;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

class RoutingClausesTest {

    private static final SeriesKey STATELESS_ON_B =
            SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("b").trafficClass("stateless_api");
    private static final SeriesKey STATELESS_ON_A =
            SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("a").trafficClass("stateless_api");

    private static ScenarioSpec routing(boolean withClause, List<EventSpec> events) {
        List<ClauseSpec> clauses = withClause ? List.of(clause("stateless-api-routing",
                new StatelessApiRoutingClause.Params(null, null, null))) : List.of();
        return twoContracts(Specs.START.plusDays(10), List.of(Specs.inferenceLab("lab", 400, 400)), clauses, events);
    }

    @Test
    void statelessTrafficStaysOnHolderWhileClauseActiveAndSpreadsAfterRelinquishment() {
        var relinquish = List.<EventSpec>of(new EventSpec.RelinquishClause(Specs.START.plusDays(5), "ka",
                "stateless-api-routing"));
        var result = run(routing(true, relinquish));
        Series onB = result.recorder().series().get(STATELESS_ON_B);
        for (int i = 0; i < onB.size(); i++) {
            // Each row is the mean over the day before it; the clause is relinquished at the start of day 5.
            double expected = onB.time(i) <= 5 * 24 ? 0 : 200;
            assertEquals(expected, onB.value(i), 1e-9, "stateless on b at " + onB.time(i) + " h");
        }
        assertTrue(result.trace().stream().anyMatch(r -> r.actor().equals("stateless-api-routing")
                && r.decision().equals("pin stateless_api")), "the pin is traced under the clause's own type");
        assertTrue(result.trace().stream().anyMatch(r -> r.timeHours() == 5 * 24
                && r.decision().equals("unpin stateless_api")));
        // Without the clause, the lab spreads stateless traffic over both contracts from the start.
        assertEquals(200, at(run(routing(false, List.of())), STATELESS_ON_B, 24), 1e-9);
    }

    @Test
    void amendingAClauseEndsItAtTheNewDate() {
        var amend = List.<EventSpec>of(new EventSpec.AmendClause(Specs.START.plusDays(1), "ka", "stateless-api-routing",
                Specs.START.plusDays(3)));
        var result = run(routing(true, amend));
        // Until dates are inclusive: the clause still holds on day 3 ([72 h, 96 h)) and ends at 96 h.
        assertEquals(0, at(result, STATELESS_ON_B, 4 * 24), 1e-9);
        assertEquals(200, at(result, STATELESS_ON_B, 5 * 24), 1e-9);
    }

    @Test
    void trainingExclusivityStartsEveryJobOnTheExclusiveCloud() {
        var lab = Specs.trainingLab("lab", new Distribution.Fixed(1), new Distribution.Fixed(300),
                new Distribution.Fixed(3));
        var with = run(twoContracts(Specs.START.plusDays(20), List.of(lab),
                List.of(clause("exclusivity", new ExclusivityClause.Params("a", "training"))), List.of()));
        assertTrue(with.jobs().size() > 10);
        assertTrue(with.jobs().stream().allMatch(j -> j.cloud() == null || j.cloud().equals("a")));
        var without = run(twoContracts(Specs.START.plusDays(20), List.of(lab), List.of(), List.of()));
        assertTrue(without.jobs().stream().anyMatch(j -> "b".equals(j.cloud())));
    }

    @Test
    void capacityPriorityServesTheHolderFirstOnFreeCapacity() {
        // Cloud "a" has 201 chips: 1 under the priority lab's contract, 200 free; both labs want 200 more.
        var spec = Specs.scenario(Specs.START.plusDays(3), ClauseScenarios.DAY,
                List.of(Specs.cloud("a", Specs.site("sa", 1, 201))),
                List.of(Specs.inferenceLab("first", 201, 0), Specs.inferenceLab("other", 200, 0)),
                List.of(Specs.contract("k", "first", "a", 1, List.of())), List.of());
        SeriesKey otherServed = SeriesKey.of(Metric.SERVED_H100E).lab("other").cloud("a").trafficClass("stateless_api");
        assertEquals(100, at(run(spec), otherServed, 24), 1e-9, "without priority, free capacity is shared");
        var withPriority = new ScenarioSpec(spec.name(), spec.question(), spec.start(), spec.end(), spec.seed(),
                spec.replications(), spec.sample(), spec.accelerators(), spec.clouds(), spec.labs(),
                List.of(Specs.contract("k", "first", "a", 1, List.of(clause("capacity-priority",
                        new CapacityPriorityClause.Params(null))))), spec.events());
        var result = run(withPriority);
        assertEquals(0, at(result, otherServed, 24), 1e-9);
        assertEquals(201, at(result, SeriesKey.of(Metric.SERVED_H100E).lab("first").cloud("a")
                .trafficClass("stateless_api"), 24), 1e-9);
        assertEquals(100, total(result, SeriesKey.of(Metric.CLAUSE_MOVED_H100E).lab("first").cloud("a")
                .clause("capacity-priority")), 1e-9);
    }

    @Test
    void firstLaunchKeepsNewDemandOnTheLaunchCloudForItsLeadDays() {
        // Stateless demand steps from 400 to 600 on day 3; the 200 new H100e stay on "a" for 3 days.
        var events = List.<EventSpec>of(new EventSpec.ChangeDemand(Specs.START.plusDays(3), "lab", 1.5,
                List.of(org.gigasim.model.spec.TrafficClass.STATELESS_API)));
        var labs = List.of(Specs.inferenceLab("lab", 400, 0));
        var clauses = List.of(clause("first-launch", new FirstLaunchClause.Params(null, 3.0, null)));
        var with = run(twoContracts(Specs.START.plusDays(8), labs, clauses, events));
        var without = run(twoContracts(Specs.START.plusDays(8), labs, List.of(), events));
        // A row at day d is the mean over day d - 1: days 3, 4 and 5 are the rows at 4, 5 and 6.
        for (int day : new int[] {4, 5, 6}) {
            assertEquals(300, at(without, STATELESS_ON_A, day * 24), 1e-9);
            assertEquals(200 + 400 * 800.0 / 1800, at(with, STATELESS_ON_A, day * 24), 1e-6, "day " + day);
        }
        assertEquals(200, at(with, STATELESS_ON_A, 3 * 24), 1e-9, "nothing new before the step");
        assertEquals(300, at(with, STATELESS_ON_A, 7 * 24), 1e-9, "after lead_days it runs anywhere");
    }

    @Test
    void firstLaunchPinsGrowthAsItAppears() {
        var grows = new org.gigasim.model.spec.LabSpec("lab", new org.gigasim.model.spec.DemandSpec(
                new org.gigasim.model.spec.InferenceDemandSpec(400, 1.0, null), null, null, null), null, null, null);
        var result = run(twoContracts(Specs.START.plusDays(30), List.of(grows),
                List.of(clause("first-launch", new FirstLaunchClause.Params("a", 10.0, null))), List.of()));
        double onA = at(result, STATELESS_ON_A, 20 * 24);
        double onB = at(result, STATELESS_ON_B, 20 * 24);
        assertTrue(onA > onB, "ten days of growth run on a first: " + onA + " vs " + onB);
        assertTrue(result.trace().stream().anyMatch(r -> r.actor().equals("first-launch")));
    }
}
