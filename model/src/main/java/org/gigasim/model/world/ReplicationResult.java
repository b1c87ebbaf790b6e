package org.gigasim.model.world;

import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.metrics.Recorder;

/**
 * Everything one replication recorded: series, training jobs, contracts signed, and the
 * decision trace (empty unless the world was {@linkplain World#tracing(boolean) tracing}).
 */
public record ReplicationResult(int replication, Recorder recorder, List<TrainingJob> jobs, List<Contract> contracts,
        List<TraceRecord> trace, long eventsRun) {
}
