package org.gigasim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The distribution of an output over a {@link LatinHypercubeDesign}: its mean, sample standard
 * deviation (dividing by N − 1), and 5th, 50th and 95th percentiles (Commons Statistics'
 * default quantile estimator), each with a bootstrap 95% interval over the N runs. The
 * bootstrap treats the runs as independent draws; a Latin hypercube's mean varies less than
 * that, so its interval is, if anything, too wide.
 */
final class OutputDistribution {

    private static final Quantile QUANTILE = Quantile.withDefaults();
    private static final Index[] KINDS = {Index.MEAN, Index.STDEV, Index.P05, Index.P50, Index.P95};

    private OutputDistribution() {
    }

    static List<SensitivityIndex> estimate(Response response, double[] outputs, Bootstrap bootstrap, int resamples) {
        double[][] resampled = new double[KINDS.length][resamples];
        int[] rows = new int[outputs.length];
        double[] sample = new double[outputs.length];
        for (int b = 0; b < resamples; b++) {
            bootstrap.resample(rows);
            for (int i = 0; i < rows.length; i++) {
                sample[i] = outputs[rows[i]];
            }
            double[] stats = statistics(sample);
            for (int s = 0; s < KINDS.length; s++) {
                resampled[s][b] = stats[s];
            }
        }
        double[] stats = statistics(outputs.clone());
        List<SensitivityIndex> figures = new ArrayList<>(KINDS.length);
        for (int s = 0; s < KINDS.length; s++) {
            double[] ci = Bootstrap.interval(resampled[s]);
            figures.add(new SensitivityIndex("", response, KINDS[s], stats[s], ci[0], ci[1]));
        }
        return figures;
    }

    // {mean, stdev, p05, p50, p95}.
    private static double[] statistics(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0.0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double[] p = QUANTILE.evaluate(values, 0.05, 0.5, 0.95);
        return new double[] {mean, Math.sqrt(squares / (values.length - 1)), p[0], p[1], p[2]};
    }
}
