package org.gigasim.model.world.core;

import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.lab.Lab;

/**
 * The world's money: every dollar a lab pays is revenue its cloud recognises at the same
 * moment, so each move is one {@link #transfer}. The ledger keeps the total moved per
 * cause, which must equal both all clouds' revenue and all labs' spend.
 */
public final class Ledger {

    /** Why money moved. */
    public enum Cause {
        /** Contract capacity, recognised ratably as it is made available (or on use, under a clause). */
        CONTRACT,
        /** Free capacity sold at the on-demand list price, by chip-hours used. */
        ON_DEMAND,
        /** A clause's charge at settlement, such as a take-or-pay shortfall. */
        CHARGE
    }

    private final double[] totalUsd = new double[Cause.values().length];

    /** Moves {@code usd} (if positive) from {@code lab} to {@code cloud}: the lab's spend, the cloud's revenue. */
    public void transfer(Lab lab, Cloud cloud, double usd, Cause cause) {
        if (usd > 0) {
            cloud.recognise(usd);
            if (cause == Cause.ON_DEMAND) {
                cloud.recogniseOnDemand(usd);
            }
            lab.spend(usd);
            totalUsd[cause.ordinal()] += usd;
        }
    }

    /** Dollars moved for {@code cause} since the start. */
    public double totalUsd(Cause cause) {
        return totalUsd[cause.ordinal()];
    }
}
