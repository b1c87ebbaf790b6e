package org.gigasim.model.world.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.core.Pipeline;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The procurement decision point. Every review period a lab projects its demand at the
 * end of its horizon (growth and demand factors, no noise, plus its expected training
 * load, times headroom) and compares it with what its contracts will then provide. A
 * shortfall becomes a request; every cloud offers, per accelerator it may host, the
 * chips its nominal pipeline (power and deliveries on schedule) will have uncommitted at
 * the requested start; clauses act on the round; the lab takes offers best score first
 * within its per-cloud share cap and its cash rule ({@link CommitmentLimit}). Before it looks
 * for a shortfall, the lab renews the contracts that end within its horizon, and after a cut in
 * its forecast it cancels what it no longer needs ({@link Lifecycle}).
 *
 * <p><b>Staggered reviews.</b> Each lab's first review comes at its own offset into the run
 * ({@code review_offset_days}, drawn once per replication from the stream
 * {@code procurement/review/<lab>}; by default uniform over its review period). Were every lab to
 * review on the same day, the labs would meet the scarce pipeline in the scenario file's order, at
 * the same instant, and a clause that made one of them wait would hand its place to whoever was
 * listed next: the tie, not the clause, would decide who gets the capacity. Drawn offsets make the
 * order of reviews an uncertain input, averaged over by the replications and shared by the two
 * arms of a paired comparison (common random numbers).
 *
 * <p><b>Dated deals.</b> A lab whose policy says {@code count_dated_deals} counts, at a review,
 * its own deals that scenario events sign after the review and no later than its next one as
 * contracted capacity ({@link DatedDeals}): in its renewals, its shortfall and its share cap per
 * cloud. Its cash rule and a forecast cut between reviews count signed contracts only.
 *
 * <p><b>Renewal notice.</b> A lab whose policy renews with a {@code renewal_notice_days} shorter
 * than its horizon renews a contract only at a review within that notice of its end; until then
 * the review counts the contract's chips from its end on as held ({@link Lifecycle#dueForRenewalAt}),
 * in its shortfall and share cap, so it buys nothing from the market to replace it.
 */
public final class Procurement {


    private final Indices indices;
    private final Clock clock;
    private final Contracts contracts;
    private final IntToDoubleFunction trainingLoadH100e;
    private final ContractSigner signer;
    private final DecisionListener decisions;
    private final OfferBook book;
    private final CommitmentLimit limit;
    private final Lifecycle lifecycle;
    private final DatedDeals dated;
    /** Until when each lab (by index) waits out a match window: it asks for nothing new before then. */
    private final double[] waitingUntil;
    /** When each lab (by index) reviews first, in hours from the start. */
    private final double[] firstReviewHours;
    private int signed;

    /**
     * @param trainingLoadH100e    each lab's expected training load (effective H100e), by lab index
     * @param servedInferenceH100e effective H100e of inference each lab was served at the last routing decision
     */
    public Procurement(Indices indices, Clock clock, Contracts contracts, IntToDoubleFunction trainingLoadH100e,
            IntToDoubleFunction servedInferenceH100e, ContractSigner signer, Ledger ledger,
            DecisionListener decisions) {
        this(indices, clock, contracts, trainingLoadH100e, servedInferenceH100e, signer, ledger, decisions, List.of());
    }

    /**
     * As above, with the scenario's dated {@code events}, whose {@code sign_contract} deals a lab
     * with {@code count_dated_deals} counts before they are signed.
     */
    public Procurement(Indices indices, Clock clock, Contracts contracts, IntToDoubleFunction trainingLoadH100e,
            IntToDoubleFunction servedInferenceH100e, ContractSigner signer, Ledger ledger,
            DecisionListener decisions, List<EventSpec> events) {
        this.indices = indices;
        this.clock = clock;
        this.contracts = contracts;
        this.trainingLoadH100e = trainingLoadH100e;
        this.signer = signer;
        this.decisions = decisions;
        this.book = new OfferBook(indices, clock);
        this.limit = new CommitmentLimit(indices, contracts, servedInferenceH100e, trainingLoadH100e);
        this.dated = new DatedDeals(indices, clock.calendar(), events);
        // Renewals are decided at a review, so they count the deals the review counts.
        this.lifecycle = new Lifecycle(indices, clock, contracts, limit, signer, ledger, decisions,
                (l, t) -> heldAt(l, clock.now(), t, null));
        this.waitingUntil = new double[indices.labCount()];
        this.firstReviewHours = new double[indices.labCount()];
    }

    /**
     * Draws each lab's first review from its policy's {@code review_offset_days}, on the stream
     * {@code procurement/review/<lab>} of {@code streams}; a negative draw means the start.
     */
    public void drawFirstReviews(RandomStreams streams) {
        for (Lab lab : indices.labs()) {
            ProcurementSpec policy = lab.spec().procurement();
            if (policy != null) {
                double days = policy.reviewOffsetDays()
                        .sampler(streams.stream("procurement/review/" + lab.id())).sample();
                firstReviewHours[indices.labIndex(lab.id())] = Math.max(0, days) * 24;
            }
        }
    }

    /** USD per hour lab {@code l} (by index) may spend on demand from {@code t} under its cash rule (infinite without finance). */
    public double onDemandBudgetUsdPerHour(int l, double t) {
        return limit.onDemandBudgetUsdPerHour(l, t);
    }

    /** {@link #onDemandBudgetUsdPerHour} as far as spending {@code usdPerHour} needs it: that rate when the budget surely covers it. */
    public double onDemandBudgetUpTo(int l, double t, double usdPerHour) {
        return limit.onDemandBudgetUpTo(l, t, usdPerHour);
    }

    /** The effective H100e lab {@code lab} plans to need at the end of its horizon from {@code t} (0 without a policy). */
    public double plannedNeedH100e(Lab lab, double t) {
        ProcurementSpec policy = lab.spec().procurement();
        if (policy == null) {
            return 0;
        }
        int l = indices.labIndex(lab.id());
        return need(lab, policy, t + policy.horizonDays() * 24, trainingLoadH100e.applyAsDouble(l));
    }

    /**
     * After a cut in lab {@code lab}'s forecast at {@code t} (its planned need was
     * {@code needBeforeH100e}), defers the contracted capacity it no longer needs where its
     * contracts allow, then cancels what is left of it, up to what the cut took away, if its
     * policy states a cancellation penalty.
     */
    public void forecastCut(Lab lab, double t, double needBeforeH100e) {
        ProcurementSpec policy = lab.spec().procurement();
        if (policy == null) {
            return;
        }
        int l = indices.labIndex(lab.id());
        double horizon = t + policy.horizonDays() * 24;
        double needAfter = need(lab, policy, horizon, trainingLoadH100e.applyAsDouble(l));
        double cut = needBeforeH100e - needAfter;
        double excess = Math.min(contractedAt(l, horizon, null) - needAfter, cut);
        if (excess <= 0) {
            return;
        }
        double deferred = lifecycle.defer(lab, l, t, horizon, excess);
        if (policy.cancellationPenalty() == null) {
            return;
        }
        lifecycle.cancel(lab, l, t, horizon, Math.min(contractedAt(l, horizon, null) - needAfter, cut - deferred),
                policy.cancellationPenalty());
    }

    /** Inference forecast at {@code at} (reach the lab may serve included) plus the training load, times the policy's headroom. */
    private static double need(Lab lab, ProcurementSpec policy, double at, double trainingLoad) {
        double forecast = trainingLoad;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            forecast += lab.forecast(c, at);
        }
        forecast += lab.openReachForecast(at);
        return forecast * policy.headroom();
    }

    /** Schedules every lab's first review, at its drawn offset ({@link #drawFirstReviews}; the start if none was drawn). */
    public void start() {
        for (Lab lab : indices.labs()) {
            ProcurementSpec policy = lab.spec().procurement();
            if (policy != null) {
                schedule(lab, policy, firstReviewHours[indices.labIndex(lab.id())]);
            }
        }
    }

    private void schedule(Lab lab, ProcurementSpec policy, double at) {
        if (clock.before(at)) {
            clock.sim().scheduleAt(at, s -> {
                review(lab, policy, s.now());
                schedule(lab, policy, s.now() + policy.reviewDays() * 24);
            });
        }
    }

    private void review(Lab lab, ProcurementSpec policy, double t) {
        int l = indices.labIndex(lab.id());
        double horizon = t + policy.horizonDays() * 24;
        double trainingLoad = trainingLoadH100e.applyAsDouble(l);
        if (policy.countDatedDeals()) {
            for (DatedDeals.Counted deal : dated.counted(lab, t, policy.reviewDays() * 24, horizon)) {
                decisions.datedDealCounted(t, deal.contract().id(), lab.id(), deal.contract().cloud(), deal.h100e(),
                        deal.datedHours(), horizon);
            }
        }
        if (policy.renew()) {
            // A notice as long as the horizon is the same bound, worked out the same way.
            double noticeEnds = t + policy.renewalNoticeDays() * 24;
            lifecycle.renewEnding(lab, l, policy, t, noticeEnds, end -> need(lab, policy, end, trainingLoad));
        }
        if (t < waitingUntil[l]) {
            return;   // still waiting out a match window on its last request
        }
        double forecast = trainingLoad;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            forecast += lab.forecast(c, horizon);
        }
        // Reach demand counts only while the last routing decision let the lab serve it.
        forecast += lab.openReachForecast(horizon);
        double trainingShare = forecast > 0 ? trainingLoad / forecast : 0;
        forecast *= policy.headroom();
        double contracted = heldAt(l, t, horizon, null);
        double shortfall = forecast - contracted;
        if (shortfall <= 0.01 * forecast || shortfall <= 0) {
            return;
        }
        double start = t + policy.leadDays() * 24;
        decide(lab, l, policy, () -> new RequestRound(indices, book, decisions, lab, t, shortfall, start, horizon,
                trainingShare, policy), t, t, trainingShare);
    }

    /**
     * Opens the round {@code opening} makes, lets the active clauses act on it, signs what the
     * lab takes, and when a clause held a match window, comes back to the market for the rest
     * once it ends ({@code askedAt}: when the lab first asked).
     */
    private void decide(Lab lab, int l, ProcurementSpec policy, Supplier<RequestRound> opening, double t,
            double askedAt, double trainingShare) {
        RequestRound round;
        // Offers are made and clauses act on them before anything is signed: the pipeline is read once per time.
        book.openRound();
        try {
            round = opening.get();
            for (Contract contract : List.copyOf(contracts.ofLab(l))) {
                for (ActiveClause clause : contract.clauses()) {
                    if (clause.isActiveAt(t)) {
                        round.actingFor(contract, clause.clause().type());
                        clause.clause().onProcurement(round);
                    }
                }
            }
        } finally {
            book.closeRound();
        }
        double left = accept(lab, l, policy, round, t, round.horizonHours());
        if (round.heldDays() > 0) {
            double at = t + round.heldDays() * 24;
            waitingUntil[l] = at;
            if (left > 0.001 * round.requestedH100e() && clock.before(at)) {
                double asked = round.askedStartHours();
                clock.sim().scheduleAt(at, s -> {
                    double now = s.now();
                    decide(lab, l, policy, () -> {
                        RequestRound market = new RequestRound(indices, book, decisions, lab, now, left,
                                now + policy.leadDays() * 24, now + policy.horizonDays() * 24, trainingShare, policy);
                        market.waited(now - askedAt, asked);
                        return market;
                    }, now, askedAt, trainingShare);
                });
            }
        }
    }

    /**
     * Effective H100e the lab's contracts (on {@code onlyCloud}, or all if null) provide at
     * {@code t}; with all, its own clouds' pipeline on expected dates too, since capacity it
     * builds itself is capacity it need not buy.
     */
    double contractedAt(int l, double t, String onlyCloud) {
        Lab lab = indices.lab(l);
        double sum = onlyCloud == null ? Pipeline.ownedH100e(indices, l, clock.now(), t, true) : 0;
        for (Contract contract : contracts.ofLab(l)) {
            if (onlyCloud == null || contract.cloud().equals(onlyCloud)) {
                AcceleratorSpec acc = indices.accelerator(contract.acceleratorIndex());
                sum += contract.reservedChips(t) * acc.h100e() * lab.efficiency(acc.id(), t);
            }
        }
        return sum;
    }

    /**
     * What a review at {@code t} counts lab {@code l} as holding at {@code at} (on {@code onlyCloud},
     * or all if null): its {@link #contractedAt contracts and own clouds}, the dated deals it counts,
     * and with a renewal notice shorter than its horizon the contracts it will decide to renew later.
     */
    private double heldAt(int l, double t, double at, String onlyCloud) {
        double held = contractedAt(l, at, onlyCloud) + datedDealsAt(l, t, at, onlyCloud);
        Lab lab = indices.lab(l);
        ProcurementSpec policy = lab.spec().procurement();
        if (policy != null && policy.renew() && policy.renewalNoticeDays() < policy.horizonDays()) {
            held += lifecycle.dueForRenewalAt(lab, l, t + policy.renewalNoticeDays() * 24, at, onlyCloud);
        }
        return held;
    }

    /**
     * Effective H100e at {@code at} of the deals lab {@code l} counts at a review at {@code t}
     * (on {@code onlyCloud}, or all if null): 0 unless its policy says {@code count_dated_deals}.
     */
    private double datedDealsAt(int l, double t, double at, String onlyCloud) {
        Lab lab = indices.lab(l);
        ProcurementSpec policy = lab.spec().procurement();
        if (policy == null || !policy.countDatedDeals()) {
            return 0;
        }
        return dated.providedH100e(lab, t, policy.reviewDays() * 24, at, onlyCloud);
    }

    /** Signs what the lab takes of the round's offers; returns the effective H100e still missing. */
    private double accept(Lab lab, int l, ProcurementSpec policy, RequestRound round, double t, double horizon) {
        double need = round.requestedH100e();
        // The share cap reads the lab's contracted capacity as its shortfall did: counted deals included.
        double total = heldAt(l, t, horizon, null);
        Map<Offer, Double> quotes = book.quotes(lab, round.offers());
        for (Offer offer : round.offers()) {
            if (need <= 0) {
                break;
            }
            double onCloud = heldAt(l, t, horizon, offer.cloud());
            double m = policy.maxSharePerCloud();
            // A clause's award is the lab's obligation, not its choice: the share cap does not bind it.
            double cap = m >= 1 || round.isAwarded(offer) ? Double.POSITIVE_INFINITY
                    : Math.max(0, (m * total - onCloud) / (1 - m));
            double take = Math.min(Math.min(need, offer.effectiveH100e()), cap);
            double perChip = offer.effectiveH100e() / offer.chips();
            double chips = take / perChip;
            double years = policy.contractYears();
            double headroom = limit.headroomUsd(l, t);
            double inWindow = CommitmentLimit.windowValueUsd(chips, offer.priceUsdPerChipHour(), offer.startHours(),
                    offer.startHours() + Math.round(years * 365) * 24.0,
                    Contract.rampHoursOfMonths(policy.rampMonths()), t, limit.windowHours(lab));
            if (inWindow > Math.max(0, headroom)) {
                double wanted = take;
                chips *= Math.max(0, headroom) / inWindow;
                take = chips * perChip;
                decisions.commitmentLimited(t, lab.id(), offer.cloud(), wanted, take, headroom);
            }
            if (chips <= 0 || take < 0.001 * round.requestedH100e()) {
                continue;
            }
            Cloud cloud = indices.cloud(offer.cloud());
            double mw = ContractTerms.mw(chips, indices.accelerator(offer.accelerator()), cloud);
            LocalDate startDate = clock.calendar().dateAt(offer.startHours());
            ContractSpec spec = new ContractSpec(lab.id() + "-" + offer.cloud() + "-" + (++signed), lab.id(),
                    offer.cloud(), offer.accelerator(), mw, startDate,
                    startDate.plusDays(Math.round(years * 365)).minusDays(1), policy.rampMonths(),
                    offer.priceUsdPerChipHour(), null, List.of());
            String decidedBy = round.decidedBy(offer);
            Contract contract = signer.sign(spec, t, decidedBy);
            decisions.signed(t, decidedBy, contract.contractId(), lab.id(), offer.cloud(), offer.accelerator(), take,
                    round.requestedH100e(), offer.effectivePrice(), contract.signedValueUsd());
            double quote = quotes.get(offer);
            double conceded = offer.priceUsdPerChipHour() > 0
                    ? contract.signedValueUsd() * (quote / offer.priceUsdPerChipHour() - 1) : 0;
            decisions.procured(t, contract.contractId(), lab.id(), offer.cloud(), take,
                    (offer.startHours() - round.askedStartHours()) / 24, conceded);
            need -= take;
            total += take;
        }
        return need;
    }
}
