package org.gigasim.model.contract;

/**
 * A ramp's reserved chip-hours as a cumulative function of the hours since the contract's
 * start, read in constant time: the chip-hours before each step's start are summed once per
 * ramp, and a reading adds the part of its step. The difference of two readings is the ramp's
 * chip-hours between them, equal to the step-by-step integral up to rounding (the terms add up
 * in another order).
 */
final class RampCumulative {

    private final double[] stepChips;
    /** Chip-hours of the ramp before the start of step {@code i}, for i from 0 to the number of steps. */
    private final double[] beforeStep;

    /** The cumulative of a ramp of {@code rampHours} whose step {@code i} reserves {@code stepChips[i]}. */
    RampCumulative(double[] stepChips, double rampHours) {
        this.stepChips = stepChips;
        beforeStep = new double[stepChips.length + 1];
        for (int i = 0; i < stepChips.length; i++) {
            double from = Math.min(rampHours, i * Contract.RAMP_STEP_HOURS);
            double to = Math.min(rampHours, (i + 1) * Contract.RAMP_STEP_HOURS);
            beforeStep[i + 1] = beforeStep[i] + stepChips[i] * (to - from);
        }
    }

    /** Whether this is the cumulative of the steps {@code steps} (the same array). */
    boolean isOf(double[] steps) {
        return steps == stepChips;
    }

    /** Chip-hours of the ramp from its start to {@code offsetHours} after it, for an offset within the ramp. */
    double upTo(double offsetHours) {
        // The step index as the ramp's own (robust to rounding at a step's start); its step chips apply from there.
        int i = (int) Math.floor(offsetHours / Contract.RAMP_STEP_HOURS + 1e-9);
        i = Math.max(0, Math.min(i, stepChips.length - 1));
        return beforeStep[i] + stepChips[i] * (offsetHours - i * Contract.RAMP_STEP_HOURS);
    }
}
