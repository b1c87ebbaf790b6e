package org.gigasim.model.world.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.clause.RoutingRules;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The routing decision point: asks each lab's active clauses where its traffic classes
 * (all of a class, or a part) and its training may run and who comes first on a cloud's
 * free capacity, remembers the answer until the next decision, and tells the listener of every
 * change under the type of the clause that made it.
 */
final class Pins {

    private static final int CLASSES = TrafficClass.INFERENCE.length;

    private final Indices indices;
    private final DecisionListener decisions;
    private final List<List<Contract>> contractsByLab = new ArrayList<>();
    private final int[][] cloud;
    /** H100e of the class confined to its cloud; infinite for a whole-class pin. */
    private final double[][] part;
    private final boolean[][] failover;
    private final String[][] reason;
    private final String[][] actor;
    private final String[][] contract;
    private final int[][] lastCloud;
    private final String[][] lastActor;
    private final int[][] order;
    private final Confinement training;
    private final Priority priority;
    private Contract currentContract;
    private String currentType;

    Pins(Indices indices, TrainingScheduler trainingScheduler, DecisionListener decisions) {
        this.indices = indices;
        this.decisions = decisions;
        int labs = indices.labCount();
        for (int l = 0; l < labs; l++) {
            contractsByLab.add(new ArrayList<>());
        }
        cloud = new int[labs][CLASSES];
        part = new double[labs][CLASSES];
        failover = new boolean[labs][CLASSES];
        reason = new String[labs][CLASSES];
        actor = new String[labs][CLASSES];
        contract = new String[labs][CLASSES];
        lastCloud = new int[labs][CLASSES];
        lastActor = new String[labs][CLASSES];
        order = new int[labs][CLASSES];
        for (int[] row : lastCloud) {
            Arrays.fill(row, -1);
        }
        training = new Confinement(indices, trainingScheduler, decisions);
        priority = new Priority(indices, decisions);
    }

    /** Registers a signed contract so its clauses take part in routing. */
    void add(Contract contract) {
        if (!contract.clauses().isEmpty()) {
            contractsByLab.get(contract.labIndex()).add(contract);
        }
    }

    /** Starts a routing decision: priorities are claimed afresh by the clauses that still hold them. */
    void beginStep() {
        priority.beginStep();
    }

    /** Asks lab {@code l}'s active clauses for its pins at {@code t}. */
    void evaluate(int l, double t) {
        Arrays.fill(cloud[l], -1);
        Arrays.fill(part[l], 0);
        Arrays.fill(failover[l], false);
        training.clear(l);
        Lab lab = indices.lab(l);
        String labId = lab.id();
        RoutingRules rules = new RoutingRules() {
            public String lab() { return labId; }
            public double timeHours() { return t; }

            public double forecastH100e(TrafficClass trafficClass) {
                // The forecast of the day the demand levels were set, so it holds between routing decisions.
                return lab.forecast(trafficClass, lab.demandSetAt());
            }

            public void pin(TrafficClass trafficClass, String cloudId, boolean allowFailover, String why) {
                set(l, trafficClass, cloudId, Double.POSITIVE_INFINITY, allowFailover, why);
            }

            public void pinPart(TrafficClass trafficClass, String cloudId, double h100e, String why) {
                int k = trafficClass.ordinal() - TrafficClass.STATELESS_API.ordinal();
                if (k >= 0 && part[l][k] != Double.POSITIVE_INFINITY && h100e > 0) {
                    set(l, trafficClass, cloudId, h100e, false, why);
                }
            }

            public void confineTraining(String cloudId, String why) {
                training.confine(l, cloudId, currentType, contractId(), why);
            }

            public void prioritise(String lab, String cloudId, String why) {
                priority.claim(lab, cloudId, currentType, contractId(), why);
            }
        };
        for (Contract contract : contractsByLab.get(l)) {
            for (ActiveClause clause : contract.clauses()) {
                if (clause.isActiveAt(t)) {
                    currentContract = contract;
                    currentType = clause.clause().type();
                    clause.clause().onRouting(rules);
                }
            }
        }
        int next = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (int k = 0; k < CLASSES; k++) {
                int rank = cloud[l][k] < 0 ? 2 : failover[l][k] ? 1 : 0;
                if (rank == pass) {
                    order[l][next++] = k;
                }
            }
        }
        training.publishChanges(l, t, labId);
        publishChanges(l, t, lab);
    }

    private String contractId() {
        return currentContract == null ? null : currentContract.contractId();
    }

    private void set(int l, TrafficClass trafficClass, String cloudId, double h100e, boolean allowFailover, String why) {
        int k = trafficClass.ordinal() - TrafficClass.STATELESS_API.ordinal();
        int c = indices.cloudIndex(cloudId);
        if (k >= 0 && c >= 0) {
            cloud[l][k] = c;
            part[l][k] = h100e;
            failover[l][k] = allowFailover;
            reason[l][k] = why;
            actor[l][k] = currentType;
            contract[l][k] = contractId();
        }
    }

    private void publishChanges(int l, double t, Lab lab) {
        for (int k = 0; k < CLASSES; k++) {
            if (cloud[l][k] == lastCloud[l][k] && (cloud[l][k] < 0 || actor[l][k].equals(lastActor[l][k]))) {
                continue;
            }
            TrafficClass trafficClass = TrafficClass.INFERENCE[k];
            if (cloud[l][k] >= 0) {
                double quantity = part[l][k] == Double.POSITIVE_INFINITY ? lab.demand(trafficClass) : part[l][k];
                decisions.pinned(t, actor[l][k], contract[l][k], lab.id(), indices.cloud(cloud[l][k]).id(),
                        trafficClass, quantity, reason[l][k]);
            } else {
                decisions.unpinned(t, lastActor[l][k], lab.id(), indices.cloud(lastCloud[l][k]).id(), trafficClass);
            }
            lastCloud[l][k] = cloud[l][k];
            lastActor[l][k] = actor[l][k];
        }
    }

    /** The cloud class {@code k} of lab {@code l} is pinned to, or -1. */
    int cloud(int l, int k) {
        return cloud[l][k];
    }

    /** H100e of class {@code k} of lab {@code l} confined to its cloud (infinite: all of it). */
    double part(int l, int k) {
        return part[l][k];
    }

    boolean failover(int l, int k) {
        return failover[l][k];
    }

    /** The type of the clause that pins class {@code k} of lab {@code l} now (meaningful while it is pinned). */
    String actor(int l, int k) {
        return actor[l][k];
    }

    /** The contract whose clause pins class {@code k} of lab {@code l} now. */
    String contract(int l, int k) {
        return contract[l][k];
    }

    /** Why class {@code k} of lab {@code l} is pinned now, in the clause's words. */
    String reason(int l, int k) {
        return reason[l][k];
    }

    /** Lab {@code l}'s inference classes in routing order: pinned first, then failover, then free. */
    int[] order(int l) {
        return order[l];
    }

    /** The cloud lab {@code l}'s training may start on, or -1 for any. */
    int trainingCloud(int l) {
        return training.cloud(l);
    }

    /** The lab served first on cloud {@code c}'s free capacity, or -1. */
    int priorityLab(int c) {
        return priority.lab(c);
    }

    /** Records that cloud {@code c}'s priority lab got {@code h100e} more than a proportional share. */
    void priorityMoved(int c, double t, double h100e) {
        priority.moved(c, t, h100e);
    }
}
