package org.gigasim.model.world.procurement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * Contracts after signing: renewal and cancellation, both the lab's decisions.
 *
 * <p><b>Renewal.</b> At the first review at which a contract's end falls within the lab's
 * horizon, the lab works out what it will need at that end (its forecast then, plus its
 * training load, times headroom) beyond what its other contracts will provide then, and renews
 * that much of the contract, at most all of it: a new contract on the same cloud and
 * accelerator, reserved at the same site or in the same region, from the day after the old one's
 * last day, for the policy's term, with no ramp
 * (the chips are in place), at the market's contract price at the time ({@link MarketPrice}),
 * within the lab's cash rule. Renewing when the end enters the horizon, before the review looks
 * for a shortfall, is what makes it a renewal: otherwise the lab would go to the market for it.
 * With a renewal notice shorter than the horizon the lab renews only when the end is within the
 * notice, and until then its reviews count the contract as held from its end on
 * ({@link #dueForRenewalAt}), which keeps it from the market all the same.
 *
 * <p><b>Deferral.</b> When a cut in the lab's forecast leaves its contracted capacity at the end
 * of its horizon above its need, it first defers what it can, latest-signed contracts first: of
 * each contract that has not started and holds a deferral right, it moves the part that relieves
 * the excess at the horizon (all of it at most) later by the right's shift, as a contract of its
 * own, paying the right's fee share of the value moved at once. Deferring rather than cancelling
 * is what a lab does when it expects its demand to come back: growth absorbs a cut in time.
 *
 * <p><b>Cancellation.</b> What deferral leaves of the excess, at most what the cut took away, it
 * cancels from now on, latest-signed contracts first (parts it has just deferred excepted); each
 * cancelled part stops for the rest of its contract's term, and the lab pays the policy's
 * penalty share of the value cancelled at once.
 */
final class Lifecycle {

    /** Effective H100e a lab's contracts provide at a time. */
    @FunctionalInterface
    interface Contracted {
        double at(int lab, double t);
    }

    private final Indices indices;
    private final Clock clock;
    private final Contracts contracts;
    private final CommitmentLimit limit;
    private final ContractSigner signer;
    private final Ledger ledger;
    private final DecisionListener decisions;
    private final Contracted contracted;
    private final Set<Contract> decided = Collections.newSetFromMap(new IdentityHashMap<>());

    Lifecycle(Indices indices, Clock clock, Contracts contracts, CommitmentLimit limit, ContractSigner signer,
            Ledger ledger, DecisionListener decisions, Contracted contracted) {
        this.indices = indices;
        this.clock = clock;
        this.contracts = contracts;
        this.limit = limit;
        this.signer = signer;
        this.ledger = ledger;
        this.decisions = decisions;
        this.contracted = contracted;
    }

    /** Renews, for what it will still need, each of lab {@code l}'s contracts that ends in ({@code t}, {@code until}]. */
    void renewEnding(Lab lab, int l, ProcurementSpec policy, double t, double until, DoubleUnaryOperator needAt) {
        for (Contract old : List.copyOf(contracts.ofLab(l))) {
            double end = old.endHours();
            if (end <= t || end > until || old.fullChips() <= 0 || !decided.add(old)) {
                continue;
            }
            AcceleratorSpec acc = indices.accelerator(old.acceleratorIndex());
            Cloud cloud = indices.cloud(old.cloud());
            double perChip = acc.h100e() * lab.efficiency(acc.id(), end);
            // A lab inside the cloud's company renews its internal allocation, again at no price.
            double price = cloud.id().equals(lab.spec().internalTo()) ? 0
                    : MarketPrice.contractUsdPerChipHour(indices, cloud, acc.id(), policy.contractYears(), t, end);
            double need = needAt.applyAsDouble(end) - contracted.at(l, end);
            if (need <= 0 || perChip <= 0 || !(price >= 0)) {
                continue;
            }
            double chips = Math.min(old.fullChips(), need / perChip);
            LocalDate start = clock.calendar().dateAt(end);
            LocalDate last = start.plusDays(Math.round(policy.contractYears() * 365)).minusDays(1);
            double endHours = clock.calendar().hoursAt(last.plusDays(1));
            double headroom = limit.headroomUsd(l, t);
            double inWindow = CommitmentLimit.windowValueUsd(chips, price, end, endHours, 0, t, limit.windowHours(lab));
            if (inWindow > Math.max(0, headroom)) {
                double wanted = chips * perChip;
                chips *= Math.max(0, headroom) / inWindow;
                decisions.commitmentLimited(t, lab.id(), cloud.id(), wanted, chips * perChip, headroom);
            }
            if (chips <= 1e-9 * old.fullChips()) {
                continue;
            }
            // The renewal reserves where the old contract did: the same campus, or the same region.
            ContractSpec spec = new ContractSpec(old.contractId() + "-r", lab.id(), cloud.id(), acc.id(),
                    ContractTerms.mw(chips, acc, cloud), start, last, 0.0, price, null, List.of(), old.site(),
                    old.site() == null ? old.region() : null);
            Contract renewal = signer.sign(spec, t, DecisionListener.RENEWAL);
            decisions.renewed(t, old.contractId(), renewal.contractId(), lab.id(), cloud.id(), chips * perChip, price,
                    renewal.signedValueUsd());
        }
    }

    /**
     * Effective H100e at {@code at} of lab {@code l}'s contracts (on {@code onlyCloud}, or all if
     * null) that end in ({@code after}, {@code at}] and whose renewal is not yet decided: what a lab
     * renewing at a notice shorter than its horizon means to renew later, counted from each end at
     * the chips the contract holds, rated at {@code at}.
     */
    double dueForRenewalAt(Lab lab, int l, double after, double at, String onlyCloud) {
        double sum = 0;
        for (Contract contract : contracts.ofLab(l)) {
            double end = contract.endHours();
            if (end <= after || end > at || contract.fullChips() <= 0 || decided.contains(contract)
                    || onlyCloud != null && !contract.cloud().equals(onlyCloud)) {
                continue;
            }
            AcceleratorSpec acc = indices.accelerator(contract.acceleratorIndex());
            sum += contract.fullChips() * acc.h100e() * lab.efficiency(acc.id(), at);
        }
        return sum;
    }

    /**
     * Defers up to {@code excessH100e} (effective H100e at {@code horizon}) of lab {@code l}'s
     * contracted capacity, latest-signed contracts first, from those that have not started and
     * hold a deferral right (used once). A part moved by {@code s} hours relieves, at the
     * horizon, what the contract reserves then less what it reserved {@code s} hours earlier, so
     * the share moved is the excess over that relief, at most 1. Returns the relief (effective
     * H100e at the horizon).
     */
    double defer(Lab lab, int l, double t, double horizon, double excessH100e) {
        double excess = excessH100e;
        List<Contract> own = List.copyOf(contracts.ofLab(l));
        for (int i = own.size() - 1; i >= 0 && excess > 0; i--) {
            Contract contract = own.get(i);
            double shift = contract.deferralShiftHours();
            if (shift <= 0 || contract.startHours() <= t || contract.fullChips() <= 0) {
                continue;
            }
            AcceleratorSpec acc = indices.accelerator(contract.acceleratorIndex());
            double perChip = acc.h100e() * lab.efficiency(acc.id(), horizon);
            double relief = (contract.reservedChips(horizon) - contract.reservedChips(horizon - shift)) * perChip;
            if (relief <= 0) {
                continue;
            }
            double share = Math.min(1, excess / relief);
            deferPart(lab, contract, acc, t, share);
            excess -= share * relief;
        }
        return excessH100e - excess;
    }

    /** Moves the share {@code share} of {@code contract} later by its deferral shift, for its fee. */
    private void deferPart(Lab lab, Contract contract, AcceleratorSpec acc, double t, double share) {
        Cloud cloud = indices.cloud(contract.cloud());
        int days = (int) Math.round(contract.deferralShiftHours() / 24);
        double feeShare = contract.deferralFeeShare();
        contract.allowDeferral(0, 0);
        double chips = contract.fullChips() * share;
        double movedUsd = share * contract.remainingUsd(t);
        ledger.transfer(lab, cloud, contract.settleTo(t), Ledger.Cause.CONTRACT);
        contract.amend(t, contract.mw() * (1 - share), contract.fullChips() * (1 - share), contract.endHours(),
                contract.priceUsdPerChipHour());
        // Start and end move by the same whole days: the part keeps its term, ramp, price, value and
        // where its capacity is reserved.
        LocalDate start = clock.calendar().dateAt(contract.startHours()).plusDays(days);
        LocalDate last = clock.calendar().dateAt(contract.endHours()).minusDays(1).plusDays(days);
        ContractSpec spec = new ContractSpec(contract.contractId() + "-d", lab.id(), cloud.id(), acc.id(),
                ContractTerms.mw(chips, acc, cloud), start, last, contract.rampHours() / Contract.RAMP_STEP_HOURS,
                contract.priceUsdPerChipHour(), null, List.of(), contract.site(),
                contract.site() == null ? contract.region() : null);
        Contract part = signer.sign(spec, t, DecisionListener.DEFERRAL);
        double fee = feeShare * movedUsd;
        part.payFee(fee);
        ledger.transfer(lab, cloud, fee, Ledger.Cause.PENALTY);
        decisions.deferred(t, contract.contractId(), part.contractId(), lab.id(), cloud.id(),
                chips * acc.h100e() * lab.efficiency(acc.id(), part.startHours()), movedUsd, fee, days);
    }

    /**
     * Cancels {@code excessH100e} (effective H100e at {@code horizon}) of lab {@code l}'s
     * contracted capacity from {@code t} on, latest-signed contracts first, for the share
     * {@code penalty} of the value cancelled.
     */
    void cancel(Lab lab, int l, double t, double horizon, double excessH100e, double penalty) {
        double excess = excessH100e;
        List<Contract> own = contracts.ofLab(l);
        for (int i = own.size() - 1; i >= 0 && excess > 0; i--) {
            Contract contract = own.get(i);
            AcceleratorSpec acc = indices.accelerator(contract.acceleratorIndex());
            double provides = contract.reservedChips(horizon) * acc.h100e() * lab.efficiency(acc.id(), horizon);
            // A deferred part is capacity the lab chose to keep for later: it is not cancelled.
            if (provides <= 0 || DecisionListener.DEFERRAL.equals(contract.decidedBy())) {
                continue;
            }
            double cut = Math.min(excess, provides);
            double keep = 1 - cut / provides;
            double before = contract.remainingUsd(t);
            double[] settled = new double[1];
            double fee = contract.cancel(t, contract.mw() * keep, contract.fullChips() * keep, penalty, settled);
            Cloud cloud = indices.cloud(contract.cloud());
            ledger.transfer(lab, cloud, settled[0], Ledger.Cause.CONTRACT);
            ledger.transfer(lab, cloud, fee, Ledger.Cause.PENALTY);
            decisions.cancelled(t, contract.contractId(), lab.id(), cloud.id(), cut,
                    before - contract.remainingUsd(t) - fee, fee);
            excess -= cut;
        }
    }
}
