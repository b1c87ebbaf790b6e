package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.clause;
import static org.gigasim.model.world.ClauseScenarios.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.StatelessApiRoutingClause;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.DecisionListener;
import org.gigasim.model.world.decision.OutageCause;
import org.junit.jupiter.api.Test;

class DecisionListenerTest {

    /**
     * Two clouds, one lab with 400 H100e of flat stateless demand pinned to "a" by its
     * contract's routing clause; site "sb" is down for 6 h on day 2, the lab's demand is
     * multiplied by 1.5 on day 3, and the clause is relinquished on day 5.
     */
    private static final ScenarioSpec SPEC = ClauseScenarios.twoContracts(Specs.START.plusDays(10),
            List.of(Specs.inferenceLab("lab", 400, 400)),
            List.of(clause("stateless-api-routing", new StatelessApiRoutingClause.Params(null, null, null))),
            List.of(new EventSpec.Outage(Specs.START.plusDays(2), "sb", null, 6),
                    new EventSpec.ChangeDemand(Specs.START.plusDays(3), "lab", 1.5, List.of()),
                    new EventSpec.RelinquishClause(Specs.START.plusDays(5), "ka", "stateless-api-routing")));

    private static final SeriesKey PIN_ACTIONS = SeriesKey.of(Metric.CLAUSE_ACTIONS).lab("lab").cloud("a")
            .clause("stateless-api-routing");

    /** Writes each decision down in a few words of its own, from the typed arguments. */
    private static final class Counting implements DecisionListener {
        final List<String> seen = new ArrayList<>();

        @Override
        public void pinned(double t, String type, String contract, String lab, String cloud, TrafficClass trafficClass,
                double h100e, String reason) {
            seen.add("pinned " + t + " " + type + " " + contract + " " + lab + " " + cloud + " " + trafficClass + " "
                    + h100e);
        }

        @Override
        public void unpinned(double t, String type, String lab, String cloud, TrafficClass trafficClass) {
            seen.add("unpinned " + t + " " + type + " " + lab + " " + cloud + " " + trafficClass);
        }

        @Override
        public void outage(double t, String site, String cloud, double hours, OutageCause cause) {
            seen.add("outage " + t + " " + site + " " + cloud + " " + hours + " " + cause);
        }

        @Override
        public void demandChanged(double t, String lab, double factor) {
            seen.add("demandChanged " + t + " " + lab + " " + factor);
        }

        @Override
        public void clauseRelinquished(double t, String type, String contract, String lab, String cloud, double until) {
            seen.add("clauseRelinquished " + t + " " + type + " " + contract + " " + lab + " " + cloud + " " + until);
        }
    }

    @Test
    void aRunWithoutTraceBuildsNoTraceRecordsWhileListenersSeeEveryDecision() {
        Counting counting = new Counting();
        ReplicationResult result = new World(SPEC, 0, ClauseRegistry.standard()).checkingInvariants()
                .listening(counting).run();
        assertTrue(result.trace().isEmpty(), "no trace asked for, none built: " + result.trace());
        // The pin holds the class's whole demand at the start; relinquishing at 120 h ends it then.
        assertEquals(List.of(
                "pinned 0.0 stateless-api-routing ka lab a STATELESS_API 400.0",
                "outage 48.0 sb b 6.0 SCENARIO",
                "demandChanged 72.0 lab 1.5",
                "clauseRelinquished 120.0 stateless-api-routing ka lab a 120.0",
                "unpinned 120.0 stateless-api-routing lab a STATELESS_API"), counting.seen);
        // The clause ledger listens whether or not anyone traces: the pin and the unpin.
        assertEquals(2, total(result, PIN_ACTIONS), 0);
    }

    @Test
    void theTraceHasOneRecordPerDecisionInTheOrderListenersSeeThem() {
        Counting counting = new Counting();
        ReplicationResult traced = new World(SPEC, 0, ClauseRegistry.standard()).tracing(true).listening(counting)
                .run();
        assertEquals(List.of("pin stateless_api", "site sb down", "change demand", "relinquish", "unpin stateless_api"),
                traced.trace().stream().map(TraceRecord::decision).toList());
        assertEquals(counting.seen.size(), traced.trace().size());
        assertEquals("random failure", OutageCause.RANDOM.description());
        assertEquals("scenario outage for 6.0 h", traced.trace().get(1).reason());
        ReplicationResult untraced = new World(SPEC, 0, ClauseRegistry.standard()).run();
        assertEquals(untraced.recorder().series().keySet(), traced.recorder().series().keySet());
        untraced.recorder().series().forEach((key, series) -> {
            for (int i = 0; i < series.size(); i++) {
                assertEquals(series.value(i), traced.recorder().series().get(key).value(i), 0, key + " row " + i);
            }
        });
    }

    @Test
    void listenersMustBeAttachedBeforeTheRun() {
        World world = new World(SPEC, 0, ClauseRegistry.standard());
        world.run();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> world.listening(new DecisionListener() { }));
        assertTrue(e.getMessage().contains("before the run"), e.getMessage());
    }
}
