package org.gigasim.model.metrics;

import java.util.Comparator;

/**
 * One series: a metric and the values of its dimensions (empty where one does not apply).
 * Keys sort by metric, then each dimension, which fixes the order of every output file.
 */
public record SeriesKey(Metric metric, String lab, String cloud, String site, String accelerator,
        String trafficClass) implements Comparable<SeriesKey> {

    private static final Comparator<SeriesKey> ORDER = Comparator.comparing((SeriesKey k) -> k.metric)
            .thenComparing(k -> k.lab).thenComparing(k -> k.cloud).thenComparing(k -> k.site)
            .thenComparing(k -> k.accelerator).thenComparing(k -> k.trafficClass);

    public SeriesKey {
        lab = lab == null ? "" : lab;
        cloud = cloud == null ? "" : cloud;
        site = site == null ? "" : site;
        accelerator = accelerator == null ? "" : accelerator;
        trafficClass = trafficClass == null ? "" : trafficClass;
    }

    public static SeriesKey of(Metric metric) {
        return new SeriesKey(metric, "", "", "", "", "");
    }

    public SeriesKey lab(String id) {
        return new SeriesKey(metric, id, cloud, site, accelerator, trafficClass);
    }

    public SeriesKey cloud(String id) {
        return new SeriesKey(metric, lab, id, site, accelerator, trafficClass);
    }

    public SeriesKey site(String id) {
        return new SeriesKey(metric, lab, cloud, id, accelerator, trafficClass);
    }

    public SeriesKey accelerator(String id) {
        return new SeriesKey(metric, lab, cloud, site, id, trafficClass);
    }

    public SeriesKey trafficClass(String id) {
        return new SeriesKey(metric, lab, cloud, site, accelerator, id);
    }

    @Override
    public int compareTo(SeriesKey other) {
        return ORDER.compare(this, other);
    }
}
