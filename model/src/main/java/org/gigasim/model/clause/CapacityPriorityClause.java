package org.gigasim.model.clause;

/**
 * On the contract's cloud, the lab (the contract's unless another is named) is served
 * before others beyond their contracts: its on-demand requests take the cloud's free
 * capacity first, and other labs share what it leaves. Contracted capacity is untouched.
 */
public final class CapacityPriorityClause implements Clause {

    /** The clause's parameters: {@code lab}, the lab served first (default the contract's). */
    public record Params(String lab) {
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("capacity-priority", Params.class,
            CapacityPriorityClause::new);

    private final String lab;
    private final String cloud;
    private final String reason;

    private CapacityPriorityClause(Params params, ClauseHolder contract) {
        this.lab = params.lab() == null ? contract.lab() : params.lab();
        this.cloud = contract.cloud();
        this.reason = "contract " + contract.contractId() + " serves " + lab + " first on " + cloud
                + "'s free capacity";
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onRouting(RoutingRules rules) {
        rules.prioritise(lab, cloud, reason);
    }
}
