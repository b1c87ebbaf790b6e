package org.gigasim.model.clause;

import java.util.List;

/** One capacity request of a lab and the offers made for it, as clauses see them. */
public interface ProcurementRound {

    /** The lab asking for capacity. */
    String lab();

    /** The current time, in hours since the scenario start. */
    double timeHours();

    /** Effective H100e the lab is short of. */
    double requestedH100e();

    /** The earliest start the lab asked for, in hours. */
    double requestedStartHours();

    /** The offers still standing, best first by the lab's own scoring. */
    List<Offer> offers();

    /** Withdraws every offer of {@code cloud}, saying why. */
    void removeOffersOf(String cloud, String reason);

    /** Keeps only {@code cloud}'s offers, saying why (the request goes to that cloud). */
    void awardTo(String cloud, String reason);
}
