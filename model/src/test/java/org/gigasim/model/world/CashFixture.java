package org.gigasim.model.world;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The world of the cash and contract-lifecycle tests, with no unit factor anywhere: a chip
 * is 2.5 H100e drawing 1.2 kW IT at PUE 1.25, 1.5 kW facility, so a MW reserves 666.67
 * chips; the lab gets 0.8 of the rating, 2 effective H100e per chip. The cloud lists 3.1 USD
 * per chip-hour for contracts and 4.1 on demand; a contract is signed at 2.75. The site has
 * 30 MW online and 20 000 chips installed (all powered: 20 000 × 1.5 kW = 30 MW).
 */
final class CashFixture {

    static final LocalDate START = Specs.START;
    static final double CONTRACT_PRICE = 2.75;

    private CashFixture() {
    }

    static AcceleratorSpec chip() {
        return new AcceleratorSpec("b", "nvidia", null, 1.2, 2.5, null, null, List.of());
    }

    static CloudSpec cloud() {
        SiteSpec site = new SiteSpec("site", "east", 1.25, Map.of("b", 20_000.0), List.of(Specs.power(START, 30)),
                List.of(), null);
        return new CloudSpec("cloud", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of(site));
    }

    /** A lab needing {@code statelessH100e} effective H100e of stateless API inference, flat. */
    static LabSpec lab(double statelessH100e, FinanceSpec finance, ProcurementSpec procurement) {
        return new LabSpec("lab", new DemandSpec(Specs.flat(statelessH100e), null, null, null),
                Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8))), finance, procurement);
    }

    /** A policy that reviews every {@code reviewDays}, looks {@code horizonDays} ahead with no headroom, signs 1-year contracts. */
    static ProcurementSpec policy(double horizonDays, double reviewDays, boolean renew, Double cancellationPenalty) {
        return new ProcurementSpec(horizonDays, 10.0, 1.0, 1.0, reviewDays, 1.0, 0.0, 1.0, renew, cancellationPenalty,
                Specs.REVIEW_AT_START);
    }

    /** A contract for {@code mw} (666.67 chips per MW) at 2.75 USD per chip-hour from the start to {@code last}. */
    static ContractSpec contract(double mw, LocalDate last) {
        return new ContractSpec("deal", "lab", "cloud", "b", mw, START, last, null, CONTRACT_PRICE, null, List.of());
    }

    static ScenarioSpec scenario(LocalDate end, LabSpec lab, List<ContractSpec> contracts, List<EventSpec> events) {
        return new ScenarioSpec("cash", "", START, end, 7L, 1, Duration.ofDays(1), List.of(chip()), List.of(cloud()),
                List.of(lab), contracts, events);
    }

    /** Runs {@code spec} with invariants checked, keeping every decision in {@code decisions}. */
    static ReplicationResult run(ScenarioSpec spec, List<String> decisions) {
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().listening(new DecisionListener() {
            @Override
            public void commitmentLimited(double t, String lab, String cloud, double offered, double taken,
                    double headroomUsd) {
                decisions.add("limit " + t + " " + taken);
            }

            @Override
            public void onDemandCashLimited(double t, String lab, double granted, double affordable,
                    double budgetUsdPerHour) {
                decisions.add("on-demand limit " + t + " " + granted + " " + affordable + " " + budgetUsdPerHour);
            }

            @Override
            public void onDemandCashFreed(double t, String lab) {
                decisions.add("on-demand free " + t);
            }

            @Override
            public void renewed(double t, String contract, String renewal, String lab, String cloud, double h100e,
                    double price, double valueUsd) {
                decisions.add("renew " + contract + " " + t);
            }

            @Override
            public void cancelled(double t, String contract, String lab, String cloud, double h100e,
                    double cancelledUsd, double penaltyUsd) {
                decisions.add("cancel " + contract + " " + t + " " + h100e);
            }

            @Override
            public void deferred(double t, String contract, String deferredPart, String lab, String cloud,
                    double h100e, double deferredUsd, double feeUsd, int shiftDays) {
                decisions.add("defer " + contract + " " + deferredPart + " " + t + " " + h100e);
            }

            @Override
            public void defaulted(double t, String contract, String lab, String cloud, double cashUsd,
                    double defaultedUsd) {
                decisions.add("default " + contract + " " + t);
            }

            @Override
            public void signed(double t, String decidedBy, String contract, String lab, String cloud,
                    String accelerator, double h100e, double shortfall, double price, double valueUsd) {
                decisions.add("sign " + contract + " " + t);
            }
        }).run();
    }

    static List<String> decisions() {
        return new ArrayList<>();
    }
}
