package org.gigasim.model.metrics;

/**
 * One series: a metric and the values of its dimensions (empty where one does not apply).
 * Keys sort by metric, then each dimension in {@link Dimension} order, which fixes the
 * order of every output file.
 */
public record SeriesKey(Metric metric, String lab, String cloud, String region, String site, String accelerator,
        String vendor, String trafficClass, String clause) implements Comparable<SeriesKey>, java.io.Serializable {

    public SeriesKey {
        lab = orEmpty(lab);
        cloud = orEmpty(cloud);
        region = orEmpty(region);
        site = orEmpty(site);
        accelerator = orEmpty(accelerator);
        vendor = orEmpty(vendor);
        trafficClass = orEmpty(trafficClass);
        clause = orEmpty(clause);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static SeriesKey of(Metric metric) {
        return new SeriesKey(metric, "", "", "", "", "", "", "", "");
    }

    /** The same dimensions under another metric (such as a level's integral). */
    public SeriesKey as(Metric other) {
        return new SeriesKey(other, lab, cloud, region, site, accelerator, vendor, trafficClass, clause);
    }

    /** The value of {@code dimension} (empty where it does not apply). */
    public String get(Dimension dimension) {
        return switch (dimension) {
            case LAB -> lab;
            case CLOUD -> cloud;
            case REGION -> region;
            case SITE -> site;
            case ACCELERATOR -> accelerator;
            case VENDOR -> vendor;
            case TRAFFIC_CLASS -> trafficClass;
            case CLAUSE -> clause;
        };
    }

    /** The same key with {@code dimension} set to {@code value}. */
    public SeriesKey with(Dimension dimension, String value) {
        return new SeriesKey(metric, dimension == Dimension.LAB ? value : lab,
                dimension == Dimension.CLOUD ? value : cloud, dimension == Dimension.REGION ? value : region,
                dimension == Dimension.SITE ? value : site, dimension == Dimension.ACCELERATOR ? value : accelerator,
                dimension == Dimension.VENDOR ? value : vendor,
                dimension == Dimension.TRAFFIC_CLASS ? value : trafficClass,
                dimension == Dimension.CLAUSE ? value : clause);
    }

    public SeriesKey lab(String id) {
        return with(Dimension.LAB, id);
    }

    public SeriesKey cloud(String id) {
        return with(Dimension.CLOUD, id);
    }

    public SeriesKey region(String id) {
        return with(Dimension.REGION, id);
    }

    public SeriesKey site(String id) {
        return with(Dimension.SITE, id);
    }

    public SeriesKey accelerator(String id) {
        return with(Dimension.ACCELERATOR, id);
    }

    public SeriesKey vendor(String id) {
        return with(Dimension.VENDOR, id);
    }

    public SeriesKey trafficClass(String id) {
        return with(Dimension.TRAFFIC_CLASS, id);
    }

    public SeriesKey clause(String type) {
        return with(Dimension.CLAUSE, type);
    }

    /**
     * By metric (in declaration order), then lab, cloud, region, site, accelerator, vendor,
     * traffic class and clause. Written out field by field: maps of series compare keys often.
     */
    @Override
    public int compareTo(SeriesKey other) {
        int c = metric.compareTo(other.metric);
        if (c == 0) {
            c = lab.compareTo(other.lab);
        }
        if (c == 0) {
            c = cloud.compareTo(other.cloud);
        }
        if (c == 0) {
            c = region.compareTo(other.region);
        }
        if (c == 0) {
            c = site.compareTo(other.site);
        }
        if (c == 0) {
            c = accelerator.compareTo(other.accelerator);
        }
        if (c == 0) {
            c = vendor.compareTo(other.vendor);
        }
        if (c == 0) {
            c = trafficClass.compareTo(other.trafficClass);
        }
        if (c == 0) {
            c = clause.compareTo(other.clause);
        }
        return c;
    }
}
