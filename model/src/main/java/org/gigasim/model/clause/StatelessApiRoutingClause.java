package org.gigasim.model.clause;

import java.util.List;
import org.gigasim.model.spec.TrafficClass;

/**
 * While active, the holder lab's stateless API traffic (or the classes listed) runs only
 * on one cloud, the contract's own unless another is named. During an outage there it is
 * unserved unless {@code failover} is allowed.
 */
public final class StatelessApiRoutingClause implements Clause {

    /** The clause's parameters; absent fields take the defaults described above. */
    public record Params(String cloud, List<TrafficClass> classes, Boolean failover) {
        public Params {
            classes = classes == null || classes.isEmpty() ? List.of(TrafficClass.STATELESS_API) : List.copyOf(classes);
            if (classes.contains(TrafficClass.TRAINING)) {
                throw new IllegalArgumentException("stateless-api-routing routes inference classes, not training");
            }
            failover = failover != null && failover;
        }
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("stateless-api-routing", Params.class,
            StatelessApiRoutingClause::new);

    private final String cloud;
    private final List<TrafficClass> classes;
    private final boolean failover;
    private final String contractId;
    private final String lab;
    private final String[] reasons;

    private StatelessApiRoutingClause(Params params, ClauseHolder contract) {
        this.cloud = params.cloud() == null ? contract.cloud() : params.cloud();
        this.classes = params.classes();
        this.failover = params.failover();
        this.contractId = contract.contractId();
        this.lab = contract.lab();
        // Built once: routing asks every step, and the reason is only read when a pin changes.
        this.reasons = classes.stream().map(c -> "contract " + contractId + " routes " + lab + "'s " + c.id()
                + " traffic to " + cloud + (failover ? " (failover allowed)" : "")).toArray(String[]::new);
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onRouting(RoutingRules rules) {
        for (int i = 0; i < classes.size(); i++) {
            rules.pin(classes.get(i), cloud, failover, reasons[i]);
        }
    }
}
