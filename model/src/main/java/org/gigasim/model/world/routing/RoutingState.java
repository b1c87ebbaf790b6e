package org.gigasim.model.world.routing;

/**
 * What the last routing decision settled, read-only, by index: demand, served and
 * unserved effective H100e per lab and class (the inference classes in
 * {@code TrafficClass.INFERENCE} order, then training at index {@link #TRAINING}), reach demand, capacity
 * in raw H100e per cloud and accelerator, and the training queues. It holds until the
 * next decision.
 */
public interface RoutingState {

    /** The class index of training, after the inference classes. */
    int TRAINING = org.gigasim.model.spec.TrafficClass.INFERENCE.length;

    double demandH100e(int lab, int k);

    double unservedH100e(int lab, int k);

    double servedH100e(int lab, int k, int cloud);

    /** Raw H100e of up chips of accelerator {@code a} on cloud {@code c}. */
    double capacityRaw(int c, int a);

    /** Raw H100e of up chips on cloud {@code c}. */
    double capacityRaw(int c);

    /** How many reach demands lab {@code lab} has (its spec's {@code reach} entries, in order). */
    default int reachCount(int lab) {
        return 0;
    }

    /** Reach demand {@code r} of lab {@code lab} now, effective H100e, whether or not a clause lets the lab serve it. */
    default double reachDemandH100e(int lab, int r) {
        return 0;
    }

    /** Reach demand {@code r} of lab {@code lab} served on its cloud now (part of the class's served compute there). */
    default double reachServedH100e(int lab, int r) {
        return 0;
    }

    /** Reach demand {@code r} of lab {@code lab} that a clause keeps it from serving now (not part of its demand). */
    default double reachBlockedH100e(int lab, int r) {
        return 0;
    }

    /** Effective H100e of lab {@code l}'s training jobs waiting in its queue. */
    double queuedTrainingH100e(int l);

    /** Hours lab {@code l}'s jobs waited from submission to their first start, summed over the jobs started so far. */
    double trainingWaitHours(int l);

    /** How many of lab {@code l}'s jobs have started at least once. */
    double trainingStarts(int l);
}
