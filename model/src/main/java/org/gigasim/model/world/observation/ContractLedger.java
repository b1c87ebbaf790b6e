package org.gigasim.model.world.observation;

import java.util.HashMap;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * What happened to contracts after signing, per lab and cloud: running totals of the value
 * renewed, cancelled (net of penalties) and defaulted, recorded as flows, and the value deferred,
 * a series of its own from a pair's first deferral on. It listens to the lifecycle's decisions; a
 * pair's series exist from its first such decision on.
 */
final class ContractLedger implements DecisionListener {

    private static final Metric[] METRICS = {Metric.RENEWED_USD, Metric.CANCELLED_USD, Metric.DEFAULTED_USD};

    private record Key(String lab, String cloud) {
    }

    private final Probes probes;
    private final Map<Key, double[]> totals = new HashMap<>();
    private final Map<Key, double[]> deferred = new HashMap<>();

    ContractLedger(Probes probes) {
        this.probes = probes;
    }

    @Override
    public void renewed(double t, String contract, String renewal, String lab, String cloud, double h100e,
            double priceUsdPerChipHour, double valueUsd) {
        entry(lab, cloud)[0] += valueUsd;
    }

    @Override
    public void cancelled(double t, String contract, String lab, String cloud, double h100e, double cancelledUsd,
            double penaltyUsd) {
        entry(lab, cloud)[1] += cancelledUsd;
    }

    @Override
    public void defaulted(double t, String contract, String lab, String cloud, double cashUsd, double defaultedUsd) {
        entry(lab, cloud)[2] += defaultedUsd;
    }

    @Override
    public void deferred(double t, String contract, String deferredPart, String lab, String cloud, double h100e,
            double deferredUsd, double feeUsd, int shiftDays) {
        deferred.computeIfAbsent(new Key(lab, cloud), key -> {
            double[] created = new double[1];
            probes.counter(SeriesKey.of(Metric.DEFERRED_USD).lab(lab).cloud(cloud), () -> created[0]);
            return created;
        })[0] += deferredUsd;
    }

    private double[] entry(String lab, String cloud) {
        Key key = new Key(lab, cloud);
        double[] e = totals.get(key);
        if (e == null) {
            double[] created = new double[METRICS.length];
            e = created;
            totals.put(key, created);
            for (int i = 0; i < METRICS.length; i++) {
                int m = i;
                probes.counter(SeriesKey.of(METRICS[i]).lab(lab).cloud(cloud), () -> created[m]);
            }
        }
        return e;
    }
}
