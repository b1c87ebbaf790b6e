package org.gigasim.model.world.settlement;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.FundingRoundSpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The cash of the labs that have finance: revenue earned on the inference they serve, the
 * funding rounds they raise on their dates, and counterparty default. Revenue accrues with
 * money and use, over each interval between routing decisions, at the effective H100e of
 * inference the last decision served (training earns nothing). Once a day every such lab's
 * contracts are settled up to the day, so its cash is exact, and a lab whose cash has fallen
 * below minus its credit line defaults: every contract it holds ends that day, and what
 * remained of each is written off (the cloud's backlog drops by it). A lab in default buys
 * nothing on demand and signs nothing (its cash rule leaves no headroom), so its demand goes
 * unserved and earns nothing, until a funding round brings its cash back above zero.
 */
public final class LabCash {

    private final Indices indices;
    private final Clock clock;
    private final Contracts contracts;
    private final Ledger ledger;
    private final IntToDoubleFunction servedInferenceH100e;
    private final DecisionListener decisions;
    private final Runnable contractsEnded;
    /** Per lab, the cloud of each contract it holds, by position in its list (which only grows), looked up once. */
    private final Cloud[][] cloudOfHeld;

    /**
     * @param servedInferenceH100e effective H100e of inference each lab (by index) was served at the last decision
     * @param contractsEnded       called when a default ended contracts or a lab recovered, so routing reallocates
     */
    public LabCash(Indices indices, Clock clock, Contracts contracts, Ledger ledger,
            IntToDoubleFunction servedInferenceH100e, DecisionListener decisions, Runnable contractsEnded) {
        this.indices = indices;
        this.clock = clock;
        this.contracts = contracts;
        this.ledger = ledger;
        this.servedInferenceH100e = servedInferenceH100e;
        this.decisions = decisions;
        this.contractsEnded = contractsEnded;
        cloudOfHeld = new Cloud[indices.labCount()][0];
    }

    /** Schedules every funding round dated within the run; rounds before the start are part of the opening cash. */
    public void scheduleRounds() {
        for (Lab lab : indices.labs()) {
            if (!lab.hasFinance()) {
                continue;
            }
            for (FundingRoundSpec round : lab.spec().finance().fundingRounds()) {
                double at = clock.calendar().hoursAt(round.on());
                if (at >= 0 && clock.before(at)) {
                    clock.sim().scheduleAt(at, s -> {
                        ledger.fund(lab, round.usd());
                        decisions.fundingRaised(s.now(), lab.id(), round.usd(), lab.cashUsd());
                    });
                }
            }
        }
    }

    /** Books the revenue of [{@code from}, {@code to}), over which the last routing decision held. */
    public void accrue(double from, double to) {
        for (int l = 0; l < indices.labCount(); l++) {
            Lab lab = indices.lab(l);
            if (lab.hasFinance()) {
                ledger.earn(lab, servedInferenceH100e.applyAsDouble(l) * lab.revenueUsdPerH100e(from, to));
            }
        }
    }

    /** Settles each lab's contracts up to {@code t} and defaults every lab out of cash and credit. */
    public void check(double t) {
        for (int l = 0; l < indices.labCount(); l++) {
            Lab lab = indices.lab(l);
            if (!lab.hasFinance()) {
                continue;
            }
            java.util.List<Contract> held = contracts.ofLab(l);
            for (int i = 0; i < held.size(); i++) {
                Contract contract = held.get(i);
                double usd = contract.settleTo(t);
                if (usd > 0) {
                    ledger.transfer(lab, cloudOf(l, i, contract), usd, Ledger.Cause.CONTRACT);
                }
            }
            lab.markCashChecked();
            if (lab.cashUsd() < -lab.spec().finance().creditLineUsd()) {
                defaultOn(lab, l, t);
            } else if (lab.inDefault() && lab.cashUsd() > 0) {
                lab.setInDefault(false);
                contractsEnded.run();
            }
        }
    }

    /** The cloud of the {@code i}-th contract lab {@code l} holds. */
    private Cloud cloudOf(int l, int i, Contract contract) {
        Cloud[] clouds = cloudOfHeld[l];
        if (i >= clouds.length) {
            clouds = Arrays.copyOf(clouds, 2 * i + 8);
            cloudOfHeld[l] = clouds;
        }
        if (clouds[i] == null) {
            clouds[i] = indices.cloud(contract.cloud());
        }
        return clouds[i];
    }

    private void defaultOn(Lab lab, int l, double t) {
        boolean ended = !lab.inDefault();
        lab.setInDefault(true);
        for (Contract contract : contracts.ofLab(l)) {
            double remaining = contract.remainingUsd(t);
            if (remaining <= 0) {
                continue;
            }
            Cloud cloud = indices.cloud(contract.cloud());
            ledger.transfer(lab, cloud, contract.terminate(t), Ledger.Cause.CONTRACT);
            decisions.defaulted(t, contract.contractId(), lab.id(), cloud.id(), lab.cashUsd(), remaining);
            ended = true;
        }
        if (ended) {
            contractsEnded.run();
        }
    }
}
