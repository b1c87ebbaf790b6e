package org.gigasim.model.world.core;

import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.lab.Lab;

/**
 * The world's money: every dollar a lab pays is revenue its cloud recognises at the same
 * moment, so each move is one {@link #transfer}, except what an owner pays to run its own
 * capacity ({@link #own}), which its {@code self} cloud books as the owner's cost, not as
 * revenue. The ledger keeps the total moved per cause, which must equal all labs' spend and
 * all clouds' revenue plus owner costs. Money that enters a
 * lab from outside the market (its own revenue from the compute it serves, and funding
 * rounds) is booked here too, so that every lab's cash can be checked against the totals.
 */
public final class Ledger {

    /** Why money moved. */
    public enum Cause {
        /** Contract capacity, recognised ratably as it is made available (or on use, under a clause). */
        CONTRACT,
        /** Free capacity sold at the on-demand list price, by chip-hours used. */
        ON_DEMAND,
        /** A clause's charge at settlement, such as a take-or-pay shortfall. */
        CHARGE,
        /** The fee a lab pays when it cancels or defers contracted capacity. */
        PENALTY,
        /** The penalty a breached clause states, paid when a scenario event breaches it. */
        BREACH,
        /** What a lab pays to run its own capacity (a {@code self} cloud): capital recovery and power. */
        OWNED
    }

    private final double[] totalUsd = new double[Cause.values().length];
    private double labRevenueUsd;
    private double fundingUsd;

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

    /** Moves {@code usd} (if positive) from {@code owner} to run its own {@code cloud}: its spend, the cloud's owner cost. */
    public void own(Lab owner, Cloud cloud, double usd) {
        if (usd > 0) {
            cloud.bookOwnerCost(usd);
            owner.spend(usd);
            totalUsd[Cause.OWNED.ordinal()] += usd;
        }
    }

    /** Books {@code usd} (if positive) of revenue {@code lab} earned from the compute it served. */
    public void earn(Lab lab, double usd) {
        if (usd > 0) {
            lab.earn(usd);
            labRevenueUsd += usd;
        }
    }

    /** Books {@code usd} (if positive) that {@code lab} raised in a funding round. */
    public void fund(Lab lab, double usd) {
        if (usd > 0) {
            lab.raise(usd);
            fundingUsd += usd;
        }
    }

    /** Dollars moved for {@code cause} since the start. */
    public double totalUsd(Cause cause) {
        return totalUsd[cause.ordinal()];
    }

    /** Revenue all labs earned since the start. */
    public double labRevenueUsd() {
        return labRevenueUsd;
    }

    /** Cash all labs raised since the start. */
    public double fundingUsd() {
        return fundingUsd;
    }
}
