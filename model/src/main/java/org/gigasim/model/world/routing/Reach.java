package org.gigasim.model.world.routing;

import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.ReachSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * Reach demand in the routing decision: demand of an inference class that only one cloud's
 * marketplace reaches (enterprises buying through AWS Bedrock). It may be served only on
 * that cloud, and only while no active clause confines the whole class to another cloud: a
 * stateless-API routing clause that keeps a lab's stateless API on Azure also keeps it out of
 * AWS's marketplace. Why a whole-class pin forbids it and a part pin does not: a part pin
 * confines only so much of the class and leaves the rest free to run anywhere, while a whole
 * pin (with or without failover) says where the class is sold. Blocked reach demand is not
 * the lab's demand (its buyers go to other models), so it is kept apart for the metrics.
 */
final class Reach {

    private final Indices indices;
    private final DecisionListener decisions;
    private final int[][] cloud;
    private final int[][] classIndex;
    private final boolean[][] open;
    private final boolean[][] lastOpen;
    private final double[][] demand;
    private final double[][] held;
    private final double[][] asked;
    private final double[][] served;

    Reach(Indices indices, DecisionListener decisions) {
        this.indices = indices;
        this.decisions = decisions;
        int labs = indices.labCount();
        cloud = new int[labs][];
        classIndex = new int[labs][];
        open = new boolean[labs][];
        lastOpen = new boolean[labs][];
        demand = new double[labs][];
        held = new double[labs][];
        asked = new double[labs][];
        served = new double[labs][];
        for (int l = 0; l < labs; l++) {
            int n = indices.lab(l).reach().size();
            cloud[l] = new int[n];
            classIndex[l] = new int[n];
            open[l] = new boolean[n];
            lastOpen[l] = new boolean[n];
            demand[l] = new double[n];
            held[l] = new double[n];
            asked[l] = new double[n];
            served[l] = new double[n];
            for (int r = 0; r < n; r++) {
                ReachSpec spec = indices.lab(l).reach().get(r);
                cloud[l][r] = indices.cloudIndex(spec.cloud());
                classIndex[l][r] = spec.trafficClass().ordinal() - TrafficClass.STATELESS_API.ordinal();
                // Reach starts open, so a clause that forbids it from the start is told at the first decision.
                lastOpen[l][r] = true;
            }
        }
    }

    int count(int l) {
        return cloud[l].length;
    }

    /**
     * Decides which of lab {@code l}'s reaches it may serve at {@code t} under the pins just
     * evaluated, reads their demand, and tells the listener when one is blocked or opened.
     */
    void evaluate(int l, double t, Pins pins) {
        Lab lab = indices.lab(l);
        for (int r = 0; r < cloud[l].length; r++) {
            int k = classIndex[l][r];
            int pinned = pins.cloud(l, k);
            boolean forbidden = pinned >= 0 && pins.part(l, k) == Double.POSITIVE_INFINITY && pinned != cloud[l][r];
            open[l][r] = !forbidden && cloud[l][r] >= 0;
            lab.setReachOpen(r, open[l][r]);
            demand[l][r] = lab.reachDemand(r);
            held[l][r] = 0;
            asked[l][r] = 0;
            served[l][r] = 0;
            if (open[l][r] != lastOpen[l][r]) {
                String cloudId = indices.cloud(cloud[l][r]).id();
                TrafficClass trafficClass = TrafficClass.INFERENCE[k];
                if (open[l][r]) {
                    decisions.reachOpened(t, lab.id(), cloudId, trafficClass, demand[l][r]);
                } else {
                    decisions.reachBlocked(t, pins.actor(l, k), pins.contract(l, k), lab.id(), cloudId, trafficClass,
                            demand[l][r], pins.reason(l, k));
                }
                lastOpen[l][r] = open[l][r];
            }
        }
    }

    /** Whether reach {@code r} of lab {@code l} is of class index {@code k} and may be served now. */
    boolean routes(int l, int r, int k) {
        return classIndex[l][r] == k && open[l][r];
    }

    int cloud(int l, int r) {
        return cloud[l][r];
    }

    double demand(int l, int r) {
        return demand[l][r];
    }

    /** Records that {@code heldH100e} of reach {@code r} was placed on held capacity and {@code askedH100e} asked on demand. */
    void placed(int l, int r, double heldH100e, double askedH100e) {
        held[l][r] = heldH100e;
        asked[l][r] = askedH100e;
    }

    /** Once on-demand requests are granted: reach served is what held capacity took plus the granted share of what was asked. */
    void settle(OnDemand onDemand) {
        for (int l = 0; l < cloud.length; l++) {
            for (int r = 0; r < cloud[l].length; r++) {
                served[l][r] = held[l][r] + (asked[l][r] > 0 ? asked[l][r] * onDemand.grantedShare(l, cloud[l][r]) : 0);
            }
        }
    }

    /** Reach demand a lab may serve now (0 while a clause forbids it). */
    double openDemand(int l, int r) {
        return open[l][r] ? demand[l][r] : 0;
    }

    double served(int l, int r) {
        return served[l][r];
    }

    /** Reach demand a clause keeps the lab from serving now. */
    double blocked(int l, int r) {
        return open[l][r] ? 0 : demand[l][r];
    }
}
