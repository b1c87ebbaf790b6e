package org.gigasim.model.world.core;

import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;

/**
 * A cloud's expected contracted share at a later time: the raw H100e (chips × the accelerator's
 * H100e) its contracts reserve then over the raw H100e its pipeline will have powered then,
 * over all its accelerators. It is the complement of what {@link Pipeline#free} leaves
 * uncommitted: a contract counts its full chips from its start (a ramp is the lab's, not the
 * cloud's, to use), and the powered chips are those {@link Pipeline#free} counts.
 *
 * <p>With nothing powered the share is 0 if nothing is reserved either (no sign of tightness,
 * as the sold share is 0 with nothing up) and infinite otherwise: every chip the cloud will
 * have is spoken for, so a price curve reads its last factor.
 */
public final class ContractedShare {

    private ContractedShare() {
    }

    /**
     * The share at {@code t}, from {@code free}, {@link Pipeline#free} of {@code cloud} read for
     * {@code t} (powered less reserved chips by world accelerator index); may exceed 1 where the
     * contracts reserve more than the pipeline will have powered.
     */
    public static double at(Indices indices, Cloud cloud, double[] free, double t) {
        double[] reserved = new double[free.length];
        List<Contract> contracts = cloud.contracts();
        for (int i = 0; i < contracts.size(); i++) {
            Contract contract = contracts.get(i);
            if (contract.isActiveAt(t)) {
                reserved[contract.acceleratorIndex()] += Math.max(contract.reservedChips(t), contract.fullChips());
            }
        }
        double reservedH100e = 0;
        double poweredH100e = 0;
        for (int a = 0; a < free.length; a++) {
            double h100e = indices.accelerator(a).h100e();
            reservedH100e += reserved[a] * h100e;
            poweredH100e += (free[a] + reserved[a]) * h100e;
        }
        if (poweredH100e <= 0) {
            return reservedH100e > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return reservedH100e / poweredH100e;
    }
}
