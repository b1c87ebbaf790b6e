package org.gigasim.results;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * Streaming moments of one headline figure in two scenarios run with common random
 * numbers: the mean in each over the replications that recorded it, and the mean and
 * variance of the difference B − A over the replications that recorded it in both.
 */
final class PairedMoments {

    private final Mean a = Mean.create();
    private final Mean b = Mean.create();
    private final Mean difference = Mean.create();
    private final Variance differenceVariance = Variance.create();
    private long countA;
    private long countB;
    private long pairs;

    void accept(Double valueA, Double valueB) {
        if (valueA != null) {
            a.accept(valueA);
            countA++;
        }
        if (valueB != null) {
            b.accept(valueB);
            countB++;
        }
        if (valueA != null && valueB != null) {
            difference.accept(valueB - valueA);
            differenceVariance.accept(valueB - valueA);
            pairs++;
        }
    }

    double meanA() {
        return countA == 0 ? Double.NaN : a.getAsDouble();
    }

    double meanB() {
        return countB == 0 ? Double.NaN : b.getAsDouble();
    }

    long pairs() {
        return pairs;
    }

    double differenceMean() {
        return pairs == 0 ? Double.NaN : difference.getAsDouble();
    }

    /** Sample standard deviation of the differences (n − 1 denominator), NaN below two pairs. */
    double differenceStdev() {
        return pairs < 2 ? Double.NaN : Math.sqrt(differenceVariance.getAsDouble());
    }
}
