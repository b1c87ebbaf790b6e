package org.gigasim.model.metrics;

import java.util.Locale;

/**
 * A dimension a series is keyed by, each with a column of its own in every output file
 * (empty where it does not apply), in this order.
 */
public enum Dimension {
    LAB, CLOUD, REGION, SITE, ACCELERATOR, VENDOR, TRAFFIC_CLASS, CLAUSE;

    /** The column name in output files, such as {@code traffic_class}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
