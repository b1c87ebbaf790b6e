package org.gigasim.model.world.routing;

import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The cash rule on on-demand buying. Before a decision's requests are granted, each lab is
 * priced what the grant would cost it an hour, at the prices the decision's sales would set;
 * a lab whose budget ({@link OnDemandBudget}) buys less keeps only the share of its grant it
 * can afford, and the rest of what it asked is unserved. The trace says when a lab starts
 * being cut and when it stops.
 */
final class OnDemandCash {

    private final Indices indices;
    private final OnDemandBudget budget;
    private final DecisionListener decisions;
    /** Whether each lab's requests were cut at the last decision. */
    private final boolean[] limited;

    OnDemandCash(Indices indices, OnDemandBudget budget, DecisionListener decisions) {
        this.indices = indices;
        this.budget = budget;
        this.decisions = decisions;
        limited = new boolean[indices.labCount()];
    }

    /**
     * The share of its grant lab {@code l} can afford at {@code t}, when the grant costs
     * {@code usdPerHour} and is worth {@code grantedH100e}: 1 if it can afford it all.
     */
    double affordableShare(double t, int l, double usdPerHour, double grantedH100e) {
        if (usdPerHour <= 0) {
            // Nothing asked: the lab's state stays as it was.
            return 1;
        }
        // The whole budget is worked out only when it may fall short: it is then in the trace.
        double usd = budget.usdPerHourUpTo(l, t, usdPerHour);
        double share = usd >= usdPerHour ? 1 : usd / usdPerHour;
        String lab = indices.lab(l).id();
        if (share < 1 && !limited[l]) {
            decisions.onDemandCashLimited(t, lab, grantedH100e, grantedH100e * share, usd);
        } else if (share >= 1 && limited[l]) {
            decisions.onDemandCashFreed(t, lab);
        }
        limited[l] = share < 1;
        return share;
    }
}
