package org.gigasim.experiments.sensitivity;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.gigasim.engine.random.RandomStreams;

/**
 * A Latin hypercube sample of N points (McKay, Beckman and Conover 1979): each factor's unit
 * interval is cut into N strata of equal probability and every stratum holds exactly one
 * point, at a uniformly random place inside it; the strata are paired across factors by
 * independent random permutations. Mapped through each factor's quantile function, it
 * propagates the factors' distributions to the output with less sampling noise in the mean
 * than N independent draws. Commons offers no Latin hypercube, hence this small class.
 */
public final class LatinHypercubeDesign implements Design {

    static final String STREAM = "sensitivity/latin-hypercube";

    private final List<Factor> factors;
    private final double[][] points;

    private LatinHypercubeDesign(List<Factor> factors, double[][] points) {
        this.factors = factors;
        this.points = points;
    }

    /** {@code samples} (N ≥ 2) points, drawn from the stream {@value #STREAM} of {@code seed}. */
    public static LatinHypercubeDesign create(List<Factor> factors, int samples, long seed) {
        List<Factor> checked = Designs.checked(factors);
        if (samples < 2) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 2 samples, not " + samples);
        }
        int k = checked.size();
        UniformRandomProvider rng = new RandomStreams(seed, 0).stream(STREAM);
        double[][] points = new double[samples][k];
        for (int j = 0; j < k; j++) {
            int[] strata = PermutationSampler.natural(samples);
            PermutationSampler.shuffle(rng, strata);
            for (int i = 0; i < samples; i++) {
                points[i][j] = insideStratum(strata[i], samples, rng);
            }
        }
        return new LatinHypercubeDesign(checked, points);
    }

    // A uniform point of the open stratum (s/N, (s+1)/N): never 0 or 1, where quantiles may be infinite.
    private static double insideStratum(int stratum, int samples, UniformRandomProvider rng) {
        double offset;
        do {
            offset = rng.nextDouble();
        } while (offset == 0.0);
        double upper = (stratum + 1.0) / samples;
        double u = (stratum + offset) / samples;
        // Rounding may carry an offset just below 1 onto the stratum's upper edge.
        return u < upper ? u : Math.nextDown(upper);
    }

    @Override
    public Method method() {
        return Method.LHS;
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
