package org.gigasim.experiments.sensitivity;

/**
 * A model seen from a sensitivity analysis: factor values in, one value per response out.
 * It must be deterministic (in gigasim, every point runs with the same seeds: common random
 * numbers), or the indices measure noise as well as the factors.
 */
@FunctionalInterface
public interface Evaluator {

    /** The responses at {@code factorValues} (in factor order), one value per response. */
    double[] evaluate(double[] factorValues);
}
