package org.gigasim.model.clause;

import org.gigasim.model.spec.TrafficClass;

/** The routing decision point for one lab at one time step, as clauses see it. */
public interface RoutingRules {

    /** The lab whose traffic is being routed. */
    String lab();

    /** The current time, in hours since the scenario start. */
    double timeHours();

    /** The lab's expected demand of an inference class now (growth and events, no noise), effective H100e. */
    double forecastH100e(TrafficClass trafficClass);

    /**
     * Confines the lab's {@code trafficClass} to {@code cloud}. With {@code failover}, the
     * class may move to the lab's other capacity while that cloud has none to give it.
     */
    void pin(TrafficClass trafficClass, String cloud, boolean failover, String reason);

    /**
     * Confines {@code h100e} of the lab's {@code trafficClass} to {@code cloud} (no
     * failover); the rest of the class may run anywhere. A whole-class pin overrides it.
     */
    void pinPart(TrafficClass trafficClass, String cloud, double h100e, String reason);

    /** Lets the lab's training jobs start only on {@code cloud}. */
    void confineTraining(String cloud, String reason);

    /** Gives {@code lab}'s on-demand requests on {@code cloud} first call on its free capacity. */
    void prioritise(String lab, String cloud, String reason);
}
