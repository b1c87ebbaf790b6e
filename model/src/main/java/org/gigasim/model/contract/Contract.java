package org.gigasim.model.contract;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseHolder;

/**
 * A contract's state. It reserves {@code fullChips} of one accelerator from start to end,
 * ramping up in monthly steps over the ramp; the cloud recognises revenue ratably as it makes the
 * reserved chips available, and forfeits what it fails to provide. While a clause that
 * {@linkplain org.gigasim.model.clause.Clause#billsOnUse() bills on use} is active, it
 * recognises the chip-hours used instead, and forfeits the rest unless a settlement
 * {@linkplain #charge(double) charge} claims it. A lab may {@linkplain #cancel cancel} part of
 * the capacity still ahead (paying a share of it as a penalty, which the cloud recognises), and
 * a lab that defaults {@linkplain #terminate terminates} the rest of the term. A contract with a
 * {@linkplain #allowDeferral deferral right} may have part of it moved later before it starts
 * (the moved part becomes a contract of its own; a {@linkplain #payFee fee} paid for it is
 * recognised and added to the signed value). For every
 * contract, signed value = recognised + forfeited + remaining + cancelled + defaulted, where
 * remaining is the price times the reserved chip-hours still ahead.
 */
public final class Contract implements ClauseHolder {

    private final String id;
    private final String lab;
    private final String cloud;
    private final String accelerator;
    private final int labIndex;
    private final int acceleratorIndex;
    private double mw;
    private double fullChips;
    private double startHours;
    private double endHours;
    private double rampHours;
    private double priceUsdPerChipHour;
    private final double signedHours;
    private double signedValueUsd;
    private final String decidedBy;
    private final String site;
    private final String region;
    private final List<ActiveClause> clauses = new ArrayList<>();
    private double recognisedUsd;
    private double forfeitedUsd;
    private double cancelledUsd;
    private double defaultedUsd;
    private double allocatedChips;
    private double usedChips;
    private double usedChipHours;
    private boolean mayBillOnUse;
    private double usedOnUseChipHours;
    private double usedOnUseSettled;
    private double availableFraction = 1.0;
    private double settledUntil = Double.NEGATIVE_INFINITY;
    private double deferralShiftHours;
    private double deferralFeeShare;
    /** How many times the terms (chips, start, end, ramp) may have changed since signing. */
    private int termChanges;
    /** The ramp's step chips and the (full chips, start, ramp) they were computed for. */
    private double[] rampStepsChips;
    private double[] rampStepsFor;
    /** The terms count at the last {@link #allocate}, and a time until which its reservation holds. */
    private int allocatedTerms = -1;
    private double allocatedUntil = Double.NEGATIVE_INFINITY;
    /** The whole term's chip-hours, and the {@link #termChanges} count they were computed at (-1: not yet). */
    private double wholeTerm;
    private int wholeTermAt = -1;
    /** The ramp's cumulative chip-hours, for {@link #windowChipHours}; rebuilt when the steps are. */
    private RampCumulative rampCumulative;

    /**
     * The reservation as it was before each amendment or cancellation after the start, oldest
     * first: terms {@code i} held until {@code past[i].untilHours()}. A change rewrites the terms
     * from its time on, so reading the past (a settlement clause's quarter) needs the old ones.
     * Null until the first such change.
     */
    private List<PastTerms> past;

    /** Terms of the reservation in force until {@code untilHours}. */
    private record PastTerms(double untilHours, double fullChips, double startHours, double endHours,
            double rampHours) {
    }

    /**
     * A contract signed at {@code signedHours}; its accounting (signed value, backlog)
     * covers the term from {@code max(signedHours, startHours)} on.
     */
    public Contract(String id, String lab, String cloud, String accelerator, int labIndex, int acceleratorIndex,
            double mw, double fullChips, double startHours, double endHours, double rampHours,
            double priceUsdPerChipHour, double signedHours, String decidedBy) {
        this(id, lab, cloud, accelerator, labIndex, acceleratorIndex, mw, fullChips, startHours, endHours, rampHours,
                priceUsdPerChipHour, signedHours, decidedBy, null, null);
    }

    /**
     * A contract whose capacity is reserved at {@code site} (in {@code region}) or, with a
     * null site, in {@code region}; with both null it is pooled over the whole cloud.
     */
    public Contract(String id, String lab, String cloud, String accelerator, int labIndex, int acceleratorIndex,
            double mw, double fullChips, double startHours, double endHours, double rampHours,
            double priceUsdPerChipHour, double signedHours, String decidedBy, String site, String region) {
        this.site = site;
        this.region = region;
        this.id = id;
        this.lab = lab;
        this.cloud = cloud;
        this.accelerator = accelerator;
        this.labIndex = labIndex;
        this.acceleratorIndex = acceleratorIndex;
        this.mw = mw;
        this.fullChips = fullChips;
        this.startHours = startHours;
        this.endHours = endHours;
        this.rampHours = rampHours;
        this.priceUsdPerChipHour = priceUsdPerChipHour;
        this.signedHours = signedHours;
        this.decidedBy = decidedBy;
        this.signedValueUsd = priceUsdPerChipHour * reservedChipHours(Math.max(signedHours, startHours), endHours);
    }

    /** Chips reserved at {@code t}: zero outside the term, ramping up in monthly steps from the start. */
    public double reservedChips(double t) {
        if (beforeLastChange(t)) {
            for (PastTerms terms : past) {
                if (t < terms.untilHours()) {
                    return chipsAt(terms.fullChips(), terms.startHours(), terms.endHours(), terms.rampHours(), t);
                }
            }
        }
        return chipsAt(fullChips, startHours, endHours, rampHours, t);
    }

    /** The earliest hour at which the contract reserves chips under any of its terms, past or current. */
    public double firstReservingHours() {
        double first = startHours;
        if (past != null) {
            for (PastTerms terms : past) {
                first = Math.min(first, terms.startHours());
            }
        }
        return first;
    }

    /** Whether the contract reserves no chips at {@code t} or at any later time: its current terms have ended. */
    public boolean endedBy(double t) {
        return t >= endHours && !beforeLastChange(t);
    }

    /** Whether {@code t} falls before the last amendment or cancellation, when other terms were in force. */
    private boolean beforeLastChange(double t) {
        return past != null && t < past.get(past.size() - 1).untilHours();
    }

    /** Chips a reservation of these terms holds at {@code t}, its ramp computed step by step. */
    private static double chipsAt(double fullChips, double start, double end, double ramp, double t) {
        if (t < start || t >= end) {
            return 0;
        }
        return ramp <= 0 || t >= start + ramp ? fullChips : rampStepChips(fullChips, start, ramp, rampStep(start, t));
    }

    /**
     * Reserved chip-hours between {@code a} and {@code b}, integrated exactly; before an
     * amendment or cancellation, under the terms then in force.
     */
    public double reservedChipHours(double a, double b) {
        if (!beforeLastChange(a)) {
            if (a <= startHours && b >= endHours) {
                return wholeTermChipHours();
            }
            return integrate(fullChips, startHours, endHours, rampHours, a, b, rampSteps());
        }
        double total = 0;
        double lo = a;
        for (PastTerms terms : past) {
            double hi = Math.min(b, terms.untilHours());
            if (hi > lo) {
                total += integrate(terms.fullChips(), terms.startHours(), terms.endHours(), terms.rampHours(), lo, hi,
                        null);
                lo = hi;
            }
        }
        return b > lo ? total + integrate(fullChips, startHours, endHours, rampHours, lo, b, rampSteps()) : total;
    }

    /**
     * The chip-hours of the whole current term, {@link #integrate} over it, computed once per set of
     * terms: a contract not yet started is read whole at every sample (its backlog).
     */
    private double wholeTermChipHours() {
        if (wholeTermAt != termChanges) {
            wholeTerm = integrate(fullChips, startHours, endHours, rampHours, startHours, endHours, rampSteps());
            wholeTermAt = termChanges;
        }
        return wholeTerm;
    }

    /** Keeps the terms in force before a change at {@code t}, so the past still reads as it was reserved. */
    private void keepPast(double t) {
        if (t <= startHours) {
            return; // nothing was reserved yet under either terms
        }
        if (past == null) {
            past = new ArrayList<>(2);
        }
        past.add(new PastTerms(t, fullChips, startHours, endHours, rampHours));
    }

    /**
     * Reserved chip-hours between {@code a} and {@code b} in constant time, for decisions that read
     * many contracts over long windows (a lab's cash rule reads two years of each of its contracts
     * at every on-demand decision). Outside the ramp it is {@link #reservedChipHours}, bit for bit;
     * over the ramp it is the difference of the ramp's cumulative chip-hours at the two ends
     * ({@link RampCumulative}), which rounds differently from the step-by-step sum, by about 1e-16
     * of the ramp's chip-hours. Money settles with {@link #reservedChipHours}.
     */
    public double windowChipHours(double a, double b) {
        if (beforeLastChange(a)) {
            return reservedChipHours(a, b);
        }
        double lo = Math.max(a, startHours);
        double hi = Math.min(b, endHours);
        if (hi <= lo) {
            return 0;
        }
        double rampEnd = startHours + rampHours;
        if (rampHours <= 0 || lo >= rampEnd) {
            return fullChips * (hi - lo);
        }
        double[] steps = rampSteps();
        if (rampCumulative == null || !rampCumulative.isOf(steps)) {
            rampCumulative = new RampCumulative(steps, rampHours);
        }
        double total = rampCumulative.upTo(Math.min(hi, rampEnd) - startHours) - rampCumulative.upTo(lo - startHours);
        if (hi > rampEnd) {
            total += fullChips * (hi - rampEnd);
        }
        return total;
    }

    /**
     * The chips of each step of the current ramp ({@link #rampStepChips}), computed once per
     * ramp: settlement integrates the ramp many times over. Null without a ramp.
     */
    private double[] rampSteps() {
        if (rampHours <= 0) {
            return null;
        }
        if (rampStepsChips == null || rampStepsFor[0] != fullChips || rampStepsFor[1] != startHours
                || rampStepsFor[2] != rampHours) {
            rampStepsChips = new double[(int) Math.ceil(rampHours / RAMP_STEP_HOURS) + 1];
            for (int i = 0; i < rampStepsChips.length; i++) {
                rampStepsChips[i] = rampStepChips(fullChips, startHours, rampHours, i);
            }
            rampStepsFor = new double[] {fullChips, startHours, rampHours};
        }
        return rampStepsChips;
    }

    /**
     * Chip-hours between {@code a} and {@code b} of a reservation of {@code fullChips} from
     * {@code start} to {@code end} that ramps up over {@code ramp} hours. The ramp is a
     * staircase of {@link #RAMP_STEP_HOURS}-hour steps (ramp months of 30 days; the last one
     * shorter if the ramp is not whole months), each at the mean of the straight line from 0
     * to {@code fullChips} over the step, so a whole step holds exactly the chip-hours of a
     * linear ramp while the reservation stays constant between steps, as the event-driven
     * routing needs.
     */
    public static double termChipHours(double fullChips, double start, double end, double ramp, double a, double b) {
        return integrate(fullChips, start, end, ramp, a, b, null);
    }

    /** {@link #termChipHours}, reading step {@code i}'s chips from {@code stepChips[i]} where given. */
    private static double integrate(double fullChips, double start, double end, double ramp, double a, double b,
            double[] stepChips) {
        double lo = Math.max(a, start);
        double hi = Math.min(b, end);
        if (hi <= lo) {
            return 0;
        }
        double total = 0;
        double rampEnd = start + ramp;
        if (ramp > 0 && lo < rampEnd) {
            double last = Math.min(hi, rampEnd);
            int i = Math.max(0, rampStep(start, lo) - 1);
            double stepStart = start + i * RAMP_STEP_HOURS;
            while (stepStart < last) {
                double stepEnd = start + (i + 1) * RAMP_STEP_HOURS;
                double from = Math.max(lo, stepStart);
                double to = Math.min(last, stepEnd);
                if (to > from) {
                    double chips = stepChips != null && i < stepChips.length ? stepChips[i]
                            : rampStepChips(fullChips, start, ramp, i);
                    total += chips * (to - from);
                }
                stepStart = stepEnd;
                i++;
            }
            lo = rampEnd;
        }
        if (hi > lo) {
            total += fullChips * (hi - lo);
        }
        return total;
    }

    /**
     * Hours of one step of a ramp: a ramp month of 30 days. A contract starts at a midnight, so
     * its steps begin at midnights too, and change the reservation with the day's other changes.
     */
    public static final double RAMP_STEP_HOURS = 720;

    /** Hours of a ramp of {@code months} ramp months (a scenario's or a policy's {@code ramp_months}). */
    public static double rampHoursOfMonths(double months) {
        return months * RAMP_STEP_HOURS;
    }

    /** The index of the ramp step that holds {@code t}, robust to rounding at step boundaries. */
    private static int rampStep(double start, double t) {
        return (int) Math.floor((t - start) / RAMP_STEP_HOURS + 1e-9);
    }

    /** Chips reserved during step {@code i} of a ramp: the linear ramp's mean over the step. */
    private static double rampStepChips(double fullChips, double start, double ramp, int i) {
        double from = i * RAMP_STEP_HOURS;
        double to = Math.min(ramp, (i + 1) * RAMP_STEP_HOURS);
        return fullChips * (from + to) / (2 * ramp);
    }

    /** The times after the start at which the reservation changes: each ramp step's start after the first. */
    public double[] rampStepTimes() {
        if (rampHours <= 0) {
            return new double[0];
        }
        int steps = (int) Math.ceil(rampHours / RAMP_STEP_HOURS - 1e-9);
        double[] times = new double[steps];
        for (int i = 1; i < steps; i++) {
            times[i - 1] = startHours + i * RAMP_STEP_HOURS;
        }
        times[steps - 1] = startHours + rampHours;
        return times;
    }

    /**
     * Accrues the lab's use of the contract over [{@code from}, {@code to}), during which
     * the rates set by the last {@link #allocate} held: to the contract, to each clause
     * active over the interval, and to the on-use bill while a clause bills on use.
     */
    public void accrueUse(double from, double to) {
        if (usedChips <= 0 || to <= from) {
            return;
        }
        double used = usedChips * (to - from);
        usedChipHours += used;
        for (int i = 0; i < clauses.size(); i++) {
            ActiveClause clause = clauses.get(i);
            if (clause.isActiveAt(from)) {
                clause.addUsed(used);
            }
        }
        if (mayBillOnUse && billedOnUse(from)) {
            usedOnUseChipHours += used;
        }
    }

    /**
     * Records a routing decision at {@code t}: the cloud makes {@code allocatedChips}
     * available from now on, of which the lab uses {@code usedChips}. Money accrues lazily:
     * only when the available fraction of the reservation changes is the interval since
     * the last change settled. Returns the revenue recognised by that settlement, if any.
     */
    public double allocate(double t, double allocatedChips, double usedChips) {
        allocatedTerms = termChanges;
        allocatedUntil = reservationHeldUntil(t);
        if (allocatedChips == 0 && this.allocatedChips == 0 && availableFraction == 1.0
                && (t < startHours || t >= endHours) && !beforeLastChange(t)) {
            // Outside its term and given nothing, as at the last decision: it reserves nothing, so
            // its available fraction stays 1 and nothing settles (most of a cloud's contracts, most decisions).
            this.usedChips = Math.min(usedChips, 0);
            return 0;
        }
        double reserved = reservedChips(t);
        double fraction = reserved <= 0 ? 1.0 : Math.min(1.0, allocatedChips / reserved);
        double recognised = 0;
        if (fraction != availableFraction) {
            recognised = settleTo(t);
            availableFraction = fraction;
        }
        this.allocatedChips = allocatedChips;
        this.usedChips = Math.min(usedChips, allocatedChips);
        return recognised;
    }

    /**
     * {@link #allocate} at {@code t} when it can only change the chips used: the same chips are
     * allocated as at the last allocation (bit for bit), under the same terms, and the reservation
     * has not stepped since, so the available fraction stays and nothing settles. Sets the chips
     * used as {@link #allocate} would and returns true; returns false, changing nothing, otherwise.
     */
    public boolean keepAllocation(double t, double allocatedChips, double usedChips) {
        if (t >= allocatedUntil || termChanges != allocatedTerms
                || Double.doubleToRawLongBits(allocatedChips) != Double.doubleToRawLongBits(this.allocatedChips)) {
            return false;
        }
        this.usedChips = Math.min(usedChips, allocatedChips);
        return true;
    }

    /**
     * A time until which {@link #reservedChips} stays as at {@code t} under the current terms:
     * the start, the next ramp step (a little before it, as {@link #rampStep} rounds up to a
     * step within 1e-9 of a step's length), the end. Never later than the first change.
     */
    private double reservationHeldUntil(double t) {
        if (beforeLastChange(t)) {
            return t;
        }
        if (t < startHours) {
            return startHours;
        }
        if (t >= endHours) {
            return Double.POSITIVE_INFINITY;
        }
        double rampEnd = startHours + rampHours;
        if (rampHours > 0 && t < rampEnd) {
            double nextStep = startHours + (rampStep(startHours, t) + 1) * RAMP_STEP_HOURS;
            return Math.min(rampEnd, nextStep - RAMP_STEP_HOURS * 1e-6);
        }
        return endHours;
    }

    /**
     * Settles the money of [last settlement, t): the available fraction of the reserved
     * chip-hours is recognised (the chip-hours used, while billed on use), the rest
     * forfeited. Returns the revenue recognised.
     */
    public double settleTo(double t) {
        double from = Math.max(settledUntil, signedHours);
        if (t <= from) {
            return 0;
        }
        if (!mayBillOnUse && (from >= endHours || t <= startHours)) {
            // No reserved chip-hours in [from, t): nothing to recognise or forfeit (the daily cash check's common case).
            settledUntil = t;
            return 0;
        }
        double chipHours = reservedChipHours(from, t);
        double recognised;
        if (!mayBillOnUse) {
            recognised = availableFraction * chipHours * priceUsdPerChipHour;
        } else {
            recognised = (usedOnUseChipHours - usedOnUseSettled) * priceUsdPerChipHour;
            usedOnUseSettled = usedOnUseChipHours;
            for (double a = from; a < t;) {
                double b = nextBillingChange(a, t);
                if (!billedOnUse(a)) {
                    recognised += availableFraction * reservedChipHours(a, b) * priceUsdPerChipHour;
                }
                a = b;
            }
        }
        recognisedUsd += recognised;
        forfeitedUsd += chipHours * priceUsdPerChipHour - recognised;
        settledUntil = t;
        return recognised;
    }

    /**
     * Charges the lab {@code usd} of value the contract has forfeited so far (a settlement
     * clause's minimum payment): it moves from forfeited to recognised, capped at what was
     * forfeited. Returns the amount charged.
     */
    public double charge(double usd) {
        double charged = Math.max(0, Math.min(usd, forfeitedUsd));
        recognisedUsd += charged;
        forfeitedUsd -= charged;
        return charged;
    }

    private boolean billedOnUse(double t) {
        for (int i = 0; i < clauses.size(); i++) {
            ActiveClause clause = clauses.get(i);
            if (clause.clause().billsOnUse() && clause.isActiveAt(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first time after {@code a} and before {@code t} at which a billing clause starts or ends, else t. */
    private double nextBillingChange(double a, double t) {
        double next = t;
        for (ActiveClause clause : clauses) {
            if (clause.clause().billsOnUse()) {
                for (double edge : new double[] {clause.fromHours(), clause.untilHours()}) {
                    if (edge > a && edge < next) {
                        next = edge;
                    }
                }
            }
        }
        return next;
    }

    /**
     * Amends the contract at {@code t}: new capacity (chips and facility MW), end and price
     * apply from {@code t} on. Money up to {@code t} is settled first; the signed value
     * changes by the change in the remaining value, so signed = recognised + forfeited +
     * remaining still holds. Returns the change in value (USD).
     */
    public double amend(double t, double newMw, double newFullChips, double newEndHours, double newPrice) {
        settleTo(t);
        // What remained under the old terms, measured before the ramp changes below.
        double before = remainingUsd(t);
        keepPast(t);
        termChanges++;
        if (t > startHours && newFullChips != fullChips && rampHours > 0 && t < startHours + rampHours) {
            // Keep the formula simple: an amendment during the ramp ends the ramp.
            rampHours = t - startHours;
        }
        mw = newMw;
        fullChips = newFullChips;
        endHours = Math.max(t, newEndHours);
        priceUsdPerChipHour = newPrice;
        double change = remainingUsd(t) - before;
        signedValueUsd += change;
        return change;
    }

    /**
     * Cancels capacity from {@code t} on: the contract keeps {@code newFullChips} (and
     * {@code newMw}) for the rest of its term. Of the value removed from what remains, the
     * share {@code penalty} is paid at once (recognised) and the rest is cancelled; the signed
     * value does not change. Money up to {@code t} is settled first (returned in
     * {@code settledUsd[0]}, to be moved through the ledger like any settlement). Returns the
     * penalty (USD); {@link #cancelledUsd()} grows by the rest.
     */
    public double cancel(double t, double newMw, double newFullChips, double penalty, double[] settledUsd) {
        settledUsd[0] = settleTo(t);
        double before = remainingUsd(t);
        // The whole reservation ahead scales down, a ramp included, so what remains can only fall.
        keepPast(t);
        termChanges++;
        mw = newMw;
        fullChips = Math.min(fullChips, newFullChips);
        double removed = Math.max(0, before - remainingUsd(t));
        double fee = penalty * removed;
        recognisedUsd += fee;
        cancelledUsd += removed - fee;
        return fee;
    }

    /**
     * Ends the contract at {@code t} because its lab defaulted: money up to {@code t} is
     * settled (returned, to be moved through the ledger), and everything that remained is
     * written off as defaulted (see {@link #defaultedUsd()}); the signed value does not change.
     */
    public double terminate(double t) {
        double settled = settleTo(t);
        defaultedUsd += remainingUsd(t);
        // A contract that had not started ends at its start: an empty term.
        termChanges++;
        endHours = Math.max(t, startHours);
        return settled;
    }

    /**
     * Gives the contract a deferral right: before it starts, its lab may move part of it
     * {@code shiftHours} later for {@code feeShare} of the value moved (0 hours: no right).
     */
    public void allowDeferral(double shiftHours, double feeShare) {
        this.deferralShiftHours = shiftHours;
        this.deferralFeeShare = feeShare;
    }

    /** How far a deferral moves capacity, in hours (0 without a deferral right). */
    public double deferralShiftHours() {
        return deferralShiftHours;
    }

    /** The share of the value moved that a deferral costs. */
    public double deferralFeeShare() {
        return deferralFeeShare;
    }

    /**
     * Books a fee of {@code usd} the lab pays on this contract at once (such as for deferring
     * it): recognised now, and added to the signed value, so the money identity still holds.
     */
    public void payFee(double usd) {
        signedValueUsd += usd;
        recognisedUsd += usd;
    }

    /**
     * Delays a contract that has not started by {@code hours} (an injunction): its whole term,
     * ramp included, moves later, so its reserved chip-hours, signed value and backlog stay the
     * same. Returns false, changing nothing, if it has started by {@code t}.
     */
    public boolean postpone(double t, double hours) {
        if (t >= startHours || hours <= 0) {
            return false;
        }
        termChanges++;
        startHours += hours;
        endHours += hours;
        return true;
    }

    /**
     * A count that grows whenever the terms that fix the reserved chips (chips, start, end,
     * ramp) may have changed: equal counts mean the same terms.
     */
    public int termChanges() {
        return termChanges;
    }

    /** Value of the reserved chip-hours still ahead of {@code t} (the contract's backlog). */
    public double remainingUsd(double t) {
        return priceUsdPerChipHour * reservedChipHours(Math.max(t, signedHours), endHours);
    }

    public boolean isActiveAt(double t) {
        return t >= startHours && t < endHours;
    }

    public void addClause(ActiveClause clause) {
        clauses.add(clause);
        mayBillOnUse |= clause.clause().billsOnUse();
    }

    public List<ActiveClause> clauses() {
        return clauses;
    }

    @Override
    public String contractId() {
        return id;
    }

    @Override
    public String lab() {
        return lab;
    }

    @Override
    public String cloud() {
        return cloud;
    }

    public String accelerator() {
        return accelerator;
    }

    /** The lab's index in the world's lab list (for the routing step's arrays). */
    public int labIndex() {
        return labIndex;
    }

    /** The accelerator's index in the world's accelerator list. */
    public int acceleratorIndex() {
        return acceleratorIndex;
    }

    public double mw() {
        return mw;
    }

    public double fullChips() {
        return fullChips;
    }

    public double startHours() {
        return startHours;
    }

    public double endHours() {
        return endHours;
    }

    public double rampHours() {
        return rampHours;
    }

    public double priceUsdPerChipHour() {
        return priceUsdPerChipHour;
    }

    public double signedHours() {
        return signedHours;
    }

    public double signedValueUsd() {
        return signedValueUsd;
    }

    /** Revenue recognised up to the last settlement (see {@link #settleTo(double)}). */
    public double recognisedUsd() {
        return recognisedUsd;
    }

    public double forfeitedUsd() {
        return forfeitedUsd;
    }

    /** Value taken out of the backlog by cancellations, net of the penalties paid for them. */
    public double cancelledUsd() {
        return cancelledUsd;
    }

    /** Value written off when the lab defaulted. */
    public double defaultedUsd() {
        return defaultedUsd;
    }

    /** Chips the cloud made available at the last routing decision. */
    public double allocatedChips() {
        return allocatedChips;
    }

    /** Chip-hours of this contract's capacity the lab used so far. */
    public double usedChipHours() {
        return usedChipHours;
    }

    /** The site the capacity is reserved at, or null (reserved in a region, or pooled). */
    public String site() {
        return site;
    }

    /** The region the capacity is reserved in (a site's region for a site), or null if pooled over the cloud. */
    public String region() {
        return region;
    }

    /** Whether the capacity is reserved at a site or in a region rather than pooled over the cloud. */
    public boolean scoped() {
        return region != null;
    }

    /** Which clause (or policy) decided where this contract went. */
    public String decidedBy() {
        return decidedBy;
    }
}
