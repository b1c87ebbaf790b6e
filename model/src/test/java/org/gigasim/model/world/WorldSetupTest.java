package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/** How a world is set up before it runs: listeners, the trace, and contracts reserved at a site. */
class WorldSetupTest {

    private static ScenarioSpec spec(List<ContractSpec> contracts, List<EventSpec> events) {
        return Specs.scenario(Specs.START.plusDays(4), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000))), List.of(Specs.inferenceLab("lab", 100, 0)),
                contracts, events);
    }

    @Test
    void listenersMustBeAttachedBeforeTheRun() {
        World world = new World(spec(List.of(), List.of()), 0, ClauseRegistry.standard());
        world.run();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> world.listening(new DecisionListener() { }));
        assertEquals("attach decision listeners before the run starts", e.getMessage());
    }

    @Test
    void askingForTheTraceTwiceKeepsOneTrace() {
        // A scenario outage on day 2 is one decision: one record, not one per request for the trace.
        ScenarioSpec spec = spec(List.of(), List.of(new EventSpec.Outage(Specs.START.plusDays(2), "sa", null, 6)));
        ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).tracing(true).tracing(true).run();
        assertEquals(1, result.trace().size());
        assertEquals("site sa down", result.trace().get(0).decision());
        assertTrue(new World(spec, 0, ClauseRegistry.standard()).tracing(false).run().trace().isEmpty());
    }

    @Test
    void aContractAtAnUnknownSiteIsRefusedNamingIt() {
        ContractSpec atNowhere = new ContractSpec("k", "lab", "a", "chip", 0.1, Specs.START, Specs.START.plusDays(3),
                null, 1.5, null, List.of(), "nowhere", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new World(spec(List.of(atNowhere), List.of()), 0, ClauseRegistry.standard()));
        assertEquals("contract k names unknown site nowhere", e.getMessage());
    }

    @Test
    void aContractAtASiteIsReservedInTheSitesRegion() {
        ContractSpec atSite = new ContractSpec("k", "lab", "a", "chip", 0.1, Specs.START, Specs.START.plusDays(3),
                null, 1.5, null, List.of(), "sa", null);
        ReplicationResult result = new World(spec(List.of(atSite), List.of()), 0, ClauseRegistry.standard()).run();
        assertEquals("sa", result.contracts().get(0).site());
        // Specs.site names the region after the site.
        assertEquals("sa", result.contracts().get(0).region());
    }
}
