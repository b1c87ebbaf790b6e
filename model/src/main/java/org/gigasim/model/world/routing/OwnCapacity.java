package org.gigasim.model.world.routing;

import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.site.Site;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;

/**
 * Labs' own capacity: the up chips of a cloud of kind {@code self} are all held by its owner
 * (effective H100e through the owner's efficiency), with no contract and nothing sold on
 * demand. The owner pays to run it: the cloud's cost per facility MW-hour times the facility
 * MW of the chips it owns (delivered and not retired, installed or waiting for power), at the
 * rate of the last allocation, through the ledger.
 */
final class OwnCapacity {

    private final Indices indices;
    /** The owner's lab index per cloud, -1 for a cloud that is not a lab's own. */
    private final int[] owner;
    /** What each owner pays per hour to run each of its clouds, as of the last allocation. */
    private final double[] usdPerHour;

    OwnCapacity(Indices indices) {
        this.indices = indices;
        owner = new int[indices.cloudCount()];
        usdPerHour = new double[indices.cloudCount()];
        for (int c = 0; c < owner.length; c++) {
            Cloud cloud = indices.cloud(c);
            owner[c] = cloud.isSelf() ? indices.labIndex(cloud.spec().owner()) : -1;
        }
    }

    /** The owner of cloud {@code c}, or -1 if it is not a lab's own. */
    int owner(int c) {
        return owner[c];
    }

    /**
     * Adds each own cloud's up chips to its owner's held capacity and sets what the owner pays
     * per hour from now on; called after the clouds allocate.
     */
    void hold(double[][] held, double[] h100e, double[][] efficiency) {
        for (int c = 0; c < owner.length; c++) {
            int l = owner[c];
            if (l < 0) {
                continue;
            }
            Cloud cloud = indices.cloud(c);
            double[] up = cloud.upChipsByIndex();
            for (int a = 0; a < up.length; a++) {
                held[l][c] += up[a] * h100e[a] * efficiency[l][a];
            }
            double ownedMw = 0;
            for (Site site : cloud.sites()) {
                for (String acc : site.acceleratorsDelivered()) {
                    ownedMw += site.deliveredChips(acc) * site.facilityMwPerChip(acc);
                }
            }
            Double cost = cloud.spec().ownCostUsdPerMwHour();
            usdPerHour[c] = cost == null ? 0 : ownedMw * cost;
        }
    }

    /** Pays {@code hours} of running every own cloud at the last allocation's rates. */
    void accrue(double hours, Ledger ledger) {
        for (int c = 0; c < owner.length; c++) {
            if (owner[c] >= 0 && usdPerHour[c] > 0) {
                ledger.own(indices.lab(owner[c]), indices.cloud(c), usdPerHour[c] * hours);
            }
        }
    }
}
