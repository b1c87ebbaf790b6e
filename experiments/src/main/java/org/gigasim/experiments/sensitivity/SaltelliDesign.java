package org.gigasim.experiments.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's design for Sobol' indices (Saltelli et al. 2010): two independent base samples
 * A and B of N points each, and for every factor i the matrix AB<sub>i</sub>, A with its
 * column i taken from B; N·(k + 2) runs for k factors. A and B are the first and last k
 * coordinates of the same points of a 2k-dimensional Sobol' sequence (Commons Math's
 * {@link SobolSequenceGenerator}, Joe and Kuo's direction numbers).
 *
 * <p>Runs are laid out in blocks of N: A, then B, then AB<sub>1</sub> … AB<sub>k</sub>, so
 * run {@code (2 + i)·N + j} differs from run {@code j} in factor i alone.
 *
 * <p>Why the sequence starts at point 2<sup>m</sup> ≥ max(N, 16): its first point is the
 * origin, which maps every factor to its lower bound (and an unbounded distribution to minus
 * infinity), and a block that starts at a power of two not below N keeps the balance of the
 * sequence's first N points when N is a power of two (SALib makes the same choice). Every
 * coordinate of the points used then lies strictly inside (0, 1).
 */
public final class SaltelliDesign implements Design {

    /** The most factors Commons Math's direction numbers allow (1000 dimensions, two per factor). */
    public static final int MAX_FACTORS = 500;

    private final List<Factor> factors;
    private final int baseSamples;
    private final double[][] a;
    private final double[][] b;

    private SaltelliDesign(List<Factor> factors, int baseSamples, double[][] a, double[][] b) {
        this.factors = factors;
        this.baseSamples = baseSamples;
        this.a = a;
        this.b = b;
    }

    /** The design for {@code factors} with {@code baseSamples} (N ≥ 2; a power of two balances best). */
    public static SaltelliDesign create(List<Factor> factors, int baseSamples) {
        List<Factor> checked = Designs.checked(factors);
        int k = checked.size();
        if (k > MAX_FACTORS) {
            throw new IllegalArgumentException("Saltelli's design takes at most " + MAX_FACTORS + " factors, not " + k);
        }
        if (baseSamples < 2) {
            throw new IllegalArgumentException("Sobol' indices need at least 2 samples, not " + baseSamples);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        double[][] a = new double[baseSamples][];
        double[][] b = new double[baseSamples][];
        double[] point = sobol.skipTo(skip(baseSamples));
        for (int j = 0; j < baseSamples; j++) {
            if (j > 0) {
                point = sobol.nextVector();
            }
            a[j] = Arrays.copyOfRange(point, 0, k);
            b[j] = Arrays.copyOfRange(point, k, 2 * k);
        }
        return new SaltelliDesign(checked, baseSamples, a, b);
    }

    /** The index of the first Sobol' point used: the smallest power of two ≥ max(N, 16). */
    static int skip(int baseSamples) {
        int n = Math.max(baseSamples, 16);
        int power = Integer.highestOneBit(n);
        return power == n ? n : power << 1;
    }

    /** N, the number of points in each of A and B. */
    public int baseSamples() {
        return baseSamples;
    }

    /** The number of runs N·(k + 2) for {@code factors} factors and N base samples. */
    public static long runs(int factors, int baseSamples) {
        return (long) baseSamples * (factors + 2);
    }

    @Override
    public Method method() {
        return Method.SOBOL;
    }

    @Override
    public List<Factor> factors() {
        return factors;
    }

    @Override
    public int size() {
        return Math.toIntExact(runs(factors.size(), baseSamples));
    }

    @Override
    public double[] unitPoint(int index) {
        Objects.checkIndex(index, size());
        int block = index / baseSamples;
        int row = index % baseSamples;
        if (block == 0) {
            return a[row].clone();
        }
        if (block == 1) {
            return b[row].clone();
        }
        double[] mixed = a[row].clone();
        int factor = block - 2;
        mixed[factor] = b[row][factor];
        return mixed;
    }
}
