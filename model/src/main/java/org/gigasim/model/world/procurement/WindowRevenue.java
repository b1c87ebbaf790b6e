package org.gigasim.model.world.procurement;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;

/**
 * The revenue a lab's cash rule counts over its commitment window ({@code finance.window_revenue},
 * docs/model.md section 9a).
 *
 * <p>{@code served_now}: the effective H100e of inference served at the last routing decision,
 * at today's revenue per H100e-hour, for the whole window (no growth).
 *
 * <p>{@code held_capacity}: the window is cut into {@code n = ceil(window / 730 h)} equal steps
 * (months for a window of whole months). On step {@code [a, b)} with midpoint {@code m} the lab
 * earns {@code min(I(m), max(0, H(m) − T)) × R(a, b)}: {@code I} its inference forecast (three
 * classes, no noise), {@code H} the effective H100e its contracts reserve at {@code m} (ramps
 * included) plus the chips its own clouds will have powered then as planned, each rated by the
 * lab's efficiency at {@code m}, {@code T} its expected training load now, and {@code R(a, b)} the
 * exact integral of its revenue per H100e-hour over the step, growth included. Capacity arriving
 * later in the window (a contract that ramps in) thus earns from when it arrives, and capacity
 * beyond the forecast earns nothing.
 *
 * <p>Held capacity is read once a month (a step of the grid, {@link #STEP_HOURS}, counted from the
 * run's start: at the lab's first read in it) and again whenever its contracts change, so the many
 * reads of a month's routing decisions cost one pass over its contracts.
 * An on-demand decision that the lab's cash covers does not read it at all
 * ({@link CommitmentLimit#onDemandBudgetUpTo}).
 */
final class WindowRevenue {

    /** Target width of a step of the held-capacity grid: a month. */
    static final double STEP_HOURS = 8760.0 / 12;

    private final Indices indices;
    private final Contracts contracts;
    private final IntToDoubleFunction servedInferenceH100e;
    private final IntToDoubleFunction trainingLoadH100e;
    /** Per lab: the month (of {@link #STEP_HOURS} from the start) the cached revenue was worked out in (−1: never). */
    private final long[] cachedMonth;
    /** Per lab: the revenue worked out then. */
    private final double[] cachedUsd;
    /** Per lab: the terms of its contracts then (chips, start, end, ramp of each), to see a change. */
    private final double[][] cachedTerms;
    /** Per lab: how many contracts {@link #cachedTerms} holds (−1: none recorded yet). */
    private final int[] cachedCount;
    /** Per lab: the sum of its contracts' {@link Contract#termChanges()} when the terms were recorded. */
    private final long[] cachedTermChanges;
    /** Scratch of the held-capacity grid, per step: its midpoint, the lab's efficiencies then (by accelerator index), H100e held. */
    private double[] midpoints = new double[0];
    private double[][] efficiency = new double[0][];
    private double[][] ownedChips = new double[0][];
    private double[] held = new double[0];

    WindowRevenue(Indices indices, Contracts contracts, IntToDoubleFunction servedInferenceH100e,
            IntToDoubleFunction trainingLoadH100e) {
        this.indices = indices;
        this.contracts = contracts;
        this.servedInferenceH100e = servedInferenceH100e;
        this.trainingLoadH100e = trainingLoadH100e;
        int labs = indices.labCount();
        cachedMonth = new long[labs];
        Arrays.fill(cachedMonth, -1);
        cachedUsd = new double[labs];
        cachedTerms = new double[labs][];
        cachedCount = new int[labs];
        Arrays.fill(cachedCount, -1);
        cachedTermChanges = new long[labs];
    }

    /** USD lab {@code l} (with finance) counts on earning over the {@code windowHours} from {@code t}. */
    double usd(int l, double t, double windowHours) {
        Lab lab = indices.lab(l);
        if (!lab.spec().finance().countsHeldCapacity()) {
            return servedInferenceH100e.applyAsDouble(l) * lab.revenueUsdPerH100eHour(t) * windowHours;
        }
        long month = (long) Math.floor(t / STEP_HOURS);
        boolean changed = termsChanged(l, contracts.ofLab(l));
        if (cachedMonth[l] != month || changed) {
            cachedMonth[l] = month;
            cachedUsd[l] = heldCapacityUsd(lab, l, t, windowHours, trainingLoadH100e.applyAsDouble(l));
        }
        return cachedUsd[l];
    }

    /** The held-capacity revenue over {@code [t, t + windowHours)}, on the monthly grid, uncached. */
    double heldCapacityUsd(Lab lab, int l, double t, double windowHours, double trainingH100e) {
        int steps = Math.max(1, (int) Math.ceil(windowHours / STEP_HOURS - 1e-9));
        double width = windowHours / steps;
        if (midpoints.length != steps) {
            midpoints = new double[steps];
            efficiency = new double[steps][indices.acceleratorCount()];
            ownedChips = new double[steps][indices.acceleratorCount()];
            held = new double[steps];
        }
        for (int k = 0; k < steps; k++) {
            midpoints[k] = t + k * width + width / 2;
            lab.efficiencies(indices.acceleratorIds(), midpoints[k], efficiency[k]);
        }
        Pipeline.ownedH100e(indices, l, t, midpoints, true, efficiency, ownedChips, held);
        addContracted(held, contracts.ofLab(l), midpoints, efficiency);
        double usd = 0;
        for (int k = 0; k < steps; k++) {
            double a = t + k * width;
            double m = midpoints[k];
            double forecast = lab.inferenceForecast(m);
            double servable = Math.min(forecast, Math.max(0, held[k] - trainingH100e));
            usd += servable * lab.revenueUsdPerH100e(a, a + width);
        }
        return usd;
    }

    /**
     * Adds to {@code held[k]} the effective H100e the lab's {@code contracts} reserve at {@code midpoints[k]} (ascending), rated by the lab's
     * {@code efficiency[k]} (by accelerator index). Each step gains its contracts' H100e in the
     * lab's order; a contract adds nothing before its first reserving hour or once ended, and
     * those steps are not read.
     */
    private void addContracted(double[] held, List<Contract> contracts, double[] midpoints, double[][] efficiency) {
        for (Contract contract : contracts) {
            int a = contract.acceleratorIndex();
            double h100e = indices.accelerator(a).h100e();
            double first = contract.firstReservingHours();
            for (int k = 0; k < midpoints.length; k++) {
                double m = midpoints[k];
                if (m < first) {
                    continue;
                }
                if (contract.endedBy(m)) {
                    break;
                }
                double chips = contract.reservedChips(m);
                if (chips != 0) {
                    held[k] += chips * h100e * efficiency[k][a];
                }
            }
        }
    }

    /**
     * Whether lab {@code l}'s {@code contracts} reserve on other terms than recorded: only when a
     * contract was signed or may have changed its terms since are they compared one by one
     * ({@link #recordTerms}), as the change counts only grow.
     */
    private boolean termsChanged(int l, List<Contract> contracts) {
        int n = contracts.size();
        long changes = 0;
        for (int i = 0; i < n; i++) {
            changes += contracts.get(i).termChanges();
        }
        if (n == cachedCount[l] && changes == cachedTermChanges[l]) {
            return false;
        }
        cachedTermChanges[l] = changes;
        return recordTerms(l, contracts);
    }

    /**
     * Records in {@code cachedTerms[l]} what of lab {@code l}'s {@code contracts} fixes the capacity
     * they reserve (chips, start, end and ramp of each), reusing the array; true if it differs from
     * what was recorded before.
     */
    private boolean recordTerms(int l, List<Contract> contracts) {
        int n = contracts.size();
        double[] terms = cachedTerms[l];
        boolean changed = false;
        if (terms == null || terms.length < 4 * n) {
            terms = Arrays.copyOf(terms == null ? new double[0] : terms, Math.max(16, 8 * n));
            cachedTerms[l] = terms;
        }
        if (cachedCount[l] != n) {
            cachedCount[l] = n;
            changed = true;
        }
        for (int i = 0; i < n; i++) {
            Contract c = contracts.get(i);
            int at = 4 * i;
            double chips = c.fullChips();
            double start = c.startHours();
            double end = c.endHours();
            double ramp = c.rampHours();
            if (terms[at] != chips || terms[at + 1] != start || terms[at + 2] != end || terms[at + 3] != ramp) {
                terms[at] = chips;
                terms[at + 1] = start;
                terms[at + 2] = end;
                terms[at + 3] = ramp;
                changed = true;
            }
        }
        return changed;
    }
}
