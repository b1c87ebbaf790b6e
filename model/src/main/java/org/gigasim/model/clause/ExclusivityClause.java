package org.gigasim.model.clause;

import java.util.Locale;
import org.gigasim.model.spec.TrafficClass;

/**
 * The lab buys and runs the clause's scope of work only with one cloud (the contract's
 * unless another is named). Procurement: the scope's share of every request (all of it;
 * the training share; the inference share) may come only from that cloud, so other
 * clouds' offers are cut to the rest. Routing: with scope {@code training} the lab's
 * training jobs start only on that cloud; with {@code inference} every inference class
 * runs only there (no failover); with {@code all}, both.
 */
public final class ExclusivityClause implements Clause {

    /** What the exclusivity covers. */
    private enum Scope { ALL, TRAINING, INFERENCE }

    /** The clause's parameters: {@code cloud} and {@code scope}: all (the default), training or inference. */
    public record Params(String cloud, String scope) {
        public Params {
            scope = scope == null ? "all" : scope;
            if (!java.util.List.of("all", "training", "inference").contains(scope)) {
                throw new IllegalArgumentException("exclusivity scope must be all, training or inference, but was "
                        + scope);
            }
        }
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("exclusivity", Params.class, ExclusivityClause::new);

    private final String cloud;
    private final Scope scope;
    private final String contractId;

    private ExclusivityClause(Params params, ClauseHolder contract) {
        this.cloud = params.cloud() == null ? contract.cloud() : params.cloud();
        this.scope = Scope.valueOf(params.scope().toUpperCase(Locale.ROOT));
        this.contractId = contract.contractId();
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onProcurement(ProcurementRound round) {
        double share = switch (scope) {
            case ALL -> 1.0;
            case TRAINING -> round.trainingShare();
            case INFERENCE -> 1.0 - round.trainingShare();
        };
        if (share <= 0) {
            return;
        }
        double others = (1 - share) * round.requestedH100e();
        round.limitOthers(cloud, others, String.format(Locale.ROOT,
                "contract %s makes %s exclusive for %s %s: other clouds may supply at most %.0f of %.0f H100e",
                contractId, cloud, round.lab(), scopeName(), others, round.requestedH100e()));
    }

    @Override
    public void onRouting(RoutingRules rules) {
        if (scope != Scope.INFERENCE) {
            rules.confineTraining(cloud, "contract " + contractId + " makes " + cloud + " exclusive for "
                    + rules.lab() + " " + scopeName());
        }
        if (scope != Scope.TRAINING) {
            for (TrafficClass c : TrafficClass.INFERENCE) {
                rules.pin(c, cloud, false, "contract " + contractId + " makes " + cloud + " exclusive for "
                        + rules.lab() + " " + scopeName());
            }
        }
    }

    private String scopeName() {
        return scope == Scope.ALL ? "compute" : scope.name().toLowerCase(Locale.ROOT);
    }
}
