package org.gigasim.model.world;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.StatelessApiRoutingClause;
import org.gigasim.model.spec.BreachSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;

/**
 * The world of the reach and breach tests, with no unit factor anywhere: {@link CashFixture}'s
 * chip (2.5 H100e at 1.2 kW IT, PUE 1.25: 1.5 kW facility, 666.67 chips per MW; the lab gets
 * 0.8 of the rating, 2 effective H100e per chip) on two clouds. Azure has 20 000 chips (30 MW)
 * and lists 3.1 / 4.1 USD per chip-hour (contract / on demand); AWS has 8 000 chips (12 MW) and
 * lists 3.3 / 4.4, which is 4.4 / 2.5 = 1.76 USD per raw H100e-hour on demand. The lab holds
 * 15 MW on Azure (10 000 chips, 20 000 effective H100e) at 2.75 USD per chip-hour, with a
 * stateless-API routing clause to Azure, and earns 1.7 USD per effective H100e-hour served.
 */
final class TwoCloudFixture {

    static final LocalDate START = Specs.START;
    static final double REVENUE_PER_H100E_HOUR = 1.7;

    private TwoCloudFixture() {
    }

    static CloudSpec cloud(String id, double chips, double mw, double contract, double onDemand) {
        SiteSpec site = new SiteSpec(id + "-site", id + "-east", 1.25, Map.of("b", chips),
                List.of(Specs.power(START, mw)), List.of(), null);
        return new CloudSpec(id, null, null, Map.of("b", new PriceSpec(contract, onDemand)), null, null, null,
                List.of(site));
    }

    /** A lab with {@code stateless} effective H100e of flat stateless API demand and the given reach. */
    static LabSpec lab(double stateless, List<org.gigasim.model.spec.ReachSpec> reach) {
        return new LabSpec("lab", new org.gigasim.model.spec.DemandSpec(Specs.flat(stateless), null, null, null, reach),
                Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8))),
                new FinanceSpec(1e9, null, REVENUE_PER_H100E_HOUR, null, 1e9, null), null);
    }

    /** The routing clause: stateless API on Azure, with or without failover, until {@code until} (inclusive). */
    static ClauseSpec routing(LocalDate until, boolean failover, BreachSpec breach) {
        return new ClauseSpec("stateless-api-routing", null, until,
                new StatelessApiRoutingClause.Params("azure", null, failover), breach);
    }

    /** The lab's 15 MW on Azure at 2.75 USD per chip-hour for the whole year, with {@code clauses}. */
    static ContractSpec azure(List<ClauseSpec> clauses) {
        return new ContractSpec("azure-deal", "lab", "azure", "b", 15, START, LocalDate.of(2026, 12, 31), null, 2.75,
                null, clauses);
    }

    static ScenarioSpec scenario(LocalDate end, LabSpec lab, List<ContractSpec> contracts, List<EventSpec> events) {
        return new ScenarioSpec("two-clouds", "", START, end, 7L, 1, Duration.ofDays(1), List.of(CashFixture.chip()),
                List.of(cloud("azure", 20_000, 30, 3.1, 4.1), cloud("aws", 8_000, 12, 3.3, 4.4)), List.of(lab),
                contracts, events);
    }
}
