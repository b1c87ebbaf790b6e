package org.gigasim.model.spec;

/** A lab's demand by traffic class; any class may be absent (no demand). */
public record DemandSpec(InferenceDemandSpec statelessApi, InferenceDemandSpec stateful,
        InferenceDemandSpec firstParty, TrainingSpec training) {

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
