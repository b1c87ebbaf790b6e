package org.gigasim.model.spec;

/**
 * The bounds every scenario must keep, so that no input can overflow the model or make a run
 * hang. The scenario loader checks them all before anything runs, and docs/guarantees.md
 * lists them; change one here and there together.
 */
public final class Limits {

    /** No decimal number in a scenario may be larger in size (USD, chips, MW, H100e, days...). */
    public static final double MAX_MAGNITUDE = 1e15;
    /** {@link #MAX_MAGNITUDE} as written in messages. */
    public static final String MAX_MAGNITUDE_TEXT = "1e15";
    /** Ids (of accelerators, clouds, sites, labs, contracts, and the scenario name), in characters. */
    public static final int MAX_ID_LENGTH = 64;
    /** Short free texts (a region, an accelerator generation), in characters. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** A scenario's question, in characters. */
    public static final int MAX_QUESTION_LENGTH = 1000;
    /** From start to end, in years. */
    public static final int MAX_HORIZON_YEARS = 100;
    /** The shortest sample interval, in minutes; it is whole minutes. */
    public static final int MIN_INTERVAL_MINUTES = 1;
    /** Sample times over the horizon (a daily sample for 100 years is 36,525). */
    public static final int MAX_SAMPLES = 200_000;
    /** Replications a scenario file may ask for. */
    public static final int MAX_REPLICATIONS = 100_000;
    /** Replications a sweep may run in all (points × replications) without {@code --allow-large}. */
    public static final int MAX_SWEEP_REPLICATIONS = 10_000;
    /** How far an inference class's demand may grow over the horizon, with growth and demand changes together. */
    public static final double MAX_DEMAND_GROWTH = 1e6;
    /** The shortest mean time between a site's outages, in days. */
    public static final double MIN_MTBF_DAYS = 1;
    /** The shortest mean outage repair time, in hours (one minute). */
    public static final double MIN_MTTR_HOURS = 1.0 / 60;
    /** The shortest mean interval between a lab's training job arrivals, in days (one hour). */
    public static final double MIN_ARRIVAL_INTERVAL_DAYS = 1.0 / 24;
    /** The shortest interval between a lab's procurement reviews, in days. */
    public static final double MIN_REVIEW_DAYS = 1;
    /** The shortest contract a lab's procurement signs, in years (one month). */
    public static final double MIN_CONTRACT_YEARS = 1.0 / 12;
    /** The largest sigma of a lognormal distribution (larger ones draw numbers past any double). */
    public static final double MAX_LOGNORMAL_SIGMA = 10;
    /** The smallest shape of a Weibull distribution (smaller ones draw numbers past any double). */
    public static final double MIN_WEIBULL_SHAPE = 0.05;

    private Limits() {
    }
}
