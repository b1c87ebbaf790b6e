package org.gigasim.model.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A lab's demand by traffic class; any class may be absent (no demand). {@code reach} lists
 * demand that only one cloud's marketplace reaches ({@link ReachSpec}); empty means none.
 * {@code revenuePath} lists the lab's reported or projected revenue at dates, two or more in
 * date order: between them its inference demand grows as its revenue does, less the growth of
 * its revenue per H100e-hour (docs/model.md section 8); empty means the classes' stated growth.
 */
public record DemandSpec(InferenceDemandSpec statelessApi, InferenceDemandSpec stateful,
        InferenceDemandSpec firstParty, TrainingSpec training, List<ReachSpec> reach,
        List<RevenueAnchorSpec> revenuePath) {

    public DemandSpec {
        reach = Checks.list(reach);
        revenuePath = Checks.list(revenuePath);
        if (revenuePath.size() == 1) {
            throw new IllegalArgumentException("revenue_path has one point; give two or more (growth is read between"
                    + " them) or none");
        }
        for (int i = 1; i < revenuePath.size(); i++) {
            if (!revenuePath.get(i).on().isAfter(revenuePath.get(i - 1).on())) {
                throw new IllegalArgumentException("revenue_path dates must increase, but " + revenuePath.get(i).on()
                        + " follows " + revenuePath.get(i - 1).on());
            }
        }
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

    /** Demand with reach, its growth as stated. */
    public DemandSpec(InferenceDemandSpec statelessApi, InferenceDemandSpec stateful, InferenceDemandSpec firstParty,
            TrainingSpec training, List<ReachSpec> reach) {
        this(statelessApi, stateful, firstParty, training, reach, null);
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
