package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.DecisionListener;
import org.gigasim.model.world.decision.OutageCause;

/**
 * Writes every decision down as a {@link TraceRecord} for {@code trace.jsonl}: the one
 * listener that turns decisions into words, attached only when a trace is wanted.
 */
final class TraceRecorder implements DecisionListener {

    private static final String SCENARIO = "scenario";

    private final SimCalendar calendar;
    private final List<TraceRecord> records = new ArrayList<>();

    TraceRecorder(SimCalendar calendar) {
        this.calendar = calendar;
    }

    List<TraceRecord> records() {
        return records;
    }

    private void record(double t, String actor, String contract, String lab, String cloud, String decision,
            String reason, double quantity) {
        records.add(new TraceRecord(t, calendar.dateTimeAt(t).toString(), actor, contract, lab, cloud, decision, reason,
                quantity));
    }

    @Override
    public void pinned(double t, String type, String contract, String lab, String cloud, TrafficClass trafficClass,
            double h100e, String reason) {
        record(t, type, contract, lab, cloud, "pin " + trafficClass.id(), reason, h100e);
    }

    @Override
    public void unpinned(double t, String type, String lab, String cloud, TrafficClass trafficClass) {
        record(t, type, null, lab, cloud, "unpin " + trafficClass.id(),
                "no active clause confines " + lab + "'s " + trafficClass.id() + " traffic any more", Double.NaN);
    }

    @Override
    public void trainingConfined(double t, String type, String contract, String lab, String cloud, double load,
            String reason) {
        record(t, type, contract, lab, cloud, "confine training", reason, load);
    }

    @Override
    public void trainingReleased(double t, String type, String lab, String cloud) {
        record(t, type, null, lab, cloud, "release training",
                "no active clause confines " + lab + "'s training any more", Double.NaN);
    }

    @Override
    public void prioritised(double t, String type, String contract, String lab, String cloud, double extraH100e,
            String reason) {
        record(t, type, contract, lab, cloud, "serve first", String.format(Locale.ROOT,
                "%s; free capacity is oversubscribed, %s gets %.0f H100e more than a proportional share",
                reason, lab, extraH100e), extraH100e);
    }

    @Override
    public void priorityIdle(double t, String type, String contract, String cloud) {
        record(t, type, contract, null, cloud, "priority idle",
                "free capacity on " + cloud + " covers every request, or no lab has priority", Double.NaN);
    }

    @Override
    public void offersRemoved(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        record(t, type, contract, lab, cloud, "remove offers", reason, h100e);
    }

    @Override
    public void othersLimited(double t, String type, String contract, String lab, double h100e, String reason) {
        record(t, type, contract, lab, null, "limit other clouds", reason, h100e);
    }

    @Override
    public void offerReplaced(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        record(t, type, contract, lab, cloud, "replace offer", reason, h100e);
    }

    @Override
    public void awarded(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        record(t, type, contract, lab, cloud, "award", reason, h100e);
    }

    @Override
    public void noted(double t, String type, String contract, String lab, String cloud, String decision,
            String reason) {
        record(t, type, contract, lab, cloud, decision, reason, Double.NaN);
    }

    @Override
    public void signed(double t, String decidedBy, String contract, String lab, String cloud, String accelerator,
            double h100e, double shortfallH100e, double effectiveUsdPerH100eHour, double valueUsd) {
        record(t, decidedBy, contract, lab, cloud, "sign", String.format(Locale.ROOT,
                "shortfall %.0f H100e; offer %s %s at $%.2f per effective H100e-hour", shortfallH100e, cloud,
                accelerator, effectiveUsdPerH100eHour), h100e);
    }

    @Override
    public void charged(double t, String type, String contract, String lab, String cloud, double usd, String reason) {
        record(t, type, contract, lab, cloud, "charge", reason, usd);
    }

    @Override
    public void outage(double t, String site, String cloud, double hours, OutageCause cause) {
        record(t, "outage", null, null, cloud, "site " + site + " down", cause.description() + " for " + hours + " h",
                hours);
    }

    @Override
    public void demandChanged(double t, String lab, double factor) {
        record(t, SCENARIO, null, lab, null, "change demand", "demand multiplied by " + factor, factor);
    }

    @Override
    public void contractAmended(double t, String contract, String lab, String cloud, double mw, double endHours,
            double priceUsdPerChipHour, double valueChangeUsd) {
        record(t, SCENARIO, contract, lab, cloud, "amend contract", "scenario event: mw " + mw + ", end "
                + calendar.dateAt(endHours - 24) + ", price " + priceUsdPerChipHour
                + " $/chip-hour; value changed by $" + Math.round(valueChangeUsd), valueChangeUsd);
    }

    @Override
    public void clauseRelinquished(double t, String type, String contract, String lab, String cloud,
            double untilHours) {
        clauseUntil(t, type, contract, lab, cloud, "relinquish", untilHours);
    }

    @Override
    public void clauseAmended(double t, String type, String contract, String lab, String cloud, double untilHours) {
        clauseUntil(t, type, contract, lab, cloud, "amend", untilHours);
    }

    private void clauseUntil(double t, String type, String contract, String lab, String cloud, String verb,
            double untilHours) {
        record(t, type, contract, lab, cloud, verb, "scenario event: " + type + " now active until "
                + calendar.dateTimeAt(untilHours), Double.NaN);
    }

    @Override
    public void revenueRateFitted(double t, String lab, double usdPerH100eHour, double earnedUsd,
            LocalDate from, LocalDate through) {
        record(t, SCENARIO, null, lab, null, "fit revenue rate", String.format(Locale.ROOT,
                "revenue_earned of $%.0f from %s through %s: $%.4f per H100e-hour at the start, the rate at which the"
                        + " pilot runs earn it on what they serve", earnedUsd, from, through, usdPerH100eHour),
                usdPerH100eHour);
    }

    @Override
    public void fundingRaised(double t, String lab, double usd, double cashUsd) {
        record(t, SCENARIO, null, lab, null, "raise funding", String.format(Locale.ROOT,
                "funding round of $%.0f; cash now $%.0f", usd, cashUsd), usd);
    }

    @Override
    public void datedDealCounted(double t, String contract, String lab, String cloud, double h100e,
            double datedHours, double horizonHours) {
        record(t, PROCUREMENT, contract, lab, cloud, "count dated deal", String.format(Locale.ROOT,
                "signed by a scenario event on %s, before the next review: counted as contracted, %.0f H100e at"
                        + " the horizon %s", calendar.dateAt(datedHours), h100e, calendar.dateAt(horizonHours)),
                h100e);
    }

    @Override
    public void commitmentLimited(double t, String lab, String cloud, double offeredH100e, double takenH100e,
            double headroomUsd) {
        record(t, PROCUREMENT, null, lab, cloud, "limit by cash", String.format(Locale.ROOT,
                "offer of %.0f H100e cut to %.0f: obligations within the commitment window may not exceed cash,"
                        + " credit and revenue over it ($%.0f left)", offeredH100e, takenH100e, headroomUsd),
                takenH100e);
    }

    @Override
    public void onDemandCashLimited(double t, String lab, double grantedH100e, double affordableH100e,
            double budgetUsdPerHour) {
        record(t, PROCUREMENT, null, lab, null, "limit on-demand by cash", String.format(Locale.ROOT,
                "on-demand grant of %.0f H100e cut to %.0f: on-demand spending may use the headroom of the cash rule"
                        + " spread over the commitment window, $%.0f an hour; the rest is unserved", grantedH100e,
                affordableH100e, budgetUsdPerHour), affordableH100e);
    }

    @Override
    public void onDemandCashFreed(double t, String lab) {
        record(t, PROCUREMENT, null, lab, null, "on-demand within cash",
                lab + " can again afford all the on-demand capacity it is granted", Double.NaN);
    }

    @Override
    public void renewed(double t, String contract, String renewal, String lab, String cloud, double h100e,
            double priceUsdPerChipHour, double valueUsd) {
        record(t, RENEWAL, renewal, lab, cloud, "renew", String.format(Locale.ROOT,
                "renews %s for the %.0f H100e still needed at its end, at $%.4f per chip-hour; value $%.0f", contract,
                h100e, priceUsdPerChipHour, valueUsd), h100e);
    }

    @Override
    public void cancelled(double t, String contract, String lab, String cloud, double h100e, double cancelledUsd,
            double penaltyUsd) {
        record(t, PROCUREMENT, contract, lab, cloud, "cancel", String.format(Locale.ROOT,
                "forecast cut below contracted needs: %.0f H100e cancelled, $%.0f out of backlog, penalty $%.0f",
                h100e, cancelledUsd, penaltyUsd), h100e);
    }

    @Override
    public void defaulted(double t, String contract, String lab, String cloud, double cashUsd, double defaultedUsd) {
        record(t, "default", contract, lab, cloud, "default", String.format(Locale.ROOT,
                "%s is out of cash and credit (cash $%.0f): $%.0f of remaining obligations written off", lab, cashUsd,
                defaultedUsd), defaultedUsd);
    }

    @Override
    public void deferred(double t, String contract, String deferredPart, String lab, String cloud, double h100e,
            double deferredUsd, double feeUsd, int shiftDays) {
        record(t, PROCUREMENT, contract, lab, cloud, "defer", String.format(Locale.ROOT,
                "forecast cut below contracted needs: %.0f H100e ($%.0f) moved %d days later as %s, fee $%.0f",
                h100e, deferredUsd, shiftDays, deferredPart, feeUsd), h100e);
    }

    @Override
    public void reachBlocked(double t, String type, String contract, String lab, String cloud,
            TrafficClass trafficClass, double h100e, String reason) {
        record(t, type, contract, lab, cloud, "block reach " + trafficClass.id(), String.format(Locale.ROOT,
                "%s; %s may not serve its %.0f H100e of %s demand that only %s's marketplace reaches", reason, lab,
                h100e, trafficClass.id(), cloud), h100e);
    }

    @Override
    public void reachOpened(double t, String lab, String cloud, TrafficClass trafficClass, double h100e) {
        record(t, "reach", null, lab, cloud, "open reach " + trafficClass.id(), String.format(Locale.ROOT,
                "no active clause confines %s's %s traffic to another cloud: it may serve its %.0f H100e of demand"
                        + " that only %s's marketplace reaches", lab, trafficClass.id(), h100e, cloud), h100e);
    }

    @Override
    public void breached(double t, String type, String contract, String lab, String cloud, String byContract,
            double penaltyUsd, boolean active) {
        String reason = active
                ? String.format(Locale.ROOT, "scenario event: %s breaches the %s clause of %s by %s and pays %s the"
                        + " penalty the clause states, $%.0f", lab, type, contract, byContract, cloud, penaltyUsd)
                : "scenario event: " + lab + " is said to breach the " + type + " clause of " + contract + " by "
                        + byContract + ", but the clause is not in force: no consequences";
        record(t, type, contract, lab, cloud, "breach", reason, penaltyUsd);
    }

    @Override
    public void enjoined(double t, String type, String contract, String lab, String cloud, double delayDays,
            double startHours) {
        record(t, type, contract, lab, cloud, "enjoin", String.format(Locale.ROOT,
                "injunction under the breached %s clause: %s is delayed %.0f days and now starts %s", type, contract,
                delayDays, calendar.dateAt(startHours)), delayDays);
    }

    @Override
    public void matchWindow(double t, String type, String contract, String lab, String holder, double requestedH100e,
            double takenH100e, double days, String reason) {
        boolean waits = days > 0 && takenH100e < requestedH100e * (1 - 1e-9);
        record(t, type, contract, lab, holder, waits ? "wait" : "no wait", String.format(Locale.ROOT,
                "%s; %s took %.0f of %.0f H100e (%.1f%%)", reason, holder, takenH100e, requestedH100e,
                100 * takenH100e / requestedH100e), requestedH100e - takenH100e);
    }

    @Override
    public void procured(double t, String contract, String lab, String cloud, double h100e, double delayDays,
            double concessionUsd) {
        // Only what a clause changed: a delayed start or a price below the cloud's quote.
        if (delayDays != 0) {
            record(t, PROCUREMENT, contract, lab, cloud, "delay", String.format(Locale.ROOT,
                    "%.0f H100e start %s days after the start %s first asked for", h100e, days(delayDays), lab),
                    h100e);
        }
        if (concessionUsd != 0) {
            record(t, PROCUREMENT, contract, lab, cloud, "concession", String.format(Locale.ROOT,
                    "%s signs at $%.0f below its own quote over the term", cloud, concessionUsd), concessionUsd);
        }
    }

    private static String days(double days) {
        return days == Math.rint(days) ? String.format(Locale.ROOT, "%.0f", days) : String.format(Locale.ROOT,
                "%.4f", days);
    }
}
