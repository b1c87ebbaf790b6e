package org.gigasim.model.world.procurement;

import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.world.core.ContractedShare;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;

/**
 * The market's contract price for capacity signed now, as offers and the contract lifecycle
 * read it (a renewal is priced here): the cloud's contract list price for the accelerator times
 * its contract curve and term discount (the list price without a {@code pricing} block). The
 * curve reads the share the cloud's last routing decision sold, or, for a cloud with
 * {@code contract_tightness: start}, its {@link ContractedShare} expected at the contract's start
 * on the pipeline its offers read (expected dates with a {@code supply} block, planned ones
 * otherwise), before the contract being priced is added.
 */
final class MarketPrice {

    private MarketPrice() {
    }

    /**
     * USD per chip-hour for {@code accelerator} on {@code cloud} signed at {@code now} for
     * {@code termYears} from {@code start}, or NaN if the cloud sells none; the pipeline is read here.
     */
    static double contractUsdPerChipHour(Indices indices, Cloud cloud, String accelerator, double termYears,
            double now, double start) {
        double factor = cloud.pricing().pricesContractsAtStart()
                ? factorAtStart(indices, cloud, start, Pipeline.free(indices, cloud, now, start, readsExpected(cloud)))
                : Double.NaN;
        return contractUsdPerChipHour(cloud, accelerator, termYears, now, factor);
    }

    /**
     * USD per chip-hour as {@link #contractUsdPerChipHour(Indices, Cloud, String, double, double, double)},
     * given the contract curve's factor at the start ({@link #factorAtStart}; ignored, and may be
     * NaN, for a cloud that prices at signing).
     */
    static double contractUsdPerChipHour(Cloud cloud, String accelerator, double termYears, double now,
            double factorAtStart) {
        if (!cloud.pricing().pricesContractsAtStart()) {
            return cloud.contractPriceUsdPerChipHour(accelerator, termYears, now).orElse(Double.NaN);
        }
        PriceSpec price = cloud.price(accelerator);
        return price == null ? Double.NaN : price.contract() * factorAtStart * cloud.pricing().termFactor(termYears);
    }

    /** The contract curve's factor at {@code cloud}'s contracted share at {@code start}, given its pipeline reading {@code free} for then. */
    static double factorAtStart(Indices indices, Cloud cloud, double start, double[] free) {
        return cloud.pricing().contractFactor(ContractedShare.at(indices, cloud, free, start));
    }

    /** Whether the cloud's offers read its pipeline on expected dates (it plans its supply) rather than planned ones. */
    static boolean readsExpected(Cloud cloud) {
        return cloud.spec().supply() != null;
    }
}
