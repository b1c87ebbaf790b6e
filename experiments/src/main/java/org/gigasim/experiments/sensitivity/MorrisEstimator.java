package org.gigasim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary effects from the outputs of a {@link MorrisDesign}. Along each trajectory
 * the step that moves factor i by ±Δ gives its elementary effect
 * EE_i = (y(after) − y(before)) / (±Δ), in output units per whole range of the factor (the
 * unit cube's scale, so factors in different units compare). Over the r trajectories:
 * μ*_i = mean |EE_i| (Campolongo et al. 2007), the factor's overall influence; σ_i, the sample
 * standard deviation of EE_i (dividing by r − 1; Morris 1991), large when the effect depends on
 * where the other factors are (nonlinearity or interactions); and μ_i = mean EE_i. Their 95%
 * intervals bootstrap the trajectories.
 */
final class MorrisEstimator {

    private MorrisEstimator() {
    }

    static List<SensitivityIndex> estimate(MorrisDesign design, Response response, double[] outputs,
            Bootstrap bootstrap, int resamples) {
        double[][] effects = effects(design, outputs);
        int k = effects.length;
        int r = design.trajectories();
        double[][][] resampled = new double[3][k][resamples];
        int[] rows = new int[r];
        for (int b = 0; b < resamples; b++) {
            bootstrap.resample(rows);
            for (int i = 0; i < k; i++) {
                double[] stats = statistics(effects[i], rows);
                for (int s = 0; s < 3; s++) {
                    resampled[s][i][b] = stats[s];
                }
            }
        }
        int[] all = new int[r];
        for (int t = 0; t < r; t++) {
            all[t] = t;
        }
        Index[] kinds = {Index.MU_STAR, Index.SIGMA, Index.MU};
        List<SensitivityIndex> indices = new ArrayList<>(3 * k);
        for (int i = 0; i < k; i++) {
            String factor = design.factors().get(i).name();
            double[] stats = statistics(effects[i], all);
            for (int s = 0; s < 3; s++) {
                double[] ci = Bootstrap.interval(resampled[s][i]);
                indices.add(new SensitivityIndex(factor, response, kinds[s], stats[s], ci[0], ci[1]));
            }
        }
        return indices;
    }

    /** The elementary effects: {@code [factor][trajectory]}. */
    static double[][] effects(MorrisDesign design, double[] outputs) {
        int k = design.factors().size();
        int r = design.trajectories();
        double delta = design.delta();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            int first = t * (k + 1);
            for (int s = 0; s < k; s++) {
                int factor = design.movedFactor(t, s);
                double change = outputs[first + s + 1] - outputs[first + s];
                effects[factor][t] = change / (design.direction(t, factor) * delta);
            }
        }
        return effects;
    }

    // {μ*, σ, μ} of the effects in the chosen trajectories.
    private static double[] statistics(double[] effects, int[] rows) {
        double sum = 0.0;
        double absolute = 0.0;
        for (int row : rows) {
            sum += effects[row];
            absolute += Math.abs(effects[row]);
        }
        double mean = sum / rows.length;
        double squares = 0.0;
        for (int row : rows) {
            squares += (effects[row] - mean) * (effects[row] - mean);
        }
        return new double[] {absolute / rows.length, Math.sqrt(squares / (rows.length - 1)), mean};
    }
}
