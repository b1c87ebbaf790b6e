package org.gigasim.model.world.procurement;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;

/**
 * The cash rule a lab with finance signs by: its obligations due within its commitment
 * window (its cash read as of the day's check, so that no decision depends on when samples
 * were taken) (the next {@code commitment_years}) — what its contracts will bill over the window,
 * what running its own clouds will cost over it (chips owned and planned, {@link Pipeline#ownedCostUsd})
 * and what the new contract would — may not exceed its cash, its credit line and its
 * revenue over the window at today's rate (the inference it serves now, at today's revenue
 * per H100e-hour, without growth; or, with {@code window_revenue: held_capacity}, what the capacity
 * it will hold over the window can serve of its forecast, at the rate of each time: {@link WindowRevenue}).
 * Obligations roll off as they are billed and rounds and
 * revenue add cash, so a lab that was limited may sign again later: there is no lifetime cap.
 * A lab without finance is not limited.
 *
 * <p>On-demand buying answers to the same rule: a lab may spend on demand at a rate that,
 * kept up over its whole window, would use its headroom and no more ({@link #onDemandBudgetUsdPerHour}).
 * A lab whose contracts already take all its headroom buys nothing on demand.
 *
 * <p>Since the rule is read at every on-demand decision, each contract's chip-hours over the
 * window are read in constant time ({@link Contract#windowChipHours}: a ramp's cumulative
 * chip-hours at the window's two ends, rather than a sum over the ramp's monthly steps).
 */
final class CommitmentLimit {

    private static final double HOURS_PER_YEAR = 8760;

    private final Indices indices;
    private final Contracts contracts;
    private final WindowRevenue revenue;

    /** @param trainingLoadH100e each lab's expected training load, which its held capacity serves before inference */
    CommitmentLimit(Indices indices, Contracts contracts, IntToDoubleFunction servedInferenceH100e,
            IntToDoubleFunction trainingLoadH100e) {
        this.indices = indices;
        this.contracts = contracts;
        this.revenue = new WindowRevenue(indices, contracts, servedInferenceH100e, trainingLoadH100e);
    }

    /** Hours of lab {@code l}'s commitment window, or infinity without finance. */
    double windowHours(Lab lab) {
        FinanceSpec finance = lab.spec().finance();
        return finance == null ? Double.POSITIVE_INFINITY : finance.commitmentYears() * HOURS_PER_YEAR;
    }

    /** USD of new obligations within the window from {@code t} that lab {@code l} may still take on (infinite without finance). */
    double headroomUsd(int l, double t) {
        Lab lab = indices.lab(l);
        FinanceSpec finance = lab.spec().finance();
        if (finance == null) {
            return Double.POSITIVE_INFINITY;
        }
        double window = windowHours(lab);
        double obligations = obligationsUsd(l, t, window);
        return lab.checkedCashUsd() + finance.creditLineUsd() + revenue.usd(l, t, window) - obligations;
    }

    /** What lab {@code l}'s contracts bill, and running its own clouds costs, over {@code window} hours from {@code t}. */
    private double obligationsUsd(int l, double t, double window) {
        double obligations = 0;
        // Read at every on-demand decision of the lab: each contract's window in constant time, not step by step.
        List<Contract> held = contracts.ofLab(l);
        for (int i = 0; i < held.size(); i++) {
            Contract contract = held.get(i);
            obligations += contract.priceUsdPerChipHour() * contract.windowChipHours(t, t + window);
        }
        // Running its own campuses is an obligation too: the chips it owns and those it has ordered.
        obligations += Pipeline.ownedCostUsd(indices, l, t, t, t + window);
        return obligations;
    }

    /**
     * USD per hour lab {@code l} may spend on demand from {@code t}: its headroom spread over its
     * commitment window, 0 when it has none left, infinite without finance.
     */
    double onDemandBudgetUsdPerHour(int l, double t) {
        Lab lab = indices.lab(l);
        if (lab.spec().finance() == null) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, headroomUsd(l, t)) / windowHours(lab);
    }

    /**
     * {@link #onDemandBudgetUsdPerHour} of lab {@code l} at {@code t} as far as spending
     * {@code usdPerHour} needs it: revenue only adds to the headroom (it is never negative), so
     * when cash and credit less obligations already cover the spending, {@code usdPerHour} is
     * returned without working out the revenue (a lab that can pay from its cash does not read its
     * window revenue); otherwise the budget itself, the obligations summed once.
     */
    double onDemandBudgetUpTo(int l, double t, double usdPerHour) {
        Lab lab = indices.lab(l);
        FinanceSpec finance = lab.spec().finance();
        if (finance == null) {
            return Double.POSITIVE_INFINITY;
        }
        double window = windowHours(lab);
        double obligations = obligationsUsd(l, t, window);
        double cashAndCredit = lab.checkedCashUsd() + finance.creditLineUsd();
        // The same sums as headroomUsd, revenue left out: rounding is monotone, so adding revenue >= 0 cannot lower them.
        if (Math.max(0, cashAndCredit - obligations) / window >= usdPerHour) {
            return usdPerHour;
        }
        return Math.max(0, cashAndCredit + revenue.usd(l, t, window) - obligations) / window;
    }

    /** Whether {@link #onDemandBudgetUsdPerHour} of lab {@code l} at {@code t} is at least {@code usdPerHour}. */
    boolean onDemandBudgetCovers(int l, double t, double usdPerHour) {
        return onDemandBudgetUpTo(l, t, usdPerHour) >= usdPerHour;
    }

    /** What a contract of {@code chips} from {@code start} to {@code end}, ramping over {@code ramp}, bills within the window. */
    static double windowValueUsd(double chips, double price, double start, double end, double ramp, double t,
            double window) {
        return price * Contract.termChipHours(chips, start, end, ramp, t, t + window);
    }
}
