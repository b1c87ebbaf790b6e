package org.gigasim.model.world;

import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * Checks the model's invariants at every sample and fails loudly on the first breach:
 * power used within power online per site, chips installed within chips delivered,
 * served within capacity per cloud, demand = served + unserved per lab and class, and
 * per contract signed value = recognised + forfeited + remaining (to 1e-9 relative).
 * It counts its passes: one money check and one state check per sample.
 */
final class InvariantListener {

    private static final double RELATIVE = 1e-9;

    private final World world;
    private long checks;

    InvariantListener(World world) {
        this.world = world;
    }

    void checkMoney(double t) {
        for (Contract contract : world.contracts) {
            double signed = contract.signedValueUsd();
            double accounted = contract.recognisedUsd() + contract.forfeitedUsd() + contract.remainingUsd(t);
            require(Math.abs(signed - accounted) <= RELATIVE * Math.max(1, signed), t,
                    "contract " + contract.contractId() + " signed " + signed + " but recognised + forfeited + remaining = "
                            + accounted);
        }
        checks++;
    }

    void checkState(double t) {
        for (Site site : world.sites.values()) {
            require(site.powerUsedMw() <= site.powerOnlineMw() * (1 + RELATIVE) + 1e-9, t,
                    "site " + site.id() + " uses " + site.powerUsedMw() + " MW of " + site.powerOnlineMw() + " online");
            for (AcceleratorSpec acc : world.accelerators) {
                require(site.installedChips(acc.id()) <= site.deliveredChips(acc.id()) * (1 + RELATIVE) + 1e-9, t,
                        "site " + site.id() + " installed more " + acc.id() + " chips than were delivered");
            }
        }
        Router router = world.router;
        for (int c = 0; c < world.clouds.size(); c++) {
            Cloud cloud = world.clouds.get(c);
            double served = 0;
            for (int l = 0; l < world.labs.size(); l++) {
                for (double[] perCloud : router.served[l]) {
                    served += perCloud[c];
                }
            }
            double capacity = router.capacityRaw(c);
            require(served <= capacity * (1 + 1e-7) + 1e-6, t,
                    "cloud " + cloud.id() + " served " + served + " H100e with capacity " + capacity);
        }
        for (int l = 0; l < world.labs.size(); l++) {
            for (int k = 0; k <= TrafficClass.INFERENCE.length; k++) {
                double served = 0;
                for (double v : router.served[l][k]) {
                    served += v;
                }
                double demand = router.demand[l][k];
                require(Math.abs(demand - served - router.unserved[l][k]) <= 1e-7 * Math.max(1, demand), t,
                        "lab " + world.labs.get(l).id() + " class " + k + ": demand " + demand + " != served " + served
                                + " + unserved " + router.unserved[l][k]);
            }
        }
        checks++;
    }

    private void require(boolean ok, double t, String message) {
        if (!ok) {
            throw new IllegalStateException("invariant broken at " + world.calendar.dateTimeAt(t) + " (replication "
                    + world.replication + "): " + message);
        }
    }

    /** How many checks (money and state passes) ran without finding a breach. */
    long checksMade() {
        return checks;
    }
}
