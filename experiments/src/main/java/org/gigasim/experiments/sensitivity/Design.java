package org.gigasim.experiments.sensitivity;

import java.util.List;

/**
 * The model runs a sensitivity method asks for: an ordered list of points of the unit cube,
 * one coordinate per factor, each mapped to factor values through {@link Factor#valueAt}.
 * The order matters to the method's estimator, so outputs are handed back in design order.
 */
public sealed interface Design permits SaltelliDesign, MorrisDesign, LatinHypercubeDesign {

    /** The method whose estimator reads this design's outputs. */
    Method method();

    /** The factors, in coordinate order. */
    List<Factor> factors();

    /** The number of model runs (points). */
    int size();

    /** Point {@code index} in the unit cube; a fresh copy. */
    double[] unitPoint(int index);

    /** Point {@code index} as factor values, in factor order. */
    default double[] point(int index) {
        double[] unit = unitPoint(index);
        List<Factor> factors = factors();
        double[] values = new double[unit.length];
        for (int j = 0; j < unit.length; j++) {
            values[j] = factors.get(j).valueAt(unit[j]);
        }
        return values;
    }
}
