package org.gigasim.model.spec;

/**
 * A contract's deferral right: before the contract starts, its lab may move part or all of
 * it {@code shiftDays} later (start and end alike, so the term, ramp, price and value are
 * unchanged) by paying, at once, {@code feeShare} of the value it moves.
 *
 * @param shiftDays how far a deferred part moves, in whole days (1 to 3650)
 * @param feeShare  the share of the deferred value paid to the cloud at once (0 to 1)
 */
public record DeferralSpec(Integer shiftDays, Double feeShare) {

    /** The longest deferral accepted: ten years. */
    public static final int MAX_SHIFT_DAYS = 3650;

    public DeferralSpec {
        Checks.require("deferral shift_days", shiftDays);
        if (shiftDays < 1 || shiftDays > MAX_SHIFT_DAYS) {
            throw new IllegalArgumentException("deferral shift_days must be from 1 to " + MAX_SHIFT_DAYS + ", but was "
                    + shiftDays);
        }
        feeShare = Checks.fraction("deferral fee_share", Checks.orDefault(feeShare, 0));
    }
}
