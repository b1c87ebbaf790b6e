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
    public static final String MEAN_A = "mean_a";
    public static final String MEAN_B = "mean_b";
    public static final String DIFF_MEAN = "diff_mean";
    public static final String DIFF_CI95_LOW = "diff_ci95_low";
    public static final String DIFF_CI95_HIGH = "diff_ci95_high";
    public static final String SIGNIFICANT_BH = "significant_bh";
    public static final String SCENARIO = "scenario";
    public static final String SCENARIO_A = "scenario_a";
    public static final String SCENARIO_B = "scenario_b";
    public static final String QUESTION = "question";
    public static final String QUESTION_A = "question_a";
    public static final String QUESTION_B = "question_b";
    public static final String REPLICATIONS = "replications";
    public static final String SEED = "seed";
    public static final String START_DATE = "start_date";
    public static final String ACTOR = "actor";
    public static final String DECISION = "decision";

    private Columns() {
    }
}
