package org.gigasim.model.world;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * The series the sampler writes, looked up by the world's indices instead of by building
 * a {@link SeriesKey} per sample: each key is built once, the first time its series is used.
 */
final class SeriesHandles {

    private static final int METRICS = Metric.values().length;

    private final World world;
    private final Recorder recorder;
    private final List<String> vendors;
    private final int[] vendorOfAccelerator;
    private final Series[][] byCloud;
    private final Series[][] byLab;
    private final Series[][][] byCloudLab;
    private final Series[][][] byLabClass;
    private final Series[][][][] byLabCloudClass;
    private final Series[][][] byCloudAccelerator;
    private final Series[][] byVendor;
    private final Series[] market = new Series[METRICS];
    private final Map<Site, Series[]> bySite = new IdentityHashMap<>();

    SeriesHandles(World world, Recorder recorder) {
        this.world = world;
        this.recorder = recorder;
        int clouds = world.clouds.size();
        int labs = world.labs.size();
        int accelerators = world.accelerators.size();
        int classes = TrafficClass.INFERENCE.length + 1;
        vendors = world.accelerators.stream().map(AcceleratorSpec::vendor).distinct().sorted().toList();
        vendorOfAccelerator = world.accelerators.stream().mapToInt(a -> vendors.indexOf(a.vendor())).toArray();
        byCloud = new Series[METRICS][clouds];
        byLab = new Series[METRICS][labs];
        byCloudLab = new Series[METRICS][clouds][labs];
        byLabClass = new Series[METRICS][labs][classes];
        byLabCloudClass = new Series[METRICS][labs][clouds][classes];
        byCloudAccelerator = new Series[METRICS][clouds][accelerators];
        byVendor = new Series[METRICS][vendors.size()];
    }

    int vendorCount() {
        return vendors.size();
    }

    int vendorOf(int accelerator) {
        return vendorOfAccelerator[accelerator];
    }

    Series cloud(Metric m, int c) {
        Series[] row = byCloud[m.ordinal()];
        return row[c] != null ? row[c] : (row[c] = recorder.series(SeriesKey.of(m).cloud(cloudId(c))));
    }

    Series lab(Metric m, int l) {
        Series[] row = byLab[m.ordinal()];
        return row[l] != null ? row[l] : (row[l] = recorder.series(SeriesKey.of(m).lab(labId(l))));
    }

    Series cloudLab(Metric m, int c, int l) {
        Series[] row = byCloudLab[m.ordinal()][c];
        return row[l] != null ? row[l] : (row[l] = recorder.series(SeriesKey.of(m).cloud(cloudId(c)).lab(labId(l))));
    }

    /** Class index k runs over the inference classes, then training last (as the router's arrays do). */
    Series labClass(Metric m, int l, int k) {
        Series[] row = byLabClass[m.ordinal()][l];
        return row[k] != null ? row[k]
                : (row[k] = recorder.series(SeriesKey.of(m).lab(labId(l)).trafficClass(classId(k))));
    }

    Series labCloudClass(Metric m, int l, int c, int k) {
        Series[] row = byLabCloudClass[m.ordinal()][l][c];
        return row[k] != null ? row[k] : (row[k] = recorder.series(
                SeriesKey.of(m).lab(labId(l)).cloud(cloudId(c)).trafficClass(classId(k))));
    }

    Series cloudAccelerator(Metric m, int c, int a) {
        Series[] row = byCloudAccelerator[m.ordinal()][c];
        return row[a] != null ? row[a] : (row[a] = recorder.series(
                SeriesKey.of(m).cloud(cloudId(c)).accelerator(world.acceleratorIds.get(a))));
    }

    /** The vendor's name goes in the accelerator column. */
    Series vendor(Metric m, int v) {
        Series[] row = byVendor[m.ordinal()];
        return row[v] != null ? row[v] : (row[v] = recorder.series(SeriesKey.of(m).accelerator(vendors.get(v))));
    }

    Series market(Metric m) {
        int i = m.ordinal();
        return market[i] != null ? market[i] : (market[i] = recorder.series(SeriesKey.of(m)));
    }

    /** Power online, power used, stranded power and stranded chips of one site. */
    Series[] site(Site site) {
        return bySite.computeIfAbsent(site, s -> new Series[] {
            siteSeries(Metric.POWER_ONLINE_MW, s), siteSeries(Metric.POWER_USED_MW, s),
            siteSeries(Metric.STRANDED_POWER_MW, s), siteSeries(Metric.STRANDED_CHIPS, s)});
    }

    private Series siteSeries(Metric m, Site site) {
        return recorder.series(SeriesKey.of(m).cloud(site.cloud()).site(site.id()));
    }

    private String cloudId(int c) {
        return world.clouds.get(c).id();
    }

    private String labId(int l) {
        return world.labs.get(l).id();
    }

    private static String classId(int k) {
        return k < TrafficClass.INFERENCE.length ? TrafficClass.INFERENCE[k].id() : TrafficClass.TRAINING.id();
    }
}
