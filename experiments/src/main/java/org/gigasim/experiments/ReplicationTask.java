package org.gigasim.experiments;

import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;

/** Runs one replication of a scenario; called from worker threads, so it must not share mutable state. */
@FunctionalInterface
public interface ReplicationTask {

    /** Replication {@code replication} of {@code scenario}, with its own random streams. */
    ReplicationResult run(ScenarioSpec scenario, int replication);
}
