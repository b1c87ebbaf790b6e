package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.StatelessApiRoutingClause;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

class MechanismTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private static ReplicationResult run(ScenarioSpec spec) {
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private static double total(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }

    private static double at(ReplicationResult result, SeriesKey key, double hours) {
        Series series = result.recorder().series().get(key);
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) == hours) {
                return series.value(i);
            }
        }
        throw new AssertionError("no sample of " + key + " at " + hours + " h");
    }

    @Test
    void chipsBeyondPowerAreStrandedExactly() {
        // 100 MW at PUE 1.0 powers 100,000 one-kW chips; 150,000 are delivered.
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(3), DAY,
                List.of(Specs.cloud("c", Specs.site("s", 100, 150_000))), List.of(), List.of(), List.of());
        ReplicationResult result = run(spec);
        SeriesKey site = SeriesKey.of(Metric.STRANDED_CHIPS).cloud("c").region("s").site("s");
        assertEquals(50_000, at(result, site, 24), 1e-6);
        assertEquals(100, at(result, SeriesKey.of(Metric.POWER_USED_MW).cloud("c").region("s").site("s"), 24), 1e-9);
        assertEquals(0, at(result, SeriesKey.of(Metric.STRANDED_POWER_MW).cloud("c").region("s").site("s"), 24), 1e-9);
        assertEquals(100_000, at(result, SeriesKey.of(Metric.CAPACITY_H100E).cloud("c"), 24), 1e-6);
    }

    @Test
    void powerMilestoneInstallsStrandedChipsWhenItArrives() {
        SiteSpec site = new SiteSpec("s", "s", 1.0, Map.of("chip", 150_000.0),
                List.of(Specs.power(Specs.START, 100), Specs.power(Specs.START.plusDays(2), 50)), List.of(), null);
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(4), DAY, List.of(Specs.cloud("c", site)),
                List.of(), List.of(), List.of());
        ReplicationResult result = run(spec);
        SeriesKey stranded = SeriesKey.of(Metric.STRANDED_CHIPS).cloud("c").region("s").site("s");
        assertEquals(50_000, at(result, stranded, 24), 1e-6);
        assertEquals(0, at(result, stranded, 72), 1e-6);
    }

    /** Lab on two clouds: stateless pinned to "a"; "a" goes down for 72 h on day 2. */
    private static ScenarioSpec pinnedOutage(boolean withClause, boolean failover) {
        List<ClauseSpec> clauses = withClause
                ? List.of(new ClauseSpec("stateless-api-routing", null, null,
                        new StatelessApiRoutingClause.Params(null, null, failover)))
                : List.of();
        List<ContractSpec> contracts = List.of(Specs.contract("ka", "lab", "a", 1000, clauses),
                Specs.contract("kb", "lab", "b", 1000, List.of()));
        LocalDate outage = Specs.START.plusDays(2);
        return Specs.scenario(Specs.START.plusDays(9), DAY,
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000)), Specs.cloud("b", Specs.site("sb", 1, 1000))),
                List.of(Specs.inferenceLab("lab", 400, 400)), contracts,
                List.of(new EventSpec.Outage(outage, "sa", null, 72)));
    }

    @Test
    void pinnedStatelessTrafficIsUnservedForTheOutageAndStatefulFailsOver() {
        ReplicationResult result = run(pinnedOutage(true, false));
        SeriesKey unservedStateless = SeriesKey.of(Metric.UNSERVED_H100E).lab("lab").trafficClass("stateless_api");
        SeriesKey servedStatelessOnB = SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("b").trafficClass("stateless_api");
        SeriesKey unservedStateful = SeriesKey.of(Metric.UNSERVED_H100E).lab("lab").trafficClass("stateful");
        // The outage holds over [48 h, 120 h): the rows at 72, 96 and 120 h, each the mean over the day before.
        assertEquals(0, at(result, unservedStateless, 2 * 24), 1e-9);
        for (int day = 3; day <= 5; day++) {
            assertEquals(400, at(result, unservedStateless, day * 24), 1e-9, "day " + day);
            assertEquals(0, at(result, unservedStateful, day * 24), 1e-9, "day " + day);
        }
        assertEquals(0, at(result, unservedStateless, 6 * 24), 1e-9);
        SeriesKey hours = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass("stateless_api");
        assertEquals(400 * 72, total(result, hours), 1e-6, "400 H100e unserved for exactly 72 h");
        assertEquals(72, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("a")), 1e-9);
        assertEquals(72, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("a").region("sa").site("sa")), 1e-9);
        assertEquals(0, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("b")), 0);
        Series onB = result.recorder().series().get(servedStatelessOnB);
        for (int i = 0; i < onB.size(); i++) {
            assertEquals(0, onB.value(i), 0, "stateless traffic served off the holder at " + onB.time(i) + " h");
        }
    }

    @Test
    void aFourHourOutageBetweenWeeklySamplesIsCountedExactly() {
        // 400 H100e of stateless demand pinned to "a" (no failover); "a" is down for 4 h on day 2,
        // between the weekly rows at 0 h and 168 h.
        List<ClauseSpec> pin = List.of(new ClauseSpec("stateless-api-routing", null, null,
                new StatelessApiRoutingClause.Params(null, null, false)));
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(13), Duration.ofDays(7),
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000)), Specs.cloud("b", Specs.site("sb", 1, 1000))),
                List.of(Specs.inferenceLab("lab", 400, 0)),
                List.of(Specs.contract("ka", "lab", "a", 1000, pin), Specs.contract("kb", "lab", "b", 1000, List.of())),
                List.of(new EventSpec.Outage(Specs.START.plusDays(2), "sa", null, 4)));
        ReplicationResult result = run(spec);
        assertEquals(4, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("a").region("sa").site("sa")), 1e-12);
        assertEquals(4, total(result, SeriesKey.of(Metric.OUTAGE_HOURS).cloud("a")), 1e-12);
        SeriesKey stateless = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass("stateless_api");
        assertEquals(400 * 4, total(result, stateless), 1e-9);
        assertEquals(400 * 4, at(result, stateless, 7 * 24), 1e-9, "all in the first week's row");
        // The level's row is the week's time-weighted mean: 1,600 H100e-hours over 168 hours.
        assertEquals(1600.0 / 168, at(result, SeriesKey.of(Metric.UNSERVED_H100E).lab("lab")
                .trafficClass("stateless_api"), 7 * 24), 1e-12);
        assertEquals(0, at(result, stateless, 14 * 24), 0, "nothing in the second week");
    }

    @Test
    void everySeriesIsRecordedAtACombinationOfDimensionsItsMetricDeclares() {
        ReplicationResult result = run(pinnedOutage(true, false));
        java.util.Set<Metric> seen = java.util.EnumSet.noneOf(Metric.class);
        for (SeriesKey key : result.recorder().series().keySet()) {
            java.util.Set<org.gigasim.model.metrics.Dimension> used =
                    java.util.EnumSet.noneOf(org.gigasim.model.metrics.Dimension.class);
            for (org.gigasim.model.metrics.Dimension d : org.gigasim.model.metrics.Dimension.values()) {
                if (!key.get(d).isEmpty()) {
                    used.add(d);
                }
            }
            assertTrue(key.metric().recordedAt().contains(used), key + " uses " + used);
            seen.add(key.metric());
        }
        // The clause metrics appear once a clause acts; this scenario's routing clause pins traffic. Cash needs a lab
        // with finance and the lifecycle flows a renewal, cancellation, deferral or default: LabCashTest,
        // ContractLifecycleTest and DeferralTest see those. The reach metrics need a lab with reach demand:
        // ReachTest sees them. The procurement metrics need a lab that buys: MatchWindowTest sees them. The
        // own-capacity cost needs a lab's own cloud: SelfCloudByHandTest sees it.
        java.util.Set<Metric> expected = java.util.EnumSet.allOf(Metric.class);
        expected.removeAll(java.util.EnumSet.of(Metric.CASH_USD, Metric.LAB_REVENUE_USD, Metric.FUNDING_USD,
                Metric.RENEWED_USD, Metric.CANCELLED_USD, Metric.DEFAULTED_USD, Metric.DEFERRED_USD,
                Metric.REACH_DEMAND_H100E, Metric.REACH_SERVED_H100E, Metric.REACH_BLOCKED_H100E,
                Metric.OWN_COST_USD));
        expected.removeAll(java.util.EnumSet.of(Metric.PROCUREMENT_DELAY_DAYS, Metric.FIRST_REFUSAL_SHARE_TAKEN,
                Metric.PRICE_CONCESSION_USD));
        assertEquals(expected, seen, "every metric of the catalog is recorded");
    }

    @Test
    void withoutTheClauseOrWithFailoverStatelessTrafficMovesToTheOtherCloud() {
        for (ScenarioSpec spec : List.of(pinnedOutage(false, false), pinnedOutage(true, true))) {
            ReplicationResult result = run(spec);
            SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E).lab("lab").trafficClass("stateless_api");
            assertEquals(0, at(result, unserved, 4 * 24), 1e-9);
            assertEquals(400, at(result,
                    SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("b").trafficClass("stateless_api"), 4 * 24), 1e-9);
        }
    }

    @Test
    void outageForfeitsContractRevenueAndMoneyStaysConserved() {
        ReplicationResult result = run(pinnedOutage(true, false));
        var ka = result.contracts().stream().filter(c -> c.contractId().equals("ka")).findFirst().orElseThrow();
        // 1000 chips at $1/chip-hour, down 72 h: exactly $72,000 forfeited.
        assertEquals(72_000, ka.forfeitedUsd(), 1e-6);
        double end = 10 * 24;
        assertEquals(ka.signedValueUsd(), ka.recognisedUsd() + ka.forfeitedUsd() + ka.remainingUsd(end),
                1e-9 * ka.signedValueUsd());
        assertEquals(1000 * (end - 72), ka.recognisedUsd(), 1e-6);
    }

    @Test
    void sameSeedGivesIdenticalSeries() {
        ScenarioSpec spec = pinnedOutage(true, false);
        var a = run(spec).recorder().series();
        var b = run(spec).recorder().series();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((key, series) -> {
            for (int i = 0; i < series.size(); i++) {
                assertEquals(series.value(i), b.get(key).value(i), 0);
            }
        });
    }

    @Test
    void amendingAContractChangesItsBacklogAndKeepsMoneyConserved() {
        // 1000 chips at $1/chip-hour; at hour 48 cut to half the capacity, ending with
        // 2026-01-06 (the end date is inclusive, so the term stops at hour 144).
        LocalDate amendOn = Specs.START.plusDays(2);
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(9), DAY,
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000))), List.of(Specs.inferenceLab("lab", 100, 0)),
                List.of(Specs.contract("k", "lab", "a", 1000, List.of())),
                List.of(new EventSpec.AmendContract(amendOn, "k", 0.5, Specs.START.plusDays(5), null)));
        ReplicationResult result = run(spec);
        var k = result.contracts().get(0);
        assertEquals(500, k.fullChips(), 1e-9);
        // 48 h at 1000 chips, then 96 h at 500 chips; nothing after the new end.
        assertEquals(48 * 1000 + 96 * 500, k.recognisedUsd(), 1e-6);
        assertEquals(0, k.forfeitedUsd(), 1e-9);
        assertEquals(k.signedValueUsd(), k.recognisedUsd() + k.forfeitedUsd() + k.remainingUsd(10 * 24), 1e-6);
        // A sample goes first at its time, so the one at hour 48 still sees the 60-year term (from hour 48 on);
        // the next sees the amended term: 72 h left of 500 chips, then 24 h, then none.
        double sixtyYears = Specs.START.until(Specs.START.plusYears(60).plusDays(1), java.time.temporal.ChronoUnit.DAYS)
                * 24.0;
        SeriesKey backlog = SeriesKey.of(Metric.BACKLOG_USD).cloud("a");
        assertEquals(1000 * (sixtyYears - 48), at(result, backlog, 2 * 24), 1e-3);
        assertEquals(72 * 500, at(result, backlog, 3 * 24), 1e-6);
        assertEquals(24 * 500, at(result, backlog, 5 * 24), 1e-6);
        assertEquals(0, at(result, backlog, 6 * 24), 1e-6);
    }

    @Test
    void trainingJobInterruptedByAnOutageRestartsFromItsLastCheckpoint() {
        // One job of 10 H100e for 5 days on the only cloud; the site fails on day 2 for 24 h.
        // Checkpoints every 10 h: 48 h of work keep 40 h, so 80 h remain after the restart.
        org.gigasim.model.spec.TrainingSpec training = new org.gigasim.model.spec.TrainingSpec(
                new org.gigasim.engine.random.Distribution.Fixed(1000), new org.gigasim.engine.random.Distribution.Fixed(10),
                new org.gigasim.engine.random.Distribution.Fixed(5), 10.0, null);
        org.gigasim.model.spec.LabSpec lab = new org.gigasim.model.spec.LabSpec("lab",
                new org.gigasim.model.spec.DemandSpec(null, null, null, training), null, null, null);
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(1200), Duration.ofDays(30),
                List.of(Specs.cloud("a", Specs.site("sa", 1, 1000))), List.of(lab),
                List.of(Specs.contract("k", "lab", "a", 1000, List.of())),
                List.of(new EventSpec.Outage(Specs.START.plusDays(1002), "sa", null, 24)));
        var job = run(spec).jobs().get(0);
        assertEquals(1000 * 24, job.submittedHours(), 1e-9);
        assertEquals(1, job.restarts());
        // Started on day 1000, interrupted at day 1002 (48 h of work, 40 h kept), down 24 h,
        // then 80 h more: finished at 1000 d + 48 h + 24 h + 80 h.
        assertEquals(1000 * 24 + 48 + 24 + 80, job.finishedHours(), 1e-9);
        assertEquals(24, job.waitHours(), 1e-9);
    }
}
