package org.gigasim.model.world;

import java.util.List;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ContractSpec;
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
    private final OfferBook book;
    private int signed;

    Procurement(World world) {
        this.world = world;
        this.book = new OfferBook(world);
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
        double trainingLoad = world.training.expectedLoadH100e(l);
        double forecast = trainingLoad;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            forecast += lab.forecast(c, horizon);
        }
        double trainingShare = forecast > 0 ? trainingLoad / forecast : 0;
        forecast *= policy.headroom();
        double contracted = contractedAt(l, horizon, null);
        double shortfall = forecast - contracted;
        if (shortfall <= 0.01 * forecast || shortfall <= 0) {
            return;
        }
        double start = t + policy.leadDays() * 24;
        RequestRound round = new RequestRound(world, book, lab, t, shortfall, start, horizon, trainingShare, policy);
        for (Contract contract : List.copyOf(world.contracts)) {
            if (contract.labIndex() != l) {
                continue;
            }
            for (ActiveClause clause : contract.clauses()) {
                if (clause.isActiveAt(t)) {
                    round.actingFor(contract, clause.clause().type());
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

    private void accept(Lab lab, int l, ProcurementSpec policy, RequestRound round, double t, double horizon) {
        double need = round.requestedH100e();
        double total = contractedAt(l, horizon, null);
        for (Offer offer : round.offers()) {
            if (need <= 0) {
                break;
            }
            double onCloud = contractedAt(l, horizon, offer.cloud());
            double m = policy.maxSharePerCloud();
            // A clause's award is the lab's obligation, not its choice: the share cap does not bind it.
            double cap = m >= 1 || round.isAwarded(offer) ? Double.POSITIVE_INFINITY
                    : Math.max(0, (m * total - onCloud) / (1 - m));
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
            Cloud cloud = world.cloud(offer.cloud());
            AcceleratorSpec acc = world.accelerators.get(world.acceleratorIndex.get(offer.accelerator()));
            double mw = chips * acc.kwItPerChip() * cloud.referencePue() / 1000.0;
            java.time.LocalDate startDate = world.calendar.dateAt(offer.startHours());
            ContractSpec spec = new ContractSpec(lab.id() + "-" + offer.cloud() + "-" + (++signed), lab.id(),
                    offer.cloud(), offer.accelerator(), mw, startDate,
                    startDate.plusDays(Math.round(years * 365)).minusDays(1), policy.rampMonths(),
                    offer.priceUsdPerChipHour(), null, List.of());
            String decidedBy = round.decidedBy(offer);
            Contract contract = world.sign(spec, t, decidedBy);
            world.trace(t, decidedBy, contract.contractId(), lab.id(), offer.cloud(), "sign",
                    String.format(java.util.Locale.ROOT, "shortfall %.0f H100e; offer %s %s at $%.2f per effective H100e-hour",
                            round.requestedH100e(), offer.cloud(), offer.accelerator(), offer.effectivePrice()), take);
            if (!decidedBy.equals(RequestRound.PROCUREMENT)) {
                world.clauseMoved(decidedBy, lab.id(), offer.cloud(), take, contract.signedValueUsd());
            }
            need -= take;
            total += take;
        }
    }
}
