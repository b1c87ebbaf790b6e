package org.gigasim.results;

/**
 * The name of every file gigasim writes into an output folder, in one place: the writers
 * here and the readers in {@code charts} and {@code cli} use these, never their own strings.
 */
public final class OutputFiles {

    /** Yearly headline figures of a run. */
    public static final String SUMMARY = "summary.json";
    /** A run's time series: mean, interval and percentiles per series and sample time. */
    public static final String TIMESERIES = "timeseries.csv";
    /** Every replication's time-series rows ({@code --keep-replications}). */
    public static final String TIMESERIES_REPLICATIONS = "timeseries_replications.csv";
    /** One row per training job and replication. */
    public static final String JOBS = "jobs.csv";
    /** One row per contract signed and replication. */
    public static final String CONTRACTS = "contracts.csv";
    /** Every clause and policy decision ({@code --trace}). */
    public static final String TRACE = "trace.jsonl";
    /** Paired differences of a comparison. */
    public static final String COMPARE_CSV = "compare.csv";
    /** What a comparison compared, with its answer figures. */
    public static final String COMPARE_JSON = "compare.json";
    /** One row per sweep point and headline figure. */
    public static final String SWEEP_CSV = "sweep.csv";
    /** What a sweep varied. */
    public static final String SWEEP_JSON = "sweep.json";
    /** Who wrote the folder, with which command and version. */
    public static final String MANIFEST = "manifest.json";
    /** The replications' aggregation state, from which a run is merged or extended. */
    public static final String PARTIAL_RESULT = "partial-result.bin";

    private OutputFiles() {
    }
}
