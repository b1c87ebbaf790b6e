package org.gigasim.model.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.clause.RoutingRules;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.TrafficClass;

/**
 * The routing decision point: asks each lab's active clauses where its traffic classes
 * may run, remembers the answer for the step, and traces every change of a pin.
 */
final class Pins {

    private static final int CLASSES = TrafficClass.INFERENCE.length;

    private final World world;
    private final List<List<Contract>> contractsByLab = new ArrayList<>();
    private final int[][] cloud;
    private final boolean[][] failover;
    private final String[][] reason;
    private final int[][] lastCloud;
    private final int[][] order;

    Pins(World world) {
        this.world = world;
        int labs = world.labs.size();
        for (int l = 0; l < labs; l++) {
            contractsByLab.add(new ArrayList<>());
        }
        cloud = new int[labs][CLASSES];
        failover = new boolean[labs][CLASSES];
        reason = new String[labs][CLASSES];
        lastCloud = new int[labs][CLASSES];
        order = new int[labs][CLASSES];
        for (int[] row : lastCloud) {
            Arrays.fill(row, -1);
        }
    }

    /** Registers a signed contract so its clauses take part in routing. */
    void add(Contract contract) {
        if (!contract.clauses().isEmpty()) {
            contractsByLab.get(contract.labIndex()).add(contract);
        }
    }

    /** Asks lab {@code l}'s active clauses for its pins at {@code t}. */
    void evaluate(int l, double t) {
        Arrays.fill(cloud[l], -1);
        Arrays.fill(failover[l], false);
        String labId = world.labs.get(l).id();
        RoutingRules rules = new RoutingRules() {
            @Override
            public String lab() {
                return labId;
            }

            @Override
            public double timeHours() {
                return t;
            }

            @Override
            public void pin(TrafficClass trafficClass, String cloudId, boolean allowFailover, String why) {
                int k = trafficClass.ordinal() - TrafficClass.STATELESS_API.ordinal();
                Integer c = world.cloudIndex.get(cloudId);
                if (k >= 0 && c != null) {
                    cloud[l][k] = c;
                    failover[l][k] = allowFailover;
                    reason[l][k] = why;
                }
            }
        };
        for (Contract contract : contractsByLab.get(l)) {
            for (ActiveClause clause : contract.clauses()) {
                if (clause.isActiveAt(t)) {
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
        traceChanges(l, t, labId);
    }

    private void traceChanges(int l, double t, String labId) {
        for (int k = 0; k < CLASSES; k++) {
            if (cloud[l][k] == lastCloud[l][k]) {
                continue;
            }
            String classId = TrafficClass.INFERENCE[k].id();
            if (cloud[l][k] >= 0) {
                world.trace(t, "stateless-api-routing", null, labId, world.clouds.get(cloud[l][k]).id(),
                        "pin " + classId, reason[l][k], world.router.demand[l][k]);
            } else {
                world.trace(t, "stateless-api-routing", null, labId, world.clouds.get(lastCloud[l][k]).id(),
                        "unpin " + classId, "no active clause confines " + labId + "'s " + classId + " traffic any more",
                        Double.NaN);
            }
            lastCloud[l][k] = cloud[l][k];
        }
    }

    /** The cloud class {@code k} of lab {@code l} is pinned to, or -1. */
    int cloud(int l, int k) {
        return cloud[l][k];
    }

    boolean failover(int l, int k) {
        return failover[l][k];
    }

    /** Lab {@code l}'s inference classes in routing order: pinned first, then failover, then free. */
    int[] order(int l) {
        return order[l];
    }
}
