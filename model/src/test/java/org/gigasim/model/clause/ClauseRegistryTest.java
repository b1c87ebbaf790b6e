package org.gigasim.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseRegistryTest {

    @Test
    void builtInsAreRegisteredByName() {
        List<String> names = ClauseRegistry.standard().names();
        assertTrue(names.containsAll(List.of("right-of-first-refusal", "stateless-api-routing", "exclusivity",
                "take-or-pay", "capacity-priority", "first-launch")), names.toString());
    }

    @Test
    void aProviderOnTheClassPathAddsItsClauseThroughServiceLoader() {
        ClauseRegistry registry = ClauseRegistry.standard();
        assertTrue(registry.names().contains("most-favoured-nation"), registry.names().toString());
        assertEquals(org.gigasim.model.clause.example.MostFavouredNationClause.Params.class,
                registry.get("most-favoured-nation").paramsType());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> ClauseRegistry.standard().get("exclusive"));
        assertTrue(e.getMessage().contains("known types: capacity-priority, exclusivity"), e.getMessage());
    }
}
