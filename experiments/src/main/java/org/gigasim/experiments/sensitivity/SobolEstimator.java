package org.gigasim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Sobol' first- and total-order indices from the outputs of a {@link SaltelliDesign}, with the
 * estimators Saltelli et al. (2010, table 2) recommend: for factor i, with f the model, and m
 * and V the mean and variance of all A and B outputs,
 * <pre>
 *   S1_i = mean_j( (f(B)_j − m) · (f(AB_i)_j − f(A)_j) ) / V    Saltelli et al. 2010, (b)
 *   ST_i = mean_j( (f(A)_j − f(AB_i)_j)² ) / (2 V)              Jansen 1999, (f)
 * </pre>
 * f(B) enters S1 centred on the mean of the A and B outputs: that leaves the estimator's
 * expectation unchanged (f(AB_i) − f(A) has mean zero) and removes the error a large mean
 * would add, which Sobol' (2001) shows for every estimator of this kind; an output such as
 * revenue in dollars, large and varying by a few percent, otherwise gets S1 intervals wider
 * than [0, 1]. Both indices are ratios of sample means, so their 95% intervals come from a
 * bootstrap of the N rows (one resample shared by all factors). An output with zero variance
 * has no indices (NaN).
 *
 * <p>Why these estimators: both need only the N·(k + 2) runs (no second-order terms), and
 * Saltelli et al. found them the most accurate of those compared at that cost. Sampling
 * noise can carry an estimate slightly outside [0, 1]; it is reported as computed, since
 * clipping would hide how uncertain it is.
 */
final class SobolEstimator {

    private SobolEstimator() {
    }

    static List<SensitivityIndex> estimate(SaltelliDesign design, Response response, double[] outputs,
            Bootstrap bootstrap, int resamples) {
        int n = design.baseSamples();
        int k = design.factors().size();
        double[][] firstOrder = new double[k][resamples];
        double[][] totalOrder = new double[k][resamples];
        int[] rows = new int[n];
        double[] s1 = new double[k];
        double[] st = new double[k];
        estimate(outputs, n, k, identity(n), s1, st);
        double[] s1Resampled = new double[k];
        double[] stResampled = new double[k];
        for (int r = 0; r < resamples; r++) {
            estimate(outputs, n, k, bootstrap.resample(rows), s1Resampled, stResampled);
            for (int i = 0; i < k; i++) {
                firstOrder[i][r] = s1Resampled[i];
                totalOrder[i][r] = stResampled[i];
            }
        }
        List<SensitivityIndex> indices = new ArrayList<>(2 * k);
        for (int i = 0; i < k; i++) {
            String factor = design.factors().get(i).name();
            indices.add(index(factor, response, Index.S1, s1[i], firstOrder[i]));
            indices.add(index(factor, response, Index.ST, st[i], totalOrder[i]));
        }
        return indices;
    }

    private static SensitivityIndex index(String factor, Response response, Index kind, double value,
            double[] resampled) {
        double[] ci = Double.isNaN(value) ? new double[] {Double.NaN, Double.NaN} : Bootstrap.interval(resampled);
        return new SensitivityIndex(factor, response, kind, value, ci[0], ci[1]);
    }

    /** Fills {@code s1} and {@code st} from the rows {@code rows} of the A, B and AB blocks. */
    static void estimate(double[] y, int n, int k, int[] rows, double[] s1, double[] st) {
        double mean = mean(y, n, rows);
        double variance = variance(y, n, rows, mean);
        for (int i = 0; i < k; i++) {
            int ab = (2 + i) * n;
            double first = 0.0;
            double total = 0.0;
            for (int row : rows) {
                double fa = y[row];
                double fb = y[n + row] - mean;
                double fab = y[ab + row];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s1[i] = variance > 0.0 ? first / rows.length / variance : Double.NaN;
            st[i] = variance > 0.0 ? total / (2.0 * rows.length) / variance : Double.NaN;
        }
    }

    // The mean of the 2N outputs of A and B in the chosen rows.
    private static double mean(double[] y, int n, int[] rows) {
        double sum = 0.0;
        for (int row : rows) {
            sum += y[row] + y[n + row];
        }
        return sum / (2.0 * rows.length);
    }

    // Their variance, dividing by the count.
    private static double variance(double[] y, int n, int[] rows, double mean) {
        double squares = 0.0;
        for (int row : rows) {
            squares += (y[row] - mean) * (y[row] - mean) + (y[n + row] - mean) * (y[n + row] - mean);
        }
        return squares / (2.0 * rows.length);
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
