package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/**
 * A lab's training campaigns: jobs arrive with random gaps (days), each needing a random
 * size in effective H100e, all at once on one cloud, for a random duration (days); a job
 * interrupted by a failure loses the work since its last checkpoint. A job arriving at
 * {@code t} hours is {@code (1 + sizeGrowthPerYear)^(t / 8760)} times its drawn size.
 *
 * @param discipline {@code fcfs} (default) or {@code smallest_first}
 * @param sizeGrowthPerYear yearly compound growth of job sizes (default 0: sizes as drawn)
 */
public record TrainingSpec(Distribution arrivalIntervalDays, Distribution sizeH100e, Distribution durationDays,
        Double checkpointHours, String discipline, Double sizeGrowthPerYear) {

    /** Training whose job sizes do not grow. */
    public TrainingSpec(Distribution arrivalIntervalDays, Distribution sizeH100e, Distribution durationDays,
            Double checkpointHours, String discipline) {
        this(arrivalIntervalDays, sizeH100e, durationDays, checkpointHours, discipline, null);
    }

    public TrainingSpec {
        Checks.drawsAtLeast("training arrival_interval_days",
                Checks.require("training arrival_interval_days", arrivalIntervalDays), 0);
        Checks.drawsAtLeast("training size_h100e", Checks.require("training size_h100e", sizeH100e), 0);
        Checks.drawsAtLeast("training duration_days", Checks.require("training duration_days", durationDays), 0);
        checkpointHours = Checks.nonNegative("training checkpoint_hours", Checks.orDefault(checkpointHours, 3));
        discipline = discipline == null ? "fcfs" : discipline;
        if (!discipline.equals("fcfs") && !discipline.equals("smallest_first")) {
            throw new IllegalArgumentException("training discipline must be fcfs or smallest_first, but was " + discipline);
        }
        sizeGrowthPerYear = Checks.orDefault(sizeGrowthPerYear, 0);
        if (!(sizeGrowthPerYear > -1 && sizeGrowthPerYear <= 100)) {
            throw new IllegalArgumentException("training size_growth_per_year must be above -1 and at most 100, but was "
                    + sizeGrowthPerYear);
        }
    }
}
