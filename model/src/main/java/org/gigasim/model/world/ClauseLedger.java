package org.gigasim.model.world;

import java.util.HashMap;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;

/**
 * What clauses did, per clause type, lab and cloud: running totals of the decisions made
 * and of the capacity (effective H100e) and money (USD) they moved, recorded as flows with
 * the clause type in the {@code clause} column.
 */
final class ClauseLedger {

    private record Key(String type, String lab, String cloud) {
    }

    private final Probes probes;
    private final Map<Key, double[]> totals = new HashMap<>();

    ClauseLedger(Probes probes) {
        this.probes = probes;
    }

    void action(String type, String lab, String cloud) {
        entry(type, lab, cloud)[0] += 1;
    }

    void moved(String type, String lab, String cloud, double h100e, double usd) {
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
