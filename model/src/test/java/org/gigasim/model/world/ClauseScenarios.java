package org.gigasim.model.world;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;

/** Two-cloud scenarios for clause tests: unit chips (1 kW at PUE 1, 1 H100e), daily steps. */
final class ClauseScenarios {

    static final Duration DAY = Duration.ofDays(1);

    private ClauseScenarios() {
    }

    static ReplicationResult run(ScenarioSpec spec) {
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().tracing(true).run();
    }

    static ClauseSpec clause(String type, Record params) {
        return new ClauseSpec(type, null, null, params);
    }

    static CloudSpec cloud(String id, double contractPrice, SiteSpec site) {
        return new CloudSpec(id, null, null, Map.of("chip", new PriceSpec(contractPrice, 2.0)), null, null, null,
                List.of(site));
    }

    /** A site with {@code chips} delivered, {@code mwNow} powered at the start and {@code mwLater} more on {@code later}. */
    static SiteSpec site(String id, double chips, double mwNow, double mwLater, LocalDate later) {
        return new SiteSpec(id, id, 1.0, Map.of("chip", chips),
                List.of(Specs.power(Specs.START, mwNow), Specs.power(later, mwLater)), List.of(), null);
    }

    /**
     * A lab with flat stateless demand that reviews once, at the start: it asks for its
     * shortfall 10 days ahead, with a 90-day horizon and one-year contracts, price only.
     */
    static LabSpec buyingLab(String id, double stateless) {
        ProcurementSpec policy = new ProcurementSpec(90.0, 10.0, 1.0, 1.0, 10_000.0, 1.0, 0.0, 1.0, null, null,
                Specs.REVIEW_AT_START);
        return new LabSpec(id, new DemandSpec(Specs.flat(stateless), null, null, null), null, null, policy);
    }

    /**
     * The procurement setting: "holder" lists $1.20 per chip-hour, "rival" $1.00; the lab
     * holds 100 chips on "holder" (the contract carries {@code clauses}) and needs 1,000 H100e more.
     * The holder has 5,000 chips, powered at the start unless {@code holderLate} (then only the
     * 100 under contract are powered until day 40).
     */
    static ScenarioSpec procurement(List<ClauseSpec> clauses, boolean holderLate) {
        LocalDate day40 = Specs.START.plusDays(40);
        SiteSpec holderSite = holderLate ? site("hs", 5000, 0.1, 4.9, day40) : site("hs", 5000, 5, 0, day40);
        return Specs.scenario(Specs.START.plusDays(20), DAY,
                List.of(cloud("holder", 1.2, holderSite), cloud("rival", 1.0, site("rs", 5000, 5, 0, day40))),
                List.of(buyingLab("lab", 1100)), List.of(Specs.contract("k", "lab", "holder", 100, clauses)), List.of());
    }

    /** Both clouds with 1,000 chips, one 1,000-chip contract each; the first carries {@code clauses}. */
    static ScenarioSpec twoContracts(LocalDate end, List<LabSpec> labs, List<ClauseSpec> clauses,
            List<EventSpec> events) {
        return Specs.scenario(end, DAY,
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000)), Specs.cloud("b", Specs.site("sb", 1, 1000))),
                labs, List.of(Specs.contract("ka", "lab", "a", 1000, clauses),
                        Specs.contract("kb", "lab", "b", 1000, List.of())), events);
    }

    /** The contracts procurement signed (not those of the scenario). */
    static List<org.gigasim.model.contract.Contract> signed(ReplicationResult result) {
        return result.contracts().stream().filter(c -> c.signedHours() >= 0 && c.contractId().startsWith("lab-")).toList();
    }

    static double at(ReplicationResult result, SeriesKey key, double hours) {
        Series series = result.recorder().series().get(key);
        if (series == null) {
            throw new AssertionError("no series " + key);
        }
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) == hours) {
                return series.value(i);
            }
        }
        throw new AssertionError("no sample of " + key + " at " + hours + " h");
    }

    /** The sum of a series' samples (a flow's total over the run), 0 if it was never recorded. */
    static double total(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        double sum = 0;
        for (int i = 0; series != null && i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }

    /** The sum of a flow's rows up to and including the one at {@code hours}: the flow over [0, hours). */
    static double through(ReplicationResult result, SeriesKey key, double hours) {
        Series series = result.recorder().series().get(key);
        double sum = 0;
        for (int i = 0; series != null && i < series.size() && series.time(i) <= hours; i++) {
            sum += series.value(i);
        }
        return sum;
    }
}
