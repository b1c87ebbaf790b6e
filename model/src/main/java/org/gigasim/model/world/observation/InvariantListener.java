package org.gigasim.model.world.observation;

import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.core.Sites;
import org.gigasim.model.world.routing.RoutingState;

/**
 * Checks the model's invariants at every sample and fails loudly on the first breach:
 * power used within power online per site, chips installed within chips delivered,
 * served within capacity per cloud, demand = served + unserved per lab and class, per
 * contract signed value = recognised + forfeited + remaining + cancelled + defaulted, money
 * moved through the ledger = all clouds' revenue plus their owners' costs = all labs' spend, and cash: per lab,
 * opening cash + rounds raised + revenue earned = spend + cash balance, with the rounds and
 * revenue of all labs equal to the ledger's (to 1e-9 relative). It counts its passes: one
 * money check and one state check per sample.
 */
public final class InvariantListener {

    private static final double RELATIVE = 1e-9;

    /** What the checks read: the world's parts, its last routing decision and its ledger. */
    public record Parts(Indices indices, Sites sites, Contracts contracts, RoutingState routed, Ledger ledger,
            SimCalendar calendar, int replication) {
    }

    private final Parts parts;
    private long checks;

    public InvariantListener(Parts parts) {
        this.parts = parts;
    }

    /** Checks every contract's money and the ledger's totals at {@code t}. */
    public void checkMoney(double t) {
        for (Contract contract : parts.contracts().all()) {
            double signed = contract.signedValueUsd();
            double accounted = contract.recognisedUsd() + contract.forfeitedUsd() + contract.remainingUsd(t)
                    + contract.cancelledUsd() + contract.defaultedUsd();
            require(Math.abs(signed - accounted) <= RELATIVE * Math.max(1, signed), t,
                    "contract " + contract.contractId() + " signed " + signed + " but recognised + forfeited + remaining"
                            + " + cancelled + defaulted = " + accounted);
        }
        double moved = 0;
        for (Ledger.Cause cause : Ledger.Cause.values()) {
            moved += parts.ledger().totalUsd(cause);
        }
        double revenue = 0;
        for (Cloud cloud : parts.indices().clouds()) {
            // A lab's own cloud sells nothing: what its owner pays to run it is a cost, not revenue.
            revenue += cloud.revenueUsd() + cloud.ownerCostUsd();
        }
        double spend = 0;
        for (Lab lab : parts.indices().labs()) {
            spend += lab.spendUsd();
        }
        require(Math.abs(revenue - moved) <= RELATIVE * Math.max(1, moved)
                && Math.abs(spend - moved) <= RELATIVE * Math.max(1, moved), t,
                "the ledger moved $" + moved + " but clouds recognised (or their owners paid) $" + revenue
                        + " and labs spent $" + spend);
        checkCash(t);
        checks++;
    }

    /** Cash in = cash out + balance for every lab, and the labs' rounds and revenue are the ledger's. */
    private void checkCash(double t) {
        double raised = 0;
        double earned = 0;
        for (Lab lab : parts.indices().labs()) {
            double in = lab.openingCashUsd() + lab.raisedUsd() + lab.revenueUsd();
            double out = lab.spendUsd() + lab.cashUsd();
            require(Math.abs(in - out) <= RELATIVE * Math.max(1, Math.max(Math.abs(in), Math.abs(out))), t,
                    "lab " + lab.id() + ": opening + rounds + revenue = $" + in + " but spend + cash = $" + out);
            raised += lab.raisedUsd();
            earned += lab.revenueUsd();
        }
        Ledger ledger = parts.ledger();
        require(Math.abs(raised - ledger.fundingUsd()) <= RELATIVE * Math.max(1, raised)
                && Math.abs(earned - ledger.labRevenueUsd()) <= RELATIVE * Math.max(1, earned), t,
                "labs raised $" + raised + " and earned $" + earned + " but the ledger booked $" + ledger.fundingUsd()
                        + " and $" + ledger.labRevenueUsd());
    }

    /** Checks power, chips, capacity and demand at {@code t}, against the last routing decision. */
    public void checkState(double t) {
        for (Site site : parts.sites().all()) {
            require(site.powerUsedMw() <= site.powerOnlineMw() * (1 + RELATIVE) + 1e-9, t,
                    "site " + site.id() + " uses " + site.powerUsedMw() + " MW of " + site.powerOnlineMw() + " online");
            for (AcceleratorSpec acc : parts.indices().accelerators()) {
                require(site.installedChips(acc.id()) <= site.deliveredChips(acc.id()) * (1 + RELATIVE) + 1e-9, t,
                        "site " + site.id() + " installed more " + acc.id() + " chips than were delivered");
            }
        }
        RoutingState routed = parts.routed();
        int labs = parts.indices().labCount();
        for (int c = 0; c < parts.indices().cloudCount(); c++) {
            double served = 0;
            for (int l = 0; l < labs; l++) {
                for (int k = 0; k <= RoutingState.TRAINING; k++) {
                    served += routed.servedH100e(l, k, c);
                }
            }
            double capacity = routed.capacityRaw(c);
            require(served <= capacity * (1 + 1e-7) + 1e-6, t,
                    "cloud " + parts.indices().cloud(c).id() + " served " + served + " H100e with capacity " + capacity);
        }
        for (int l = 0; l < labs; l++) {
            for (int k = 0; k <= TrafficClass.INFERENCE.length; k++) {
                double served = 0;
                for (int c = 0; c < parts.indices().cloudCount(); c++) {
                    served += routed.servedH100e(l, k, c);
                }
                double demand = routed.demandH100e(l, k);
                double unserved = routed.unservedH100e(l, k);
                require(Math.abs(demand - served - unserved) <= 1e-7 * Math.max(1, demand), t,
                        "lab " + parts.indices().lab(l).id() + " class " + k + ": demand " + demand + " != served "
                                + served + " + unserved " + unserved);
            }
        }
        checks++;
    }

    private void require(boolean ok, double t, String message) {
        if (!ok) {
            throw new IllegalStateException("invariant broken at " + parts.calendar().dateTimeAt(t) + " (replication "
                    + parts.replication() + "): " + message);
        }
    }

    /** How many checks (money and state passes) ran without finding a breach. */
    public long checksMade() {
        return checks;
    }
}
