package org.gigasim.experiments.sensitivity;

/** The kind of a figure in a sensitivity result, with its label in {@code sensitivity.csv}. */
public enum Index {
    /** Sobol' first-order index: the share of output variance a factor explains alone. */
    S1("S1"),
    /** Sobol' total-order index: the share a factor explains alone or with others. */
    ST("ST"),
    /** Morris μ*: the mean absolute elementary effect, output units per factor range. */
    MU_STAR("mu_star"),
    /** Morris σ: the standard deviation of the elementary effects (nonlinearity, interactions). */
    SIGMA("sigma"),
    /** Morris μ: the mean signed elementary effect (effects of opposite sign cancel here). */
    MU("mu"),
    /** Latin hypercube: the output's mean. */
    MEAN("mean"),
    /** Latin hypercube: the output's sample standard deviation. */
    STDEV("stdev"),
    /** Latin hypercube: the output's 5th percentile. */
    P05("p05"),
    /** Latin hypercube: the output's median. */
    P50("p50"),
    /** Latin hypercube: the output's 95th percentile. */
    P95("p95");

    private final String label;

    Index(String label) {
        this.label = label;
    }

    /** The label written in files, such as {@code mu_star}. */
    public String label() {
        return label;
    }
}
