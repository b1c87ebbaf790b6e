package org.gigasim.results;

/** Column and field names the readers look up in the output files, written by the writers of this package. */
public final class Columns {

    public static final String METRIC = "metric";
    public static final String UNIT = "unit";
    public static final String YEAR = "year";
    public static final String TIME_H = "time_h";
    public static final String MEAN = "mean";
    public static final String CI95_LOW = "ci95_low";
    public static final String CI95_HIGH = "ci95_high";
    public static final String LAB = "lab";
    public static final String WAIT_H = "wait_h";
    /** The array of headline figures in {@code summary.json}. */
    public static final String METRICS = "metrics";

    private Columns() {
    }
}
