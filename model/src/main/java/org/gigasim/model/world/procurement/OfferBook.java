package org.gigasim.model.world.procurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.Indices;

/**
 * What clouds can offer a lab: per accelerator a cloud may host and prices, the chips its
 * nominal pipeline (power and deliveries on schedule) will have uncommitted at a start
 * date, at the contract price it quotes now for the lab's term (its list price unless its
 * pricing moves it).
 */
final class OfferBook {

    private static final double MONTH_HOURS = 730;

    private final Indices indices;
    private final Clock clock;

    OfferBook(Indices indices, Clock clock) {
        this.indices = indices;
        this.clock = clock;
    }

    /** Every cloud's offers for {@code shortfall} effective H100e from {@code start}. */
    List<Offer> offers(Lab lab, double shortfall, double start, double horizon) {
        List<Offer> offers = new ArrayList<>();
        for (Cloud cloud : indices.clouds()) {
            offers.addAll(offersOf(cloud, lab, shortfall, start, horizon));
        }
        return offers;
    }

    /** One cloud's offers, one per accelerator, each for as much of {@code shortfall} as it has. */
    List<Offer> offersOf(Cloud cloud, Lab lab, double shortfall, double start, double horizon) {
        List<Offer> offers = new ArrayList<>();
        double[] uncommitted = null;
        for (int a = 0; a < indices.acceleratorCount(); a++) {
            AcceleratorSpec acc = indices.accelerator(a);
            PriceSpec price = cloud.price(acc.id());
            if (price == null || !acc.hostableBy(cloud.id())
                    || (acc.availableFrom() != null && clock.calendar().hoursAt(acc.availableFrom()) > horizon)) {
                continue;
            }
            if (uncommitted == null) {
                uncommitted = uncommittedChips(cloud, start);
            }
            double eff = acc.h100e() * lab.efficiency(acc.id(), start);
            double wanted = shortfall / eff;
            double free = uncommitted[a];
            double chips = Math.min(wanted, free);
            if (chips > 0.01 * wanted) {
                offers.add(new Offer(cloud.id(), acc.id(), chips, chips * eff, start,
                        cloud.contractPriceUsdPerChipHour(acc.id(), termYears(lab), clock.now()).orElse(price.contract())));
            }
        }
        return offers;
    }

    /** The term the lab signs for, in years. */
    private static double termYears(Lab lab) {
        ProcurementSpec policy = lab.spec().procurement();
        return (policy == null ? ProcurementSpec.DEFAULT : policy).contractYears();
    }

    /** The earliest month from {@code start} to {@code horizon} in which one offer of the cloud covers all of {@code h100e}. */
    Optional<Offer> earliest(Cloud cloud, Lab lab, double h100e, double start, double horizon) {
        for (double t = start; t <= horizon; t += MONTH_HOURS) {
            Optional<Offer> whole = offersOf(cloud, lab, h100e, t, horizon).stream()
                    .filter(o -> o.effectiveH100e() >= h100e * (1 - 1e-9))
                    .min(Comparator.comparingDouble(Offer::effectivePrice));
            if (whole.isPresent()) {
                return whole;
            }
        }
        return Optional.empty();
    }

    /**
     * Chips of each accelerator (by world index) the cloud's nominal pipeline will have
     * powered and not reserved at {@code t}: the site's planned milestones (including those
     * events added) and deliveries as scheduled, without delays or slips.
     */
    private double[] uncommittedChips(Cloud cloud, double t) {
        int accelerators = indices.acceleratorCount();
        double now = clock.now();
        double[] free = new double[accelerators];
        double[] chipsOf = new double[accelerators];
        for (Site site : cloud.sites()) {
            double power = site.nominalPowerMwAt(t);
            double chipsAll = 0;
            for (int a = 0; a < accelerators; a++) {
                String id = indices.acceleratorIds().get(a);
                chipsOf[a] = site.deliveredChips(id);
                chipsAll += chipsOf[a] * site.facilityMwPerChip(id);
            }
            for (Site.NominalDeliveries d : site.nominalDeliveries()) {
                double chips = futureDeliveries(d, now, t) * d.chips();
                chipsAll += chips * site.facilityMwPerChip(d.accelerator());
                chipsOf[indices.acceleratorIndex(d.accelerator())] += chips;
            }
            double poweredFraction = chipsAll > 0 ? Math.min(1, power / chipsAll) : 0;
            for (int a = 0; a < accelerators; a++) {
                free[a] += chipsOf[a] * poweredFraction;
            }
        }
        for (Contract contract : cloud.contracts()) {
            free[contract.acceleratorIndex()] -= Math.max(contract.reservedChips(t),
                    contract.isActiveAt(t) ? contract.fullChips() : 0);
        }
        for (int a = 0; a < accelerators; a++) {
            free[a] = Math.max(0, free[a]);
        }
        return free;
    }

    /** Batches of {@code d} due (nominally, without slips) after {@code now} and by {@code t}. */
    private static int futureDeliveries(Site.NominalDeliveries d, double now, double t) {
        int count = 0;
        for (double h : d.hours()) {
            if (h > t) {
                break;
            }
            if (h > now) {
                count++;
            }
        }
        return count;
    }
}
