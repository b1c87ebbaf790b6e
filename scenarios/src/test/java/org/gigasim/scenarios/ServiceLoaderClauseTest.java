package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.TraceRecord;
import org.gigasim.scenarios.plugin.PriceCapClause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clause from outside gigasim: {@code price-cap} (in this module's tests, listed in
 * {@code META-INF/services}) is found by {@link java.util.ServiceLoader}, binds from a
 * scenario file like a built-in, and changes where the lab buys.
 */
class ServiceLoaderClauseTest {

    @TempDir
    Path dir;

    /** The round-trip scenario: without a cap the lab buys from both clouds, big-cloud at $4.00. */
    private Path scenario(String clauses) throws IOException {
        return ClauseYamlRoundTripTest.write(dir, clauses);
    }

    private static List<Contract> signed(ReplicationResult result) {
        return result.contracts().stream().filter(c -> c.contractId().startsWith("api-lab-")).toList();
    }

    @Test
    void serviceLoaderAddsThePluginToTheStandardRegistryOnly() {
        ClauseRegistry registry = ClauseRegistry.standard();
        assertTrue(registry.names().contains("price-cap"), registry.names().toString());
        assertEquals(PriceCapClause.Params.class, registry.get("price-cap").paramsType());
        assertFalse(ClauseRegistry.builtIns().names().contains("price-cap"), ClauseRegistry.builtIns().names().toString());
    }

    @Test
    void aScenarioFileBindsThePluginsParamsInSnakeCaseAndTheClauseMovesTheDeal() throws IOException {
        ScenarioSpec without = ScenarioLoader.load(scenario("[]"));
        ScenarioSpec with = ScenarioLoader.load(scenario("[{type: price-cap, max_usd_per_chip_hour: 3.75}]"));
        ClauseSpec clause = with.contracts().get(0).clauses().get(0);
        assertEquals(new ClauseSpec("price-cap", null, null, new PriceCapClause.Params(3.75)), clause);

        // Without the cap the lab buys what small-cloud can spare, and the rest at big-cloud's $4.00.
        List<Contract> uncapped = signed(ClauseYamlRoundTripTest.run(without));
        assertTrue(uncapped.stream().anyMatch(c -> c.cloud().equals("big-cloud")), describe(uncapped));

        ReplicationResult capped = ClauseYamlRoundTripTest.run(with);
        List<Contract> deals = signed(capped);
        assertTrue(deals.stream().anyMatch(c -> c.cloud().equals("small-cloud")), describe(deals));
        assertTrue(deals.stream().noneMatch(c -> c.cloud().equals("big-cloud")), describe(deals));
        List<TraceRecord> acts = capped.trace().stream().filter(t -> t.actor().equals("price-cap")).toList();
        assertFalse(acts.isEmpty(), "no trace record of price-cap");
        assertTrue(acts.stream().allMatch(t -> t.cloud().equals("big-cloud") && t.contract().equals("big-api-lab")
                && t.reason().contains("caps api-lab's price at $3.75")), acts.toString());
    }

    @Test
    void thePluginsOwnChecksFailTheScenarioAtTheClause() throws IOException {
        Path file = scenario("[{type: price-cap, max_usd_per_chip_hour: -1}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertTrue(e.getMessage().contains("price-cap max_usd_per_chip_hour must be positive, but was -1.0"),
                e.getMessage());
    }

    @Test
    void anUnknownTypeListsTheKnownTypesWithThePlugin() throws IOException {
        Path file = scenario("[{type: price-capp, max_usd_per_chip_hour: 3.75}]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().get(0).toString();
        assertTrue(problem.contains("unknown clause type 'price-capp'; did you mean 'price-cap'?; known types: "
                + String.join(", ", ClauseRegistry.standard().names())), problem);
        assertTrue(problem.contains("price-cap, right-of-first-refusal"), problem);
    }

    private static String describe(List<Contract> contracts) {
        return contracts.stream().map(c -> c.contractId() + " " + c.cloud() + " " + c.mw() + " MW by "
                + c.decidedBy()).toList().toString();
    }
}
