package org.gigasim.model.world.procurement;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The contracts the scenario signs by dated {@code sign_contract} events, as a lab with
 * {@code count_dated_deals} sees them at a review: each of its own deals dated after the review
 * and no later than its next one is a deal it is negotiating, and counts as contracted capacity,
 * exactly as the contract will provide it once signed (reserved chips, with its start, end and
 * ramp, × h100e × the lab's efficiency). Nothing is signed early: the event signs the contract on
 * its date as before.
 *
 * <p><b>Why.</b> A reported deal is negotiated for months before it is announced, and the lab
 * plans with it. A lab that reviewed weeks before the announcement without counting it would buy
 * from the market the shortfall the deal then covers again: it would buy twice.
 */
final class DatedDeals {

    /** A deal a review counts: its contract, the hour its event signs it, and what it provides at the horizon. */
    record Counted(ContractSpec contract, double datedHours, double h100e) {
    }

    private final Indices indices;
    private final SimCalendar calendar;
    private final List<ContractSpec> deals = new ArrayList<>();
    private final List<Double> datedHours = new ArrayList<>();

    DatedDeals(Indices indices, SimCalendar calendar, List<EventSpec> events) {
        this.indices = indices;
        this.calendar = calendar;
        for (EventSpec event : events) {
            if (event instanceof EventSpec.SignContract sc) {
                deals.add(sc.contract());
                datedHours.add(calendar.hoursAt(sc.on()));
            }
        }
    }

    /**
     * The deals of {@code lab} dated in ({@code t}, {@code t + windowHours}], in the scenario's
     * order, each with the effective H100e it will provide at {@code at}.
     */
    List<Counted> counted(Lab lab, double t, double windowHours, double at) {
        List<Counted> counted = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            ContractSpec c = deals.get(i);
            double dated = datedHours.get(i);
            // An event at the review's own hour has already signed: events are scheduled before any review.
            if (c.lab().equals(lab.id()) && dated > t && dated <= t + windowHours) {
                counted.add(new Counted(c, dated, providedH100e(lab, c, at)));
            }
        }
        return counted;
    }

    /**
     * Effective H100e the deals of {@code lab} dated in ({@code t}, {@code t + windowHours}] will
     * provide at {@code at}, on {@code onlyCloud} (all clouds if null).
     */
    double providedH100e(Lab lab, double t, double windowHours, double at, String onlyCloud) {
        double sum = 0;
        for (Counted deal : counted(lab, t, windowHours, at)) {
            if (onlyCloud == null || deal.contract().cloud().equals(onlyCloud)) {
                sum += deal.h100e();
            }
        }
        return sum;
    }

    private double providedH100e(Lab lab, ContractSpec c, double at) {
        AcceleratorSpec acc = indices.accelerator(c.accelerator());
        ContractTerms terms = ContractTerms.of(c, acc, indices.cloud(c.cloud()), calendar);
        // The contract as its event will sign it; built here only to read its reservation, never signed.
        double chips = terms.contract(c, indices, 0, DecisionListener.PROCUREMENT).reservedChips(at);
        return chips * acc.h100e() * lab.efficiency(acc.id(), at);
    }
}
