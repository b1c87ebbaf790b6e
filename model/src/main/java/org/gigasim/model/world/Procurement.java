package org.gigasim.model.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * The procurement decision point. Every review period a lab projects its demand at the
 * end of its horizon (growth and demand factors, no noise, plus its expected training
 * load, times headroom) and compares it with what its contracts will then provide. A
 * shortfall becomes a request; every cloud offers, per accelerator it may host, the
 * chips its nominal pipeline (power and deliveries on schedule) will have uncommitted at
 * the requested start; clauses act on the round; the lab takes offers best score first
 * within its per-cloud share cap and its funding.
 */
final class Procurement {

    private static final double HOURS_PER_YEAR = 8760;

    private final World world;
    private int signed;

    Procurement(World world) {
        this.world = world;
    }

    void start() {
        for (Lab lab : world.labs) {
            ProcurementSpec policy = lab.spec().procurement();
            if (policy != null) {
                schedule(lab, policy, 0);
            }
        }
    }

    private void schedule(Lab lab, ProcurementSpec policy, double at) {
        if (at < world.endHours) {
            world.sim.scheduleAt(at, s -> {
                review(lab, policy, s.now());
                schedule(lab, policy, s.now() + policy.reviewDays() * 24);
            });
        }
    }

    private void review(Lab lab, ProcurementSpec policy, double t) {
        int l = world.labIndex.get(lab.id());
        double horizon = t + policy.horizonDays() * 24;
        double forecast = world.training.expectedLoadH100e(l);
        for (TrafficClass c : TrafficClass.INFERENCE) {
            forecast += lab.forecast(c, horizon);
        }
        forecast *= policy.headroom();
        double contracted = contractedAt(l, horizon, null);
        double shortfall = forecast - contracted;
        if (shortfall <= 0.01 * forecast || shortfall <= 0) {
            return;
        }
        double start = t + policy.leadDays() * 24;
        List<Offer> offers = offers(lab, shortfall, start, horizon);
        Round round = new Round(lab.id(), t, shortfall, start, offers, policy);
        for (Contract contract : world.contracts) {
            if (contract.labIndex() != l) {
                continue;
            }
            for (ActiveClause clause : contract.clauses()) {
                if (clause.isActiveAt(t)) {
                    clause.clause().onProcurement(round);
                }
            }
        }
        accept(lab, l, policy, round, t, horizon);
    }

    /** Effective H100e the lab's contracts (on {@code onlyCloud}, or all if null) provide at {@code t}. */
    private double contractedAt(int l, double t, String onlyCloud) {
        Lab lab = world.labs.get(l);
        double sum = 0;
        for (Contract contract : world.contracts) {
            if (contract.labIndex() == l && (onlyCloud == null || contract.cloud().equals(onlyCloud))) {
                AcceleratorSpec acc = world.accelerators.get(contract.acceleratorIndex());
                sum += contract.reservedChips(t) * acc.h100e() * lab.efficiency(acc.id(), t);
            }
        }
        return sum;
    }

    private List<Offer> offers(Lab lab, double shortfall, double start, double horizon) {
        List<Offer> offers = new ArrayList<>();
        for (Cloud cloud : world.clouds) {
            for (AcceleratorSpec acc : world.accelerators) {
                PriceSpec price = cloud.price(acc.id());
                if (price == null || !acc.hostableBy(cloud.id())
                        || (acc.availableFrom() != null && world.calendar.hoursAt(acc.availableFrom()) > horizon)) {
                    continue;
                }
                double eff = acc.h100e() * lab.efficiency(acc.id(), start);
                double wanted = shortfall / eff;
                double free = uncommittedChips(cloud, acc, start);
                double chips = Math.min(wanted, free);
                if (chips > 0.01 * wanted) {
                    offers.add(new Offer(cloud.id(), acc.id(), chips, chips * eff, start, price.contract()));
                }
            }
        }
        return offers;
    }

    /** Chips of {@code acc} the cloud's nominal pipeline will have powered and not reserved at {@code t}. */
    private double uncommittedChips(Cloud cloud, AcceleratorSpec acc, double t) {
        double projected = 0;
        for (Site site : cloud.sites()) {
            double power = 0;
            for (PowerMilestoneSpec m : site.spec().power()) {
                if (world.calendar.hoursAt(m.from()) <= t) {
                    power += m.mw();
                }
            }
            double chipsOfAcc = site.deliveredChips(acc.id());
            double chipsAll = 0;
            for (AcceleratorSpec a : world.accelerators) {
                chipsAll += site.deliveredChips(a.id()) * site.facilityMwPerChip(a.id());
            }
            for (DeliverySpec d : site.spec().deliveries()) {
                double quarters = futureDeliveries(d, t);
                chipsAll += quarters * d.chipsPerQuarter() * site.facilityMwPerChip(d.accelerator());
                if (d.accelerator().equals(acc.id())) {
                    chipsOfAcc += quarters * d.chipsPerQuarter();
                }
            }
            double poweredFraction = chipsAll > 0 ? Math.min(1, power / chipsAll) : 0;
            projected += chipsOfAcc * poweredFraction;
        }
        double reserved = 0;
        for (Contract contract : cloud.contracts()) {
            if (contract.accelerator().equals(acc.id())) {
                reserved += Math.max(contract.reservedChips(t), contract.isActiveAt(t) ? contract.fullChips() : 0);
            }
        }
        return Math.max(0, projected - reserved);
    }

    /** Deliveries of {@code d} scheduled (nominally, without slips) after now and by {@code t}. */
    private double futureDeliveries(DeliverySpec d, double t) {
        double now = world.sim.now();
        java.time.LocalDate last = d.until() == null || d.until().isAfter(world.spec.end()) ? world.spec.end() : d.until();
        int count = 0;
        for (java.time.LocalDate date = d.from(); !date.isAfter(last); date = date.plusMonths(3)) {
            double h = world.calendar.hoursAt(date);
            if (h > t) {
                break;
            }
            if (h > now) {
                count++;
            }
        }
        return count;
    }

    private void accept(Lab lab, int l, ProcurementSpec policy, Round round, double t, double horizon) {
        double need = round.requestedH100e();
        double total = contractedAt(l, horizon, null);
        for (Offer offer : round.offers()) {
            if (need <= 0) {
                break;
            }
            double onCloud = contractedAt(l, horizon, offer.cloud());
            double m = policy.maxSharePerCloud();
            double cap = m >= 1 ? Double.POSITIVE_INFINITY : Math.max(0, (m * total - onCloud) / (1 - m));
            double take = Math.min(Math.min(need, offer.effectiveH100e()), cap);
            double perChip = offer.effectiveH100e() / offer.chips();
            double chips = take / perChip;
            double years = policy.contractYears();
            double valueEstimate = chips * offer.priceUsdPerChipHour() * years * HOURS_PER_YEAR;
            double budget = lab.spec().fundingUsd() - lab.committedUsd();
            if (valueEstimate > budget) {
                chips *= Math.max(0, budget) / valueEstimate;
                take = chips * perChip;
            }
            if (chips <= 0 || take < 0.001 * round.requestedH100e()) {
                continue;
            }
            Cloud cloud = world.clouds.get(world.cloudIndex.get(offer.cloud()));
            AcceleratorSpec acc = world.accelerators.get(world.acceleratorIndex.get(offer.accelerator()));
            double mw = chips * acc.kwItPerChip() * cloud.referencePue() / 1000.0;
            java.time.LocalDate startDate = world.calendar.dateAt(offer.startHours());
            ContractSpec spec = new ContractSpec(lab.id() + "-" + offer.cloud() + "-" + (++signed), lab.id(),
                    offer.cloud(), offer.accelerator(), mw, startDate,
                    startDate.plusDays(Math.round(years * 365)).minusDays(1), policy.rampMonths(),
                    offer.priceUsdPerChipHour(), null, List.of());
            Contract contract = world.sign(spec, t, round.decidedBy);
            world.trace(t, round.decidedBy, contract.contractId(), lab.id(), offer.cloud(), "sign",
                    String.format(java.util.Locale.ROOT, "shortfall %.0f H100e; offer %s %s at $%.2f per effective H100e-hour",
                            round.requestedH100e(), offer.cloud(), offer.accelerator(), offer.effectivePrice()), take);
            need -= take;
            total += take;
        }
    }

    /** The round as clauses see it; offers sorted by the lab's score. */
    private final class Round implements ProcurementRound {
        private final String lab;
        private final double t;
        private final double requested;
        private final double start;
        private final List<Offer> offers;
        private String decidedBy = "procurement";

        Round(String lab, double t, double requested, double start, List<Offer> offers, ProcurementSpec policy) {
            this.lab = lab;
            this.t = t;
            this.requested = requested;
            this.start = start;
            double cheapest = offers.stream().mapToDouble(Offer::effectivePrice).min().orElse(1);
            double w = policy.priceWeight();
            this.offers = new ArrayList<>(offers);
            this.offers.sort(Comparator.comparingDouble((Offer o) -> w * o.effectivePrice() / Math.max(cheapest, 1e-12)
                    + (1 - w) * (1 + (o.startHours() - start) / HOURS_PER_YEAR)).thenComparing(Offer::cloud)
                    .thenComparing(Offer::accelerator));
        }

        public String lab() { return lab; }
        public double timeHours() { return t; }
        public double requestedH100e() { return requested; }
        public double requestedStartHours() { return start; }
        public List<Offer> offers() { return List.copyOf(offers); }

        public void removeOffersOf(String cloud, String reason) {
            if (offers.removeIf(o -> o.cloud().equals(cloud))) {
                world.trace(t, "clause", null, lab, cloud, "remove offers", reason, Double.NaN);
            }
        }

        public void awardTo(String cloud, String reason) {
            offers.removeIf(o -> !o.cloud().equals(cloud));
            decidedBy = "clause";
            world.trace(t, "clause", null, lab, cloud, "award", reason, requested);
        }
    }
}
