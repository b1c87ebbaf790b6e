package org.gigasim.model.clause;

import java.util.List;
import java.util.Optional;

/**
 * One capacity request of a lab and the offers made for it, as clauses see it. Every
 * method that changes the round records the acting clause, its reason and what it moved.
 */
public interface ProcurementRound {

    /** The lab asking for capacity. */
    String lab();

    /** The current time, in hours since the scenario start. */
    double timeHours();

    /** Effective H100e the lab is short of. */
    double requestedH100e();

    /** The start the lab asked for, in hours. */
    double requestedStartHours();

    /** The end of the lab's planning horizon, in hours: no offer starts later. */
    double horizonHours();

    /** The share of the lab's forecast demand that is training (the rest is inference). */
    double trainingShare();

    /** The offers still standing, in the order the lab will take them (best score first). */
    List<Offer> offers();

    /**
     * What {@code cloud} offers at the requested start, cheapest first, computed afresh:
     * also when its offers were removed or it would score poorly. Empty if it has nothing.
     */
    List<Offer> offersOf(String cloud);

    /**
     * The earliest offer of {@code cloud} for the whole of {@code h100e} (one accelerator),
     * searched month by month from the requested start to the horizon; empty if none.
     */
    Optional<Offer> earliestOffer(String cloud, double h100e);

    /** Withdraws every offer of {@code cloud}, saying why. */
    void removeOffersOf(String cloud, String reason);

    /**
     * Lets clouds other than {@code cloud} together supply at most {@code maxH100e}: their
     * offers are cut, best score first, to that total. With 0 they are all withdrawn.
     */
    void limitOthers(String cloud, double maxH100e, String reason);

    /** Replaces one standing offer (say, re-priced); the lab re-scores the offers. */
    void replaceOffer(Offer old, Offer replacement, String reason);

    /** Keeps only {@code cloud}'s offers, saying why (the request goes to that cloud). */
    void awardTo(String cloud, String reason);

    /**
     * Awards the request to {@code awarded} (offers of one cloud, say re-priced or starting
     * later): the lab takes them first, outside its per-cloud share cap; that cloud's other
     * offers are withdrawn and the rest of the market stays for whatever they leave.
     */
    void award(List<Offer> awarded, String reason);

    /** Records a decision that changes no offer (say, a refusal), for the trace and the counts. */
    void note(String cloud, String decision, String reason);

    /**
     * Days the lab has already waited on this request: 0 for a new request; the match window
     * when, after one, the request comes back to the market (a clause that held the window has
     * had its turn then).
     */
    double waitedDays();

    /**
     * Gives {@code holder} a match window of {@code days} on this request, once its answer is
     * awarded (or noted as declined): the lab signs what {@code holder} was awarded now, and
     * waits out the window before it may turn to the rest of the market, so what the award
     * leaves of the request is requested again when the window ends, starting the lab's lead
     * time after then. With 0 days the rest goes to the market at once. The share of the request
     * {@code holder} took is recorded.
     */
    void matchWindow(String holder, double days, String reason);
}
