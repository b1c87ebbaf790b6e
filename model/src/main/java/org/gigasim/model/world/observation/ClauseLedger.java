package org.gigasim.model.world.observation;

import java.util.HashMap;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * What clauses did, per clause type, lab and cloud: running totals of the decisions made
 * and of the capacity (effective H100e) and money (USD) they moved, recorded as flows with
 * the clause type in the {@code clause} column. It listens to decisions; those the lab's
 * policy or the scenario took are not a clause's and are not counted.
 */
final class ClauseLedger implements DecisionListener {

    private record Key(String type, String lab, String cloud) {
    }

    private final Probes probes;
    private final Map<Key, double[]> totals = new HashMap<>();

    ClauseLedger(Probes probes) {
        this.probes = probes;
    }

    @Override
    public void pinned(double t, String type, String contract, String lab, String cloud, TrafficClass trafficClass,
            double h100e, String reason) {
        action(type, lab, cloud);
        moved(type, lab, cloud, h100e, 0);
    }

    @Override
    public void unpinned(double t, String type, String lab, String cloud, TrafficClass trafficClass) {
        action(type, lab, cloud);
    }

    @Override
    public void trainingConfined(double t, String type, String contract, String lab, String cloud, double load,
            String reason) {
        action(type, lab, cloud);
    }

    @Override
    public void trainingReleased(double t, String type, String lab, String cloud) {
        action(type, lab, cloud);
    }

    @Override
    public void prioritised(double t, String type, String contract, String lab, String cloud, double extraH100e,
            String reason) {
        action(type, lab, cloud);
        moved(type, lab, cloud, extraH100e, 0);
    }

    @Override
    public void offersRemoved(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        action(type, lab, cloud);
    }

    @Override
    public void othersLimited(double t, String type, String contract, String lab, double h100e, String reason) {
        action(type, lab, null);
    }

    @Override
    public void offerReplaced(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        action(type, lab, cloud);
    }

    @Override
    public void awarded(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        action(type, lab, cloud);
    }

    @Override
    public void noted(double t, String type, String contract, String lab, String cloud, String decision,
            String reason) {
        action(type, lab, cloud);
    }

    @Override
    public void signed(double t, String decidedBy, String contract, String lab, String cloud, String accelerator,
            double h100e, double shortfallH100e, double effectiveUsdPerH100eHour, double valueUsd) {
        if (!decidedBy.equals(PROCUREMENT)) {
            moved(decidedBy, lab, cloud, h100e, valueUsd);
        }
    }

    @Override
    public void charged(double t, String type, String contract, String lab, String cloud, double usd, String reason) {
        action(type, lab, cloud);
        moved(type, lab, cloud, 0, usd);
    }

    @Override
    public void breached(double t, String type, String contract, String lab, String cloud, String byContract,
            double penaltyUsd, boolean active) {
        if (active) {
            action(type, lab, cloud);
            moved(type, lab, cloud, 0, penaltyUsd);
        }
    }

    @Override
    public void enjoined(double t, String type, String contract, String lab, String cloud, double delayDays,
            double startHours) {
        action(type, lab, cloud);
    }

    private void action(String type, String lab, String cloud) {
        entry(type, lab, cloud)[0] += 1;
    }

    private void moved(String type, String lab, String cloud, double h100e, double usd) {
        double[] e = entry(type, lab, cloud);
        e[1] += h100e;
        e[2] += usd;
    }

    private double[] entry(String type, String lab, String cloud) {
        Key key = new Key(type, lab == null ? "" : lab, cloud == null ? "" : cloud);
        double[] e = totals.get(key);
        if (e == null) {
            double[] created = new double[3];
            e = created;
            totals.put(key, created);
            SeriesKey series = SeriesKey.of(Metric.CLAUSE_ACTIONS).lab(key.lab()).cloud(key.cloud()).clause(type);
            probes.counter(series, () -> created[0]);
            probes.counter(series.as(Metric.CLAUSE_MOVED_H100E), () -> created[1]);
            probes.counter(series.as(Metric.CLAUSE_MOVED_USD), () -> created[2]);
        }
        return e;
    }
}
