package org.gigasim.results;

import org.gigasim.model.metrics.SeriesKey;

/**
 * The paired difference B − A of one headline figure (series and year) between two
 * scenarios run with common random numbers: the mean in each, the mean difference over the
 * {@code pairs} replications that recorded it in both, its t-based 95% interval (NaN bounds
 * below two pairs; for a share, clipped to [−1, 1]), the two-sided p-value of the paired t
 * test, and whether it stays significant after the Benjamini–Hochberg correction at a 5%
 * false-discovery rate over every figure tested.
 */
public record Difference(SeriesKey key, int year, double meanA, double meanB, long pairs, double mean,
        double ci95Low, double ci95High, double pValue, boolean significantBh) {

    /** Whether the 95% interval of the difference excludes zero (uncorrected for testing many figures). */
    public boolean significant() {
        return pairs >= 2 && (ci95Low > 0 || ci95High < 0);
    }

    /** Whether the figure was tested: it was recorded in both scenarios in at least two replications. */
    public boolean tested() {
        return pairs >= 2 && !Double.isNaN(pValue);
    }

    /** The difference relative to the larger of the two means in magnitude; NaN if both are zero. */
    public double relative() {
        double scale = Math.max(Math.abs(meanA), Math.abs(meanB));
        return scale == 0 || !Double.isFinite(scale) ? Double.NaN : mean / scale;
    }
}
