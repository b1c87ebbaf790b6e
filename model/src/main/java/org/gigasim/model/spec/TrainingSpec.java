package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/**
 * A lab's training campaigns: jobs arrive with random gaps (days), each needing a random
 * size in effective H100e, all at once on one cloud, for a random duration (days); a job
 * interrupted by a failure loses the work since its last checkpoint.
 *
 * @param discipline {@code fcfs} (default) or {@code smallest_first}
 */
public record TrainingSpec(Distribution arrivalIntervalDays, Distribution sizeH100e, Distribution durationDays,
        Double checkpointHours, String discipline) {

    public TrainingSpec {
        Checks.require("training arrival_interval_days", arrivalIntervalDays);
        Checks.require("training size_h100e", sizeH100e);
        Checks.require("training duration_days", durationDays);
        checkpointHours = Checks.nonNegative("training checkpoint_hours", Checks.orDefault(checkpointHours, 3));
        discipline = discipline == null ? "fcfs" : discipline;
        if (!discipline.equals("fcfs") && !discipline.equals("smallest_first")) {
            throw new IllegalArgumentException("training discipline must be fcfs or smallest_first, but was " + discipline);
        }
    }
}
