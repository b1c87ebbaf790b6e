package org.gigasim.experiments;

import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;

/** Builds the world of one replication, the one place run, compare and sweep do it. */
public final class Worlds {

    private Worlds() {
    }

    /**
     * Replication {@code replication} of {@code scenario}, with its own random streams.
     *
     * @throws ExperimentInputException naming the scenario, if the world refuses it
     */
    public static World replication(ScenarioSpec scenario, int replication, ClauseRegistry registry) {
        try {
            return new World(scenario, replication, registry);
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(scenario.name() + ": " + e.getMessage());
        }
    }
}
