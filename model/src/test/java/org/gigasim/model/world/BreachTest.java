package org.gigasim.model.world;

import static org.gigasim.model.world.LabCashTest.series;
import static org.gigasim.model.world.LabCashTest.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.BreachSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * A clause breach by hand ({@link TwoCloudFixture}). The Azure routing clause states a penalty
 * of 37 000 000 USD and a 45-day injunction. The lab signed 6 MW on AWS (6 000 / 1.5 = 4 000
 * chips) at 3.3 USD per chip-hour from 2026-03-01 (1 416 h) to 2026-12-31 (8 760 h): 13 200 USD
 * an hour, worth 13 200 × 7 344 = 96 940 800. On 2026-02-10 (960 h) a breach event says that
 * AWS deal breaches the clause: the lab pays Azure the penalty at once, and the deal moves 45
 * days (1 080 h) later, to 2 496 h – 9 840 h, its value unchanged. The run ends on 2026-06-30
 * (4 344 h).
 */
class BreachTest {

    private static final double PENALTY = 37_000_000;
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private static ScenarioSpec spec(LocalDate clauseUntil) {
        ContractSpec aws = new ContractSpec("aws-deal", "lab", "aws", "b", 6, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), null, 3.3, null, List.of());
        return TwoCloudFixture.scenario(END, TwoCloudFixture.lab(12_000, List.of()),
                List.of(TwoCloudFixture.azure(List.of(TwoCloudFixture.routing(clauseUntil, false,
                        new BreachSpec(PENALTY, 45.0)))), aws),
                List.of(new EventSpec.Breach(LocalDate.of(2026, 2, 10), "azure-deal", "stateless-api-routing",
                        "aws-deal")));
    }

    private static ReplicationResult run(ScenarioSpec spec, List<String> told) {
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().listening(new DecisionListener() {
            @Override
            public void breached(double t, String type, String contract, String lab, String cloud, String by,
                    double penaltyUsd, boolean active) {
                told.add("breach " + t + " " + type + " " + contract + " " + cloud + " " + by + " " + penaltyUsd + " "
                        + active);
            }

            @Override
            public void enjoined(double t, String type, String contract, String lab, String cloud, double days,
                    double startHours) {
                told.add("enjoin " + t + " " + contract + " " + days + " " + startHours);
            }
        }).run();
    }

    @Test
    void aBreachPaysTheClausesPenaltyAndItsInjunctionDelaysTheDealInBreach() {
        List<String> told = new ArrayList<>();
        ReplicationResult result = run(spec(LocalDate.of(2026, 12, 31)), told);
        assertEquals(List.of("breach 960.0 stateless-api-routing azure-deal azure aws-deal 3.7E7 true",
                "enjoin 960.0 aws-deal 45.0 2496.0"), told);
        Contract aws = result.contracts().stream().filter(c -> c.contractId().equals("aws-deal")).findFirst()
                .orElseThrow();
        assertEquals(2_496, aws.startHours(), 1e-9);
        assertEquals(9_840, aws.endHours(), 1e-9);
        assertEquals(96_940_800, aws.signedValueUsd(), 1e-6);
        // AWS earns 13 200 an hour from 2 496 h instead of 1 416 h: 13 200 × 1 848 = 24 393 600 by the end.
        double awsRevenue = sum(series(result, SeriesKey.of(Metric.REVENUE_USD).cloud("aws")));
        assertEquals(24_393_600, awsRevenue, 1e-6 * awsRevenue);
        // Azure earns its contract, 10 000 chips × 2.75 × 4 344 h = 119 460 000, plus the penalty.
        double azureRevenue = sum(series(result, SeriesKey.of(Metric.REVENUE_USD).cloud("azure")));
        assertEquals(119_460_000 + PENALTY, azureRevenue, 1e-6 * azureRevenue);
        double spend = sum(series(result, SeriesKey.of(Metric.SPEND_USD).lab("lab")));
        assertEquals(24_393_600 + 119_460_000 + PENALTY, spend, 1e-6 * spend);
        SeriesKey moved = SeriesKey.of(Metric.CLAUSE_MOVED_USD).lab("lab").cloud("azure")
                .clause("stateless-api-routing");
        assertEquals(PENALTY, sum(series(result, moved)), 1e-6);
    }

    @Test
    void aBreachOfAClauseNoLongerInForceCostsNothing() {
        List<String> told = new ArrayList<>();
        ReplicationResult result = run(spec(LocalDate.of(2026, 1, 31)), told);
        assertEquals(List.of("breach 960.0 stateless-api-routing azure-deal azure aws-deal 0.0 false"), told);
        Contract aws = result.contracts().stream().filter(c -> c.contractId().equals("aws-deal")).findFirst()
                .orElseThrow();
        assertEquals(1_416, aws.startHours(), 1e-9);
        double azureRevenue = sum(series(result, SeriesKey.of(Metric.REVENUE_USD).cloud("azure")));
        assertEquals(119_460_000, azureRevenue, 1e-6 * azureRevenue);
    }

    @Test
    void anInjunctionCannotDelayAContractThatHasStarted() {
        Contract started = new Contract("k", "lab", "aws", "b", 0, 0, 6, 4_000, 1_416, 8_760, 0, 3.3, 0, "scenario");
        assertEquals(false, started.postpone(1_416, 1_080));
        assertEquals(1_416, started.startHours(), 0);
        assertEquals(true, started.postpone(1_415, 1_080));
        assertEquals(2_496, started.startHours(), 0);
        assertEquals(9_840, started.endHours(), 0);
    }
}
