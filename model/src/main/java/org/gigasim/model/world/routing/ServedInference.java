package org.gigasim.model.world.routing;

/**
 * Each lab's inference served, summed over classes (in order) and clouds (in order), kept
 * between routing decisions. The cash rule reads it at every on-demand decision, while it
 * changes only when routing places demand: while a decision is being taken the sum is read
 * from the placements so far; once it is taken, the first reading is kept until the next
 * decision begins.
 */
final class ServedInference {

    private final double[][][] served;
    private final int classes;
    private final double[] sum;
    private final boolean[] known;
    private boolean routing;

    /** Sums {@code served[lab][k][cloud]} over the first {@code classes} classes. */
    ServedInference(double[][][] served, int classes) {
        this.served = served;
        this.classes = classes;
        sum = new double[served.length];
        known = new boolean[served.length];
    }

    /** A decision begins: placements move until {@link #decided()}. */
    void deciding() {
        routing = true;
        java.util.Arrays.fill(known, false);
    }

    /** The decision is taken: placements hold until the next one. */
    void decided() {
        routing = false;
    }

    /** Lab {@code l}'s inference served, in effective H100e. */
    double h100e(int l) {
        if (routing) {
            return add(l);
        }
        if (!known[l]) {
            sum[l] = add(l);
            known[l] = true;
        }
        return sum[l];
    }

    private double add(int l) {
        double total = 0;
        double[][] byClass = served[l];
        for (int k = 0; k < classes; k++) {
            double[] onCloud = byClass[k];
            for (int c = 0; c < onCloud.length; c++) {
                total += onCloud[c];
            }
        }
        return total;
    }
}
