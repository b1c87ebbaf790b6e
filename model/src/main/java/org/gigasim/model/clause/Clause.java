package org.gigasim.model.clause;

/**
 * A contract clause: one hook per decision point, each doing nothing unless overridden.
 * The model calls a hook only while the clause is active (between its from and until
 * dates), and every clause that acts records why through the context it is given.
 */
public interface Clause {

    /** The registered type name, such as {@code stateless-api-routing}. */
    String type();

    /** Procurement: may claim a capacity request or remove offers before the lab chooses. */
    default void onProcurement(ProcurementRound round) {
    }

    /** Routing: may confine the holder lab's traffic classes or training to clouds, or give priority. */
    default void onRouting(RoutingRules rules) {
    }

    /** Settlement at a fiscal quarter end of the contract's cloud. */
    default void onSettlement(SettlementRound round) {
    }

    /**
     * Whether, while this clause is active, the contract is billed on the chip-hours the lab
     * uses instead of ratably on the capacity reserved (the clause then charges any minimum
     * at settlement, as take-or-pay does).
     */
    default boolean billsOnUse() {
        return false;
    }
}
