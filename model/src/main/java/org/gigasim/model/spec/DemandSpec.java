package org.gigasim.model.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A lab's demand by traffic class; any class may be absent (no demand). {@code reach} lists
 * demand that only one cloud's marketplace reaches ({@link ReachSpec}); empty means none.
 */
public record DemandSpec(InferenceDemandSpec statelessApi, InferenceDemandSpec stateful,
        InferenceDemandSpec firstParty, TrainingSpec training, List<ReachSpec> reach) {

    public DemandSpec {
        reach = Checks.list(reach);
        List<String> seen = new ArrayList<>();
        for (ReachSpec r : reach) {
            String key = r.trafficClass().id() + "@" + r.cloud();
            if (seen.contains(key)) {
                throw new IllegalArgumentException("reach of " + r.trafficClass().id() + " on " + r.cloud()
                        + " is given twice; give one entry per class and cloud");
            }
            seen.add(key);
        }
    }

    /** Demand without reach. */
    public DemandSpec(InferenceDemandSpec statelessApi, InferenceDemandSpec stateful, InferenceDemandSpec firstParty,
            TrainingSpec training) {
        this(statelessApi, stateful, firstParty, training, null);
    }

    /** The inference demand of {@code trafficClass}, or null. */
    public InferenceDemandSpec inference(TrafficClass trafficClass) {
        return switch (trafficClass) {
            case STATELESS_API -> statelessApi;
            case STATEFUL -> stateful;
            case FIRST_PARTY -> firstParty;
            case TRAINING -> null;
        };
    }
}
