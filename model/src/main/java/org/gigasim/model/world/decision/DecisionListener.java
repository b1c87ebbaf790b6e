package org.gigasim.model.world.decision;

import java.time.LocalDate;
import org.gigasim.model.spec.TrafficClass;

/**
 * Told of every decision a replication takes, as it takes it: what acted (a clause type,
 * the lab's procurement policy or the scenario), on which contract, lab and cloud, the
 * quantity involved and why. Every method does nothing unless overridden, so a listener
 * implements only what it watches, and nothing is built for a decision nobody listens to.
 * Times are hours since the scenario start; quantities are effective H100e unless the name
 * says otherwise; ids are the scenario's. A {@code reason} is the clause's own words.
 *
 * <pre>{@code
 * int[] pins = {0};
 * new World(spec, 0, registry).listening(new DecisionListener() {
 *     public void pinned(double t, String type, String contract, String lab, String cloud,
 *             TrafficClass trafficClass, double h100e, String reason) {
 *         pins[0]++;
 *     }
 * }).run();
 * }</pre>
 */
public interface DecisionListener {

    /** The actor of a contract the lab's procurement policy chose, with no clause deciding. */
    String PROCUREMENT = "procurement";

    /** The actor of a contract the lab renewed at the end of an earlier one. */
    String RENEWAL = "renewal";

    /** The actor of a contract that holds capacity a lab deferred from an earlier one. */
    String DEFERRAL = "deferral";

    /** A clause of {@code contract} confined {@code h100e} of a lab's class to {@code cloud} (all of it, for a whole-class pin). */
    default void pinned(double timeHours, String clauseType, String contract, String lab, String cloud,
            TrafficClass trafficClass, double h100e, String reason) {
    }

    /** No active clause confines the lab's class any more; {@code clauseType} and {@code cloud} are the last pin's. */
    default void unpinned(double timeHours, String clauseType, String lab, String cloud, TrafficClass trafficClass) {
    }

    /** A clause lets the lab's training start only on {@code cloud}; the lab's expected training load is given. */
    default void trainingConfined(double timeHours, String clauseType, String contract, String lab, String cloud,
            double expectedLoadH100e, String reason) {
    }

    /** No active clause confines the lab's training any more; {@code clauseType} and {@code cloud} are the last confinement's. */
    default void trainingReleased(double timeHours, String clauseType, String lab, String cloud) {
    }

    /** A priority started to bite: {@code cloud}'s free capacity is oversubscribed and {@code lab} gets {@code extraH100e} more than a proportional share. */
    default void prioritised(double timeHours, String clauseType, String contract, String lab, String cloud,
            double extraH100e, String reason) {
    }

    /** A priority stopped biting: {@code cloud}'s free capacity covers every request, or no lab has priority. */
    default void priorityIdle(double timeHours, String clauseType, String contract, String cloud) {
    }

    /** A clause removed {@code cloud}'s offers ({@code h100e} in all) from a lab's capacity request. */
    default void offersRemoved(double timeHours, String clauseType, String contract, String lab, String cloud,
            double h100e, String reason) {
    }

    /** A clause cut other clouds' offers to a lab's capacity request by {@code h100e}. */
    default void othersLimited(double timeHours, String clauseType, String contract, String lab, double h100e,
            String reason) {
    }

    /** A clause replaced an offer of {@code cloud} with one of {@code h100e}. */
    default void offerReplaced(double timeHours, String clauseType, String contract, String lab, String cloud,
            double h100e, String reason) {
    }

    /** A clause awarded {@code h100e} of a lab's capacity request to {@code cloud}. */
    default void awarded(double timeHours, String clauseType, String contract, String lab, String cloud, double h100e,
            String reason) {
    }

    /** A clause recorded a decision of its own naming (such as {@code refuse}) without moving an offer. */
    default void noted(double timeHours, String clauseType, String contract, String lab, String cloud, String decision,
            String reason) {
    }

    /**
     * A lab signed {@code contract} for {@code h100e} of {@code cloud}'s {@code accelerator},
     * worth {@code valueUsd}, against a shortfall of {@code shortfallH100e}; {@code decidedBy}
     * is the clause type that decided it, or {@link #PROCUREMENT}.
     */
    default void signed(double timeHours, String decidedBy, String contract, String lab, String cloud,
            String accelerator, double h100e, double shortfallH100e, double effectiveUsdPerH100eHour,
            double valueUsd) {
    }

    /** A clause charged the lab {@code usd} at settlement (a take-or-pay shortfall, for instance). */
    default void charged(double timeHours, String clauseType, String contract, String lab, String cloud, double usd,
            String reason) {
    }

    /** A site of {@code cloud} went down for {@code hours}. */
    default void outage(double timeHours, String site, String cloud, double hours, OutageCause cause) {
    }

    /** A scenario event multiplied a lab's demand by {@code factor}. */
    default void demandChanged(double timeHours, String lab, double factor) {
    }

    /** A scenario event amended a contract to {@code mw}, an end at {@code endHours} and a new price; its value changed by {@code valueChangeUsd}. */
    default void contractAmended(double timeHours, String contract, String lab, String cloud, double mw,
            double endHours, double priceUsdPerChipHour, double valueChangeUsd) {
    }

    /** A scenario event relinquished a clause: it is active until {@code untilHours} (now). */
    default void clauseRelinquished(double timeHours, String clauseType, String contract, String lab, String cloud,
            double untilHours) {
    }

    /** A scenario event moved a clause's end to {@code untilHours}. */
    default void clauseAmended(double timeHours, String clauseType, String contract, String lab, String cloud,
            double untilHours) {
    }

    /**
     * The run starts with {@code lab}'s revenue per H100e-hour fitted to what it reported earning from
     * {@code from} through {@code through} ({@code earnedUsd}): pilot runs earn that on what they serve at this rate.
     */
    default void revenueRateFitted(double timeHours, String lab, double usdPerH100eHour, double earnedUsd,
            LocalDate from, LocalDate through) {
    }

    /** A lab raised {@code usd} in a funding round; its cash is now {@code cashUsd}. */
    default void fundingRaised(double timeHours, String lab, double usd, double cashUsd) {
    }

    /**
     * At a review, the lab counted as contracted its deal {@code contract} on {@code cloud}, which
     * a scenario event signs at {@code datedHours}, before its next review: the deal provides
     * {@code h100e} effective H100e at the review's horizon ({@code horizonHours}).
     */
    default void datedDealCounted(double timeHours, String contract, String lab, String cloud, double h100e,
            double datedHours, double horizonHours) {
    }

    /**
     * The lab's cash rule cut an offer of {@code cloud} from {@code offeredH100e} to
     * {@code takenH100e}: its obligations due within its commitment window would otherwise
     * exceed its cash, credit line and revenue over the window ({@code headroomUsd} was left).
     */
    default void commitmentLimited(double timeHours, String lab, String cloud, double offeredH100e,
            double takenH100e, double headroomUsd) {
    }

    /**
     * The lab's cash rule started to cut its on-demand buying: of the {@code grantedH100e} the
     * clouds would grant it, it can afford {@code affordableH100e}, as it may spend only
     * {@code budgetUsdPerHour} an hour on demand (its headroom spread over its commitment window);
     * the rest is unserved.
     */
    default void onDemandCashLimited(double timeHours, String lab, double grantedH100e, double affordableH100e,
            double budgetUsdPerHour) {
    }

    /** The lab can again afford all the on-demand capacity it is granted. */
    default void onDemandCashFreed(double timeHours, String lab) {
    }

    /**
     * A lab renewed {@code contract}, which ends within its horizon, as {@code renewal}: the
     * {@code h100e} it will still need then, at the cloud's contract price at the time,
     * worth {@code valueUsd}.
     */
    default void renewed(double timeHours, String contract, String renewal, String lab, String cloud, double h100e,
            double priceUsdPerChipHour, double valueUsd) {
    }

    /**
     * After a cut in its forecast, a lab cancelled {@code h100e} of {@code contract} from now
     * on: {@code cancelledUsd} left the cloud's backlog and {@code penaltyUsd} was paid for it.
     */
    default void cancelled(double timeHours, String contract, String lab, String cloud, double h100e,
            double cancelledUsd, double penaltyUsd) {
    }

    /**
     * A lab ran out of cash (below minus its credit line, at {@code cashUsd}) and defaulted on
     * {@code contract}: the {@code defaultedUsd} that remained left the cloud's backlog unpaid.
     */
    default void defaulted(double timeHours, String contract, String lab, String cloud, double cashUsd,
            double defaultedUsd) {
    }

    /**
     * After a cut in its forecast, a lab used {@code contract}'s deferral right: {@code h100e}
     * of it, worth {@code deferredUsd}, moved {@code shiftDays} later as {@code deferredPart},
     * for a fee of {@code feeUsd} paid at once.
     */
    default void deferred(double timeHours, String contract, String deferredPart, String lab, String cloud,
            double h100e, double deferredUsd, double feeUsd, int shiftDays) {
    }

    /**
     * A clause of {@code contract} keeps the lab from serving its {@code h100e} of reach demand
     * (demand of {@code trafficClass} only {@code cloud}'s marketplace reaches): it confines the
     * whole class to another cloud.
     */
    default void reachBlocked(double timeHours, String clauseType, String contract, String lab, String cloud,
            TrafficClass trafficClass, double h100e, String reason) {
    }

    /** No active clause forbids the lab's reach demand on {@code cloud} any more: it may serve its {@code h100e} there. */
    default void reachOpened(double timeHours, String lab, String cloud, TrafficClass trafficClass, double h100e) {
    }

    /**
     * A scenario event: the lab breached the {@code clauseType} clause of {@code contract} (held
     * with {@code cloud}) by its contract {@code byContract}, and paid the penalty the clause
     * states, {@code penaltyUsd}, to that cloud; {@code active} is false if the clause was not in
     * force then, and nothing was paid.
     */
    default void breached(double timeHours, String clauseType, String contract, String lab, String cloud,
            String byContract, double penaltyUsd, boolean active) {
    }

    /**
     * An injunction under the breached {@code clauseType} clause delayed {@code contract} (on
     * {@code cloud}) by {@code delayDays}: its whole term now starts at {@code startHours}.
     */
    default void enjoined(double timeHours, String clauseType, String contract, String lab, String cloud,
            double delayDays, double startHours) {
    }

    /**
     * A clause of {@code contract} gave {@code holder} a match window of {@code days} on a lab's
     * request for {@code requestedH100e}: the holder took {@code takenH100e} of it, and the lab
     * waits out the window before the rest goes to the market (it need not wait when nothing is left).
     */
    default void matchWindow(double timeHours, String clauseType, String contract, String lab, String holder,
            double requestedH100e, double takenH100e, double days, String reason) {
    }

    /**
     * A lab signed {@code contract} for {@code h100e} of a capacity request: its capacity starts
     * {@code delayDays} after the start the lab first asked for, and {@code cloud} gave up
     * {@code concessionUsd} over its term against its own quote (0 unless a clause re-priced the offer).
     */
    default void procured(double timeHours, String contract, String lab, String cloud, double h100e,
            double delayDays, double concessionUsd) {
    }
}
