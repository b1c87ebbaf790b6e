package org.gigasim.model.world.observation;

import java.util.Arrays;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.metrics.Level;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;
import org.gigasim.model.world.routing.RoutingState;

/**
 * The world's metrics, wired once to the model: after every routing decision it sets each
 * level (demand, served, capacity, shares) to its new value, so the levels' integrals are
 * exact; stocks (power, backlog) are read at sample times and flows (revenue, spend) from
 * running totals. Why after routing only: every change that can move a level (a demand
 * draw, an outage, a delivery, a contract or clause boundary, a training event) asks for a
 * routing decision at its own time, so between two decisions nothing changes. This class
 * holds the per-lab levels; {@link CloudLevels} the per-cloud, site and region ones.
 */
public final class Observation {

    private static final int CLASSES = TrafficClass.INFERENCE.length + 1;

    private final Indices indices;
    private final RoutingState routed;
    private final Probes probes;
    private final ClauseLedger clauseLedger;
    private final ContractLedger contractLedger;
    private final ProcurementLedger procurementLedger;
    private final int labs;
    private final int clouds;
    private final Level[][] demand;
    private final Level[][] unserved;
    private final Level[][] served;
    /** Per lab, class and cloud (clouds innermost, as a decision reads them). */
    private final Level[][][] servedOnCloud;
    private final Level[][] computeShare;
    private final Level[] hhi;
    private final Level market;
    private final Level[] queue;
    /** Per lab and reach: its demand, served and blocked levels (empty for a lab without reach). */
    private final Level[][][] reach;
    private final CloudLevels cloudLevels;
    private InvariantListener invariants;
    /** Scratch rows of one decision, kept to allocate nothing per decision. */
    private final double[] byCloud;
    private final double[] servedByCloud;

    /** @param sampleTimes every sample time of the run, in order */
    public Observation(Indices indices, RoutingState routed, double[] sampleTimes) {
        this.indices = indices;
        this.routed = routed;
        this.probes = new Probes(sampleTimes);
        this.clauseLedger = new ClauseLedger(probes);
        this.contractLedger = new ContractLedger(probes);
        this.procurementLedger = new ProcurementLedger(probes);
        labs = indices.labCount();
        clouds = indices.cloudCount();
        demand = new Level[labs][CLASSES];
        unserved = new Level[labs][CLASSES];
        served = new Level[labs][CLASSES];
        servedOnCloud = new Level[labs][CLASSES][clouds];
        computeShare = new Level[labs][clouds];
        hhi = new Level[labs];
        queue = new Level[labs];
        reach = new Level[labs][][];
        for (int l = 0; l < labs; l++) {
            wireLab(l);
        }
        market = probes.level(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD), null, 0);
        cloudLevels = new CloudLevels(indices, routed, probes);
        byCloud = new double[clouds];
        servedByCloud = new double[clouds];
    }

    private void wireLab(int l) {
        Lab lab = indices.lab(l);
        SeriesKey key = SeriesKey.of(Metric.DEMAND_H100E).lab(lab.id());
        for (int k = 0; k < CLASSES; k++) {
            String cls = classId(k);
            demand[l][k] = probes.level(key.trafficClass(cls), Metric.DEMAND_H100E_HOURS, 0);
            unserved[l][k] = probes.level(key.as(Metric.UNSERVED_H100E).trafficClass(cls), Metric.UNSERVED_H100E_HOURS,
                    0);
            served[l][k] = probes.level(key.as(Metric.SERVED_H100E).trafficClass(cls), Metric.SERVED_H100E_HOURS, 0);
            for (int c = 0; c < clouds; c++) {
                servedOnCloud[l][k][c] = probes.level(key.as(Metric.SERVED_H100E).cloud(indices.cloud(c).id())
                        .trafficClass(cls), Metric.SERVED_H100E_HOURS, 0);
            }
        }
        for (int c = 0; c < clouds; c++) {
            computeShare[l][c] = probes.level(key.as(Metric.COMPUTE_SHARE).cloud(indices.cloud(c).id()), null, 0);
        }
        hhi[l] = probes.level(key.as(Metric.HHI_COMPUTE_BY_CLOUD), null, 0);
        queue[l] = probes.level(key.as(Metric.TRAINING_QUEUE_H100E), null, 0);
        reach[l] = new Level[lab.reach().size()][];
        for (int r = 0; r < reach[l].length; r++) {
            SeriesKey reachKey = key.as(Metric.REACH_DEMAND_H100E).cloud(lab.reach().get(r).cloud())
                    .trafficClass(lab.reach().get(r).trafficClass().id());
            reach[l][r] = new Level[] {probes.level(reachKey, null, 0),
                probes.level(reachKey.as(Metric.REACH_SERVED_H100E), null, 0),
                probes.level(reachKey.as(Metric.REACH_BLOCKED_H100E), null, 0)};
        }
        probes.counter(key.as(Metric.SPEND_USD), lab::spendUsd);
        if (lab.hasFinance()) {
            probes.stock(key.as(Metric.CASH_USD), lab::cashUsd);
            probes.counter(key.as(Metric.LAB_REVENUE_USD), lab::revenueUsd);
            probes.counter(key.as(Metric.FUNDING_USD), lab::raisedUsd);
        }
        probes.eventMean(key.as(Metric.TRAINING_WAIT_H), () -> routed.trainingWaitHours(l),
                () -> routed.trainingStarts(l));
        probes.counter(key.as(Metric.TRAINING_STARTS), () -> routed.trainingStarts(l));
    }

    /** The listener that counts what clauses did, as {@code clause_*} flows. */
    public DecisionListener clauseLedger() {
        return clauseLedger;
    }

    /** The listener that totals renewals, cancellations and defaults, as flows per lab and cloud. */
    public DecisionListener contractLedger() {
        return contractLedger;
    }

    /** The listener that records procurement delays, first-refusal shares taken and price concessions. */
    public DecisionListener procurementLedger() {
        return procurementLedger;
    }

    /** Every series recorded so far. */
    public Recorder recorder() {
        return probes.recorder();
    }

    /** Checks {@code listener}'s invariants at every sample from now on. */
    public void checkInvariants(InvariantListener listener) {
        this.invariants = listener;
    }

    /** Wires the metrics of a site, when it joins the world at {@code now}. */
    public void addSite(Site site, double now) {
        cloudLevels.addSite(site, now);
    }

    /**
     * Sets every level to the state the router just decided at {@code t}; capacity, site and
     * region levels only when {@code capacityChanged}, since nothing else moves them.
     */
    public void afterRoute(double t, boolean capacityChanged) {
        Arrays.fill(servedByCloud, 0);
        for (int l = 0; l < labs; l++) {
            Arrays.fill(byCloud, 0);
            for (int k = 0; k < CLASSES; k++) {
                demand[l][k].set(t, routed.demandH100e(l, k));
                unserved[l][k].set(t, routed.unservedH100e(l, k));
                double total = 0;
                Level[] onCloud = servedOnCloud[l][k];
                for (int c = 0; c < clouds; c++) {
                    double x = routed.servedH100e(l, k, c);
                    onCloud[c].set(t, x);
                    byCloud[c] += x;
                    total += x;
                }
                served[l][k].set(t, total);
            }
            double all = 0;
            for (double v : byCloud) {
                all += v;
            }
            double index = 0;
            for (int c = 0; c < clouds; c++) {
                double share = all > 0 ? byCloud[c] / all : 0;
                computeShare[l][c].set(t, share);
                index += share * share;
                servedByCloud[c] += byCloud[c];
            }
            hhi[l].set(t, index);
            queue[l].set(t, routed.queuedTrainingH100e(l));
            for (int r = 0; r < reach[l].length; r++) {
                reach[l][r][0].set(t, routed.reachDemandH100e(l, r));
                reach[l][r][1].set(t, routed.reachServedH100e(l, r));
                reach[l][r][2].set(t, routed.reachBlockedH100e(l, r));
            }
        }
        market.set(t, herfindahl(servedByCloud));
        cloudLevels.afterRoute(t, capacityChanged, servedByCloud);
    }

    /**
     * Takes the sample at {@code t}, once money is settled up to it: reads the stocks, closes
     * every series' interval, and checks the invariants if asked to.
     */
    public void sample(double t) {
        cloudLevels.beforeSample(t);
        probes.sample(t);
        if (invariants != null) {
            invariants.checkMoney(t);
            invariants.checkState(t);
        }
    }

    /** Ends the observation when the world has run: every series gets its rows. */
    public void finish() {
        probes.finish();
    }

    private static double herfindahl(double[] amounts) {
        double all = 0;
        for (double v : amounts) {
            all += v;
        }
        double index = 0;
        for (double v : amounts) {
            index += all > 0 ? (v / all) * (v / all) : 0;
        }
        return index;
    }

    private static String classId(int k) {
        return k < TrafficClass.INFERENCE.length ? TrafficClass.INFERENCE[k].id() : TrafficClass.TRAINING.id();
    }
}
