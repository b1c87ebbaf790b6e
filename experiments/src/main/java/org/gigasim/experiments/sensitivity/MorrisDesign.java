package org.gigasim.experiments.sensitivity;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.gigasim.engine.random.RandomStreams;

/**
 * Morris's one-at-a-time trajectories (Morris 1991; Saltelli et al. 2008, ch. 3): r random
 * trajectories of k + 1 points each on a grid of p levels {0, 1/(p−1), …, 1} per factor.
 * A trajectory starts at a random grid point and moves each factor once, in random order,
 * by the step Δ = p / (2(p − 1)), up or down at random; r·(k + 1) runs in all.
 *
 * <p>This is the construction B* = (J x* + (Δ/2)((2B − J)D* + J))P* of Morris's paper written
 * as a walk: a factor whose direction d is −1 starts at x* + Δ and steps down to x*, one whose
 * direction is +1 starts at x* and steps up to x* + Δ, so every point stays on the grid. The
 * base values x* are drawn from the levels below 1 − Δ. Every factor needs a bounded range, as
 * the walk visits 0 and 1.
 */
public final class MorrisDesign implements Design {

    /** Four levels, Δ = 2/3: the choice Saltelli et al. (2008) recommend with r between 10 and 20. */
    public static final int DEFAULT_LEVELS = 4;
    static final String STREAM = "sensitivity/morris";

    private final List<Factor> factors;
    private final int levels;
    private final double[][] points;
    /** For trajectory t and step s (from point s to s + 1), the factor that moves. */
    private final int[][] moved;
    /** For trajectory t and step s, +1 if the factor moves up, −1 if down. */
    private final int[][] direction;

    private MorrisDesign(List<Factor> factors, int levels, double[][] points, int[][] moved, int[][] direction) {
        this.factors = factors;
        this.levels = levels;
        this.points = points;
        this.moved = moved;
        this.direction = direction;
    }

    /**
     * {@code trajectories} (r ≥ 2) trajectories on {@code levels} (p, even, ≥ 2) levels, drawn
     * from the stream {@value #STREAM} of {@code seed}: the same seed gives the same design.
     */
    public static MorrisDesign create(List<Factor> factors, int trajectories, int levels, long seed) {
        List<Factor> checked = Designs.checked(factors);
        for (Factor f : checked) {
            if (!f.bounded()) {
                throw new IllegalArgumentException("Morris screening moves factor " + f.name()
                        + " across its whole range: give it a range LOW..HIGH or a bounded distribution");
            }
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("Morris screening needs at least 2 trajectories, not " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be an even number of at least 2, not " + levels);
        }
        int k = checked.size();
        double delta = delta(levels);
        UniformRandomProvider rng = new RandomStreams(seed, 0).stream(STREAM);
        double[][] points = new double[trajectories * (k + 1)][];
        int[][] moved = new int[trajectories][];
        int[][] direction = new int[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) {
                // Base levels 0 .. p/2 − 1, so that base + Δ stays on the grid.
                double base = rng.nextInt(levels / 2) / (double) (levels - 1);
                direction[t][j] = rng.nextBoolean() ? 1 : -1;
                x[j] = direction[t][j] > 0 ? base : base + delta;
            }
            int[] order = PermutationSampler.natural(k);
            PermutationSampler.shuffle(rng, order);
            moved[t] = order;
            int first = t * (k + 1);
            points[first] = x.clone();
            for (int s = 0; s < k; s++) {
                int j = order[s];
                x[j] = grid(x[j] + direction[t][j] * delta, levels);
                points[first + s + 1] = x.clone();
            }
        }
        return new MorrisDesign(checked, levels, points, moved, direction);
    }

    /** Δ = p / (2(p − 1)), the step in unit-cube coordinates. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** The number of runs r·(k + 1). */
    public static long runs(int factors, int trajectories) {
        return (long) trajectories * (factors + 1);
    }

    // Snaps a sum of grid values back onto the grid, so repeated steps accumulate no rounding.
    private static double grid(double value, int levels) {
        return Math.round(value * (levels - 1)) / (double) (levels - 1);
    }

    /** The number of trajectories r. */
    public int trajectories() {
        return moved.length;
    }

    /** The number of grid levels p. */
    public int levels() {
        return levels;
    }

    /** Δ for this design's levels. */
    public double delta() {
        return delta(levels);
    }

    /** The factor that moves between points {@code step} and {@code step + 1} of trajectory {@code t}. */
    public int movedFactor(int t, int step) {
        return moved[t][step];
    }

    /** +1 if factor {@code factor} moves up in trajectory {@code t}, −1 if it moves down. */
    public int direction(int t, int factor) {
        return direction[t][factor];
    }

    @Override
    public Method method() {
        return Method.MORRIS;
    }

    @Override
    public List<Factor> factors() {
        return factors;
    }

    @Override
    public int size() {
        return points.length;
    }

    @Override
    public double[] unitPoint(int index) {
        Objects.checkIndex(index, points.length);
        return points[index].clone();
    }
}
