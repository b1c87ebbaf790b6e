package org.gigasim.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

/**
 * Each routing, procurement and settlement clause's decision and the numbers its reason
 * states, on recording contexts: contract {@code k} of lab {@code lab} on cloud {@code a}.
 */
class ClauseDecisionsTest {

    private static final ClauseFakes.Holder K = new ClauseFakes.Holder("k", "lab", "a");

    private static Clause exclusivity(String cloud, String scope) {
        return ExclusivityClause.TYPE.create(new ExclusivityClause.Params(cloud, scope), K);
    }

    @Test
    void exclusivityOfAllComputeShutsOutOtherCloudsAndPinsEverything() {
        Clause clause = exclusivity(null, null);
        assertEquals("exclusivity", clause.type());
        ClauseFakes.Round round = new ClauseFakes.Round(800, 720, 0.25);
        clause.onProcurement(round);
        assertEquals(List.of("limitOthers a 0.0"), round.calls);
        assertEquals("contract k makes a exclusive for lab compute: other clouds may supply at most 0 of 800 H100e",
                round.reasons.get(0));
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        clause.onRouting(rules);
        assertEquals(List.of("confineTraining a", "pin stateless_api a failover=false", "pin stateful a failover=false",
                "pin first_party a failover=false"), rules.calls);
        assertEquals("contract k makes a exclusive for lab compute", rules.reasons.get(3));
        assertFalse(clause.billsOnUse());
    }

    @Test
    void exclusivityOfTrainingLeavesOthersTheInferenceShareAndInferenceRoutesFree() {
        Clause clause = exclusivity("b", "training");
        ClauseFakes.Round round = new ClauseFakes.Round(800, 720, 0.25);
        clause.onProcurement(round);
        assertEquals(List.of("limitOthers b 600.0"), round.calls);
        assertEquals("contract k makes b exclusive for lab training: other clouds may supply at most 600 of 800 H100e",
                round.reasons.get(0));
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        clause.onRouting(rules);
        assertEquals(List.of("confineTraining b"), rules.calls);
        assertEquals("contract k makes b exclusive for lab training", rules.reasons.get(0));

        ClauseFakes.Round noTraining = new ClauseFakes.Round(800, 720, 0.0);
        clause.onProcurement(noTraining);
        assertEquals(List.of(), noTraining.calls, "no training share: nothing to keep exclusive");
    }

    @Test
    void exclusivityOfInferenceLeavesOthersTheTrainingShareAndPinsInferenceWithoutFailover() {
        Clause clause = exclusivity(null, "inference");
        ClauseFakes.Round round = new ClauseFakes.Round(800, 720, 0.25);
        clause.onProcurement(round);
        assertEquals(List.of("limitOthers a 200.0"), round.calls);
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        clause.onRouting(rules);
        assertEquals(List.of("pin stateless_api a failover=false", "pin stateful a failover=false",
                "pin first_party a failover=false"), rules.calls);
        assertEquals("contract k makes a exclusive for lab inference", rules.reasons.get(0));
        ClauseFakes.Round allTraining = new ClauseFakes.Round(800, 720, 1.0);
        clause.onProcurement(allTraining);
        assertEquals(List.of(), allTraining.calls);
        assertThrows(IllegalArgumentException.class, () -> new ExclusivityClause.Params(null, "storage"));
        assertEquals("all", new ExclusivityClause.Params(null, null).scope());
    }

    @Test
    void firstLaunchPinsTheDemandAddedWithinTheLeadDays() {
        Clause clause = FirstLaunchClause.TYPE.create(
                new FirstLaunchClause.Params(null, 2.0, List.of(TrafficClass.STATELESS_API)), K);
        assertEquals("first-launch", clause.type());
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        // Day 0: the level when the clause starts is old demand.
        routeOn(clause, rules, 5, 100);
        assertEquals(List.of(), rules.calls);
        // Day 1: 30 more than two days ago.
        routeOn(clause, rules, 24 + 5, 130);
        assertEquals(List.of("pinPart stateless_api a 30.0"), rules.calls);
        assertEquals("contract k launches lab's new stateless_api demand on a for 2 days: 30 H100e added in that time",
                rules.reasons.get(0));
        // Day 2: the level falls back, but the high-water mark stays 130 against day 0's 100.
        routeOn(clause, rules, 48, 120);
        assertEquals("pinPart stateless_api a 30.0", rules.calls.get(1));
        // Day 3: 150 against day 1's 130.
        routeOn(clause, rules, 72 + 23, 150);
        assertEquals("pinPart stateless_api a 20.0", rules.calls.get(2));
        // Day 6, after three days unseen: the level has held 150 for longer than the lead.
        routeOn(clause, rules, 6 * 24, 150);
        assertEquals(3, rules.calls.size());
        // Day 7: 10 more since day 5.
        routeOn(clause, rules, 7 * 24, 160);
        assertEquals("pinPart stateless_api a 10.0", rules.calls.get(3));
    }

    @Test
    void firstLaunchWatchesEachOfItsClassesOnItsNamedCloud() {
        Clause clause = FirstLaunchClause.TYPE.create(new FirstLaunchClause.Params("b", 1.0, null), K);
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        rules.forecast.put(TrafficClass.STATEFUL, 40.0);
        rules.forecast.put(TrafficClass.FIRST_PARTY, 10.0);
        clause.onRouting(rules);
        rules.timeHours = 24;
        rules.forecast.put(TrafficClass.STATEFUL, 55.0);
        rules.forecast.put(TrafficClass.FIRST_PARTY, 12.5);
        clause.onRouting(rules);
        assertEquals(List.of("pinPart stateful b 15.0", "pinPart first_party b 2.5"), rules.calls);
        rules.timeHours = 48;
        clause.onRouting(rules);
        assertEquals(2, rules.calls.size(), "a day later nothing is new");
    }

    @Test
    void firstLaunchParameters() {
        FirstLaunchClause.Params defaults = new FirstLaunchClause.Params(null, null, List.of());
        assertEquals(90.0, defaults.leadDays());
        assertEquals(List.of(TrafficClass.INFERENCE), defaults.classes());
        assertEquals(3650.0, new FirstLaunchClause.Params(null, 3650.0, null).leadDays());
        assertEquals(1.0, new FirstLaunchClause.Params(null, 1.0, null).leadDays());
        assertThrows(IllegalArgumentException.class, () -> new FirstLaunchClause.Params(null, 0.99, null));
        assertThrows(IllegalArgumentException.class, () -> new FirstLaunchClause.Params(null, 3650.5, null));
        assertThrows(IllegalArgumentException.class,
                () -> new FirstLaunchClause.Params(null, null, List.of(TrafficClass.TRAINING)));
    }

    private static void routeOn(Clause clause, ClauseFakes.Rules rules, double hours, double stateless) {
        rules.timeHours = hours;
        rules.forecast.put(TrafficClass.STATELESS_API, stateless);
        clause.onRouting(rules);
    }

    @Test
    void takeOrPayChargesTheShortfallBelowTheMinimumAtThePrice() {
        Clause clause = TakeOrPayClause.TYPE.create(new TakeOrPayClause.Params(0.8), K);
        assertEquals("take-or-pay", clause.type());
        assertTrue(clause.billsOnUse());
        // 0.8 × 10,000 = 8,000 owed, 6,000 used: 2,000 chip-hours at 2.75.
        ClauseFakes.Settlement short_ = new ClauseFakes.Settlement(10_000, 6_000, 2.75);
        clause.onSettlement(short_);
        assertEquals(List.of(5_500.0), short_.charges);
        assertEquals("take-or-pay: used 6000 of 10000 reserved chip-hours, below the minimum 80%; shortfall 2000"
                + " chip-hours at $2.7500", short_.reasons.get(0));
        ClauseFakes.Settlement enough = new ClauseFakes.Settlement(10_000, 8_000, 2.75);
        clause.onSettlement(enough);
        assertEquals(List.of(), enough.charges);
        ClauseFakes.Settlement rounding = new ClauseFakes.Settlement(10_000, 8_000 - 1e-6, 2.75);
        clause.onSettlement(rounding);
        assertEquals(List.of(), rounding.charges, "a shortfall within rounding is none");
        ClauseFakes.Settlement all = new ClauseFakes.Settlement(1_000, 0, 2.0);
        TakeOrPayClause.TYPE.create(new TakeOrPayClause.Params(null), K).onSettlement(all);
        assertEquals(List.of(2_000.0), all.charges, "by default all of it is owed");
        assertThrows(IllegalArgumentException.class, () -> new TakeOrPayClause.Params(1.01));
        assertThrows(IllegalArgumentException.class, () -> new TakeOrPayClause.Params(-0.01));
        assertEquals(0.0, new TakeOrPayClause.Params(0.0).minFraction());
    }

    @Test
    void capacityPriorityServesItsLabFirstOnTheContractsCloud() {
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        Clause own = CapacityPriorityClause.TYPE.create(new CapacityPriorityClause.Params(null), K);
        Clause other = CapacityPriorityClause.TYPE.create(new CapacityPriorityClause.Params("partner"), K);
        assertEquals("capacity-priority", own.type());
        own.onRouting(rules);
        other.onRouting(rules);
        assertEquals(List.of("prioritise lab a", "prioritise partner a"), rules.calls);
        assertEquals("contract k serves partner first on a's free capacity", rules.reasons.get(1));
    }

    @Test
    void statelessApiRoutingPinsItsClassesWithOrWithoutFailover() {
        ClauseFakes.Rules rules = new ClauseFakes.Rules();
        Clause plain = StatelessApiRoutingClause.TYPE.create(new StatelessApiRoutingClause.Params(null, null, null), K);
        assertEquals("stateless-api-routing", plain.type());
        plain.onRouting(rules);
        assertEquals(List.of("pin stateless_api a failover=false"), rules.calls);
        assertEquals("contract k routes lab's stateless_api traffic to a", rules.reasons.get(0));
        Clause both = StatelessApiRoutingClause.TYPE.create(new StatelessApiRoutingClause.Params("b",
                List.of(TrafficClass.STATEFUL, TrafficClass.FIRST_PARTY), true), K);
        both.onRouting(rules);
        assertEquals(List.of("pin stateless_api a failover=false", "pin stateful b failover=true",
                "pin first_party b failover=true"), rules.calls);
        assertEquals("contract k routes lab's first_party traffic to b (failover allowed)", rules.reasons.get(2));
        assertThrows(IllegalArgumentException.class,
                () -> new StatelessApiRoutingClause.Params(null, List.of(TrafficClass.TRAINING), null));
    }

    @Test
    void aClauseDoesNothingAtAHookItDoesNotOverride() {
        Clause priority = CapacityPriorityClause.TYPE.create(new CapacityPriorityClause.Params(null), K);
        ClauseFakes.Round round = new ClauseFakes.Round(100, 0, 0);
        priority.onProcurement(round);
        ClauseFakes.Settlement settlement = new ClauseFakes.Settlement(100, 0, 1);
        priority.onSettlement(settlement);
        assertEquals(List.of(), round.calls);
        assertEquals(List.of(), settlement.charges);
        assertFalse(priority.billsOnUse());
    }

    @Test
    void theBuiltInsAreExactlySixSortedByName() {
        ClauseRegistry registry = ClauseRegistry.builtIns();
        assertEquals(List.of("capacity-priority", "exclusivity", "first-launch", "right-of-first-refusal",
                "stateless-api-routing", "take-or-pay"), registry.names());
        assertEquals(TakeOrPayClause.TYPE, registry.get("take-or-pay"));
        assertTrue(registry.find("most-favoured-nation").isEmpty());
        assertTrue(ClauseRegistry.standard().find("most-favoured-nation").isPresent());
    }
}
