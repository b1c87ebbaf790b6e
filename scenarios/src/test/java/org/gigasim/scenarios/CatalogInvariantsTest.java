package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every catalog scenario (two replications) with the model's invariants checked at
 * every sample: power used within power online, chips installed within delivered, served
 * within capacity, demand = served + unserved, and money conserved per contract.
 */
class CatalogInvariantsTest {

    static List<String> catalog() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyCatalogScenarioRunsWithItsInvariantsHolding(String name) {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(name);
        for (int r = 0; r < 2; r++) {
            ReplicationResult result = new World(spec, r, ClauseRegistry.standard()).checkingInvariants().run();
            assertFalse(result.recorder().series().isEmpty(), name + " recorded nothing");
            boolean someCapacity = result.recorder().series().entrySet().stream()
                    .filter(e -> e.getKey().metric() == Metric.CAPACITY_H100E)
                    .anyMatch(e -> e.getValue().size() > 0 && e.getValue().value(e.getValue().size() - 1) > 0);
            assertTrue(someCapacity, name + " ends with no capacity anywhere");
        }
    }
}
