package org.gigasim.model.clause;

import org.gigasim.model.spec.TrafficClass;

/** The routing decision point for one lab at one time step, as clauses see it. */
public interface RoutingRules {

    /** The lab whose traffic is being routed. */
    String lab();

    /** The current time, in hours since the scenario start. */
    double timeHours();

    /**
     * Confines the lab's {@code trafficClass} to {@code cloud}. With {@code failover}, the
     * class may move to the lab's other capacity while that cloud has none to give it.
     */
    void pin(TrafficClass trafficClass, String cloud, boolean failover, String reason);
}
