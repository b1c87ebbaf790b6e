package org.gigasim.model.world.procurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import org.gigasim.model.world.core.Pipeline;

/**
 * What clouds can offer a lab: per accelerator a cloud may host and prices, the chips its
 * nominal pipeline (power and deliveries on schedule) will have uncommitted at a start
 * date, at the contract price it quotes now for the lab's term from that date (its list price
 * unless its pricing moves it, section 4 of docs/model.md). A lab's own cloud (kind
 * {@code self}) offers nothing. A lab inside a
 * cloud's company ({@code internal_to}) is offered by that cloud alone, every accelerator the
 * cloud may host (its own silicon included, priced or not), at price zero: an internal
 * allocation, not a sale.
 */
final class OfferBook {

    private static final double MONTH_HOURS = 730;

    private final Indices indices;
    private final Clock clock;
    /** While a round is open, the pipelines read so far (nothing changes the world during a round). */
    private PipelineMemo memo;

    OfferBook(Indices indices, Clock clock) {
        this.indices = indices;
        this.clock = clock;
    }

    /**
     * Opens a request round: until {@link #closeRound()}, pipeline readings are kept and reused,
     * since the world does not change while the round's offers are made and clauses act on them.
     */
    void openRound() {
        memo = new PipelineMemo(indices);
    }

    /** Closes the round: readings are no longer reused. */
    void closeRound() {
        memo = null;
    }

    /** Every cloud's offers for {@code shortfall} effective H100e from {@code start}. */
    List<Offer> offers(Lab lab, double shortfall, double start, double horizon) {
        List<Offer> offers = new ArrayList<>();
        String internalTo = lab.spec().internalTo();
        for (Cloud cloud : indices.clouds()) {
            if (internalTo == null || internalTo.equals(cloud.id())) {
                offers.addAll(offersOf(cloud, lab, shortfall, start, horizon));
            }
        }
        return offers;
    }

    /** One cloud's offers, one per accelerator, each for as much of {@code shortfall} as it has. */
    List<Offer> offersOf(Cloud cloud, Lab lab, double shortfall, double start, double horizon) {
        List<Offer> offers = new ArrayList<>();
        if (cloud.isSelf()) {
            return offers;
        }
        boolean internal = cloud.id().equals(lab.spec().internalTo());
        double[] uncommitted = null;
        double factorAtStart = Double.NaN;
        for (int a = 0; a < indices.acceleratorCount(); a++) {
            AcceleratorSpec acc = indices.accelerator(a);
            PriceSpec price = cloud.price(acc.id());
            if ((price == null && !internal) || !acc.hostableBy(cloud.id())
                    || (acc.availableFrom() != null && clock.calendar().hoursAt(acc.availableFrom()) > horizon)) {
                continue;
            }
            if (uncommitted == null) {
                uncommitted = uncommittedChips(cloud, lab, start);
                factorAtStart = factorAtStart(cloud, start);
            }
            double eff = acc.h100e() * lab.efficiency(acc.id(), start);
            double wanted = shortfall / eff;
            double free = uncommitted[a];
            double chips = Math.min(wanted, free);
            if (chips > 0.01 * wanted) {
                offers.add(new Offer(cloud.id(), acc.id(), chips, chips * eff, start,
                        quote(cloud, lab, acc.id(), factorAtStart)));
            }
        }
        return offers;
    }

    /**
     * What {@code cloud} quotes now per chip-hour of {@code accelerator} for the lab's term from
     * {@code start} (its list price unless its pricing moves it); 0 to a lab inside the cloud's
     * company. The pipeline is read as it stands, before any contract the quote is for is added.
     */
    double quoteUsdPerChipHour(Cloud cloud, Lab lab, String accelerator, double start) {
        return quote(cloud, lab, accelerator, factorAtStart(cloud, start));
    }

    /** {@link #quoteUsdPerChipHour} given the contract curve's factor at the start (NaN for a cloud pricing at signing). */
    private double quote(Cloud cloud, Lab lab, String accelerator, double factorAtStart) {
        if (cloud.id().equals(lab.spec().internalTo())) {
            return 0;
        }
        double usd = MarketPrice.contractUsdPerChipHour(cloud, accelerator, termYears(lab), clock.now(), factorAtStart);
        return Double.isNaN(usd) ? cloud.price(accelerator).contract() : usd;
    }

    /**
     * The contract curve's factor at {@code cloud}'s expected contracted share at {@code start}, on
     * the pipeline reading the offers use; NaN for a cloud that prices contracts at signing.
     */
    private double factorAtStart(Cloud cloud, double start) {
        if (!cloud.pricing().pricesContractsAtStart()) {
            return Double.NaN;
        }
        return MarketPrice.factorAtStart(indices, cloud, start,
                pipeline(cloud, clock.now(), start, MarketPrice.readsExpected(cloud)));
    }

    /**
     * What each cloud quotes the lab for each offer's accelerator and start, all read before any
     * is signed: a quote that reads the pipeline at the start must not see the round's own contracts.
     */
    Map<Offer, Double> quotes(Lab lab, List<Offer> offers) {
        Map<Offer, Double> quotes = new IdentityHashMap<>();
        openRound();
        try {
            for (Offer offer : offers) {
                quotes.put(offer, quoteUsdPerChipHour(indices.cloud(offer.cloud()), lab, offer.accelerator(),
                        offer.startHours()));
            }
        } finally {
            closeRound();
        }
        return quotes;
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
     * Chips of each accelerator (by world index) the cloud's pipeline will have powered and not
     * reserved from {@code start}. A cloud that plans its supply (it has a {@code supply} block)
     * reads its pipeline on expected dates (planned dates plus mean delays, planned retirements
     * out) and takes the least it has uncommitted over the lab's whole term, checked at the start
     * and at every later start of its contracts and retirement, so a new contract cannot collide
     * with one signed earlier; any other cloud reads its planned dates at the start only.
     */
    private double[] uncommittedChips(Cloud cloud, Lab lab, double start) {
        double now = clock.now();
        boolean plans = MarketPrice.readsExpected(cloud);
        double[] free = pipeline(cloud, now, start, plans).clone();
        if (plans) {
            double end = start + termYears(lab) * 8760;
            for (double t : checkTimes(cloud, start, end)) {
                double[] then = pipeline(cloud, now, t, true);
                for (int a = 0; a < free.length; a++) {
                    free[a] = Math.min(free[a], then[a]);
                }
            }
        }
        for (int a = 0; a < free.length; a++) {
            free[a] = Math.max(0, free[a]);
        }
        return free;
    }

    /** {@link Pipeline#free}, reused within an open round; callers must not change the array. */
    private double[] pipeline(Cloud cloud, double now, double t, boolean expected) {
        return memo == null ? Pipeline.free(indices, cloud, now, t, expected) : memo.free(cloud, now, t, expected);
    }

    /** Times in ({@code start}, {@code end}) at which the cloud's reservations rise or its chips retire, in order. */
    private static double[] checkTimes(Cloud cloud, double start, double end) {
        double[] times = new double[16];
        int n = 0;
        for (Contract contract : cloud.contracts()) {
            if (contract.startHours() > start && contract.startHours() < end) {
                times = room(times, n);
                times[n++] = contract.startHours();
            }
        }
        for (Site site : cloud.sites()) {
            for (Site.Retirement r : site.retirements()) {
                if (r.hours() > start && r.hours() < end) {
                    times = room(times, n);
                    times[n++] = r.hours();
                }
            }
        }
        Arrays.sort(times, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || times[i] != times[distinct - 1]) {
                times[distinct++] = times[i];
            }
        }
        return Arrays.copyOf(times, distinct);
    }

    private static double[] room(double[] times, int n) {
        return n < times.length ? times : Arrays.copyOf(times, 2 * n);
    }
}
