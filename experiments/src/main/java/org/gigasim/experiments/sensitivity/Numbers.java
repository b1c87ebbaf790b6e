package org.gigasim.experiments.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers in sensitivity files, written as the run outputs write theirs: rounded half-even to
 * 12 significant digits from the double's exact value, in the shortest plain decimal
 * ({@code 0.25}, {@code 3170}), scientific beyond 1e20 or below 1e-12; not finite means empty.
 */
final class Numbers {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /** {@code value} rounded, or null if it is not finite. */
    static BigDecimal rounded(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return BigDecimal.valueOf((long) value);   // also turns -0.0 into 0
        }
        return new BigDecimal(value).round(PRECISION).stripTrailingZeros();
    }

    /** The cell for {@code value}: empty if it is not finite. */
    static String cell(double value) {
        BigDecimal rounded = rounded(value);
        if (rounded == null) {
            return "";
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent < -12 || exponent > 20 ? rounded.toString() : rounded.toPlainString();
    }
}
