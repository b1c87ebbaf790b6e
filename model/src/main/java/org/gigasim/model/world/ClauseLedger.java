package org.gigasim.model.world;

import java.util.Map;
import java.util.TreeMap;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;

/**
 * What clauses did, per clause type, lab and cloud: the number of decisions, and the
 * capacity (effective H100e) and money (USD) they moved. Each period's totals are
 * recorded as flows, with the clause type in the {@code traffic_class} dimension.
 */
final class ClauseLedger {

    private record Key(String type, String lab, String cloud) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = type.compareTo(o.type);
            c = c != 0 ? c : lab.compareTo(o.lab);
            return c != 0 ? c : cloud.compareTo(o.cloud);
        }
    }

    /** Per key: actions, H100e and USD in the current period. Sorted so recording order is fixed. */
    private final Map<Key, double[]> period = new TreeMap<>();

    void action(String type, String lab, String cloud) {
        entry(type, lab, cloud)[0] += 1;
    }

    void moved(String type, String lab, String cloud, double h100e, double usd) {
        double[] e = entry(type, lab, cloud);
        e[1] += h100e;
        e[2] += usd;
    }

    private double[] entry(String type, String lab, String cloud) {
        return period.computeIfAbsent(new Key(type, lab == null ? "" : lab, cloud == null ? "" : cloud),
                k -> new double[3]);
    }

    /** Records the period just ended at {@code t} (zeros for keys seen before but idle now) and starts a new one. */
    void record(Recorder recorder, double t) {
        for (Map.Entry<Key, double[]> e : period.entrySet()) {
            Key k = e.getKey();
            double[] v = e.getValue();
            recorder.record(key(Metric.CLAUSE_ACTIONS, k), t, v[0]);
            recorder.record(key(Metric.CLAUSE_MOVED_H100E, k), t, v[1]);
            recorder.record(key(Metric.CLAUSE_MOVED_USD, k), t, v[2]);
            java.util.Arrays.fill(v, 0);
        }
    }

    private static SeriesKey key(Metric metric, Key k) {
        return SeriesKey.of(metric).lab(k.lab()).cloud(k.cloud()).trafficClass(k.type());
    }
}
