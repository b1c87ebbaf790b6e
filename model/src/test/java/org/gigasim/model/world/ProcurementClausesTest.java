package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.clause;
import static org.gigasim.model.world.ClauseScenarios.procurement;
import static org.gigasim.model.world.ClauseScenarios.run;
import static org.gigasim.model.world.ClauseScenarios.signed;
import static org.gigasim.model.world.ClauseScenarios.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.model.clause.ExclusivityClause;
import org.gigasim.model.clause.RightOfFirstRefusalClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.junit.jupiter.api.Test;

class ProcurementClausesTest {

    private static final String ROFR = "right-of-first-refusal";

    @Test
    void withoutAClauseTheCheaperRivalGetsTheDeal() {
        List<Contract> deals = signed(run(procurement(List.of(), false)));
        assertEquals(1, deals.size());
        assertEquals("rival", deals.get(0).cloud());
        assertEquals("procurement", deals.get(0).decidedBy());
    }

    @Test
    void rightOfFirstRefusalSendsTheDealToAHolderThatCanMatchAtTheRivalPrice() {
        var result = run(procurement(List.of(clause(ROFR, RightOfFirstRefusalClause.Params.immediate(null, null))), false));
        List<Contract> deals = signed(result);
        assertEquals(1, deals.size());
        Contract deal = deals.get(0);
        assertEquals("holder", deal.cloud());
        assertEquals(ROFR, deal.decidedBy());
        assertEquals(1.0, deal.priceUsdPerChipHour(), 1e-12, "the holder matches the rival's price");
        assertEquals(1000, deal.fullChips(), 1e-6);
        assertTrue(result.trace().stream().anyMatch(r -> r.actor().equals(ROFR) && r.decision().equals("award")
                && r.reason().contains("gives up 0 days")));
        SeriesKey moved = SeriesKey.of(Metric.CLAUSE_MOVED_H100E).lab("lab").cloud("holder").clause(ROFR);
        assertEquals(1000, total(result, moved), 1e-6);
        SeriesKey usd = SeriesKey.of(Metric.CLAUSE_MOVED_USD).lab("lab").cloud("holder").clause(ROFR);
        assertEquals(deal.signedValueUsd(), total(result, usd), 1e-6);
        assertEquals(1, total(result, SeriesKey.of(Metric.CLAUSE_ACTIONS).lab("lab").cloud("holder").clause(ROFR)));
    }

    @Test
    void rightOfFirstRefusalLetsTheDealGoToTheRivalWhenTheHolderCannotSupplyByTheDate() {
        var result = run(procurement(List.of(clause(ROFR, RightOfFirstRefusalClause.Params.immediate(null, null))), true));
        List<Contract> deals = signed(result);
        assertEquals(1, deals.size());
        assertEquals("rival", deals.get(0).cloud());
        assertEquals("procurement", deals.get(0).decidedBy());
        assertTrue(result.trace().stream().anyMatch(r -> r.actor().equals(ROFR) && r.decision().equals("refuse")
                && r.reason().contains("30 days later")), "the refusal says when the holder could have supplied");
    }

    @Test
    void aPartialFractionLetsTheHolderSupplyTheRestLaterAndRecordsTheDelay() {
        // The holder has 0.5 MW spare by the date (500 chips) and the rest from day 40.
        var spec = procurement(List.of(clause(ROFR, RightOfFirstRefusalClause.Params.immediate("holder", 0.4))), false);
        var late = new org.gigasim.model.spec.ScenarioSpec(spec.name(), spec.question(), spec.start(), spec.end(),
                spec.seed(), spec.replications(), spec.sample(), spec.accelerators(),
                List.of(ClauseScenarios.cloud("holder", 1.2, ClauseScenarios.site("hs", 5000, 0.6, 4.4,
                        Specs.START.plusDays(40))), spec.clouds().get(1)), spec.labs(), spec.contracts(), spec.events());
        var result = run(late);
        List<Contract> deals = signed(result);
        assertEquals(2, deals.size(), "now and later, both with the holder");
        assertTrue(deals.stream().allMatch(c -> c.cloud().equals("holder") && c.decidedBy().equals(ROFR)));
        assertEquals(500, deals.get(0).fullChips(), 1e-6);
        assertEquals(500, deals.get(1).fullChips(), 1e-6);
        assertEquals(40 * 24, deals.get(1).startHours(), 24, "a month-step search finds day 40");
        assertTrue(result.trace().stream().anyMatch(r -> r.actor().equals(ROFR) && r.reason().contains("500 H100e")));
    }

    @Test
    void exclusivityRemovesTheRivalAndDecidesTheDeal() {
        var result = run(procurement(List.of(clause("exclusivity", new ExclusivityClause.Params(null, null))), false));
        List<Contract> deals = signed(result);
        assertEquals(1, deals.size());
        assertEquals("holder", deals.get(0).cloud());
        assertEquals("exclusivity", deals.get(0).decidedBy());
        assertEquals(1.2, deals.get(0).priceUsdPerChipHour(), 1e-12, "exclusivity does not reprice");
    }

    @Test
    void exclusivityLeavesTheLabWithoutNewCapacityWhenTheHolderHasNone() {
        List<Contract> deals = signed(run(procurement(
                List.of(clause("exclusivity", new ExclusivityClause.Params("holder", "all"))), true)));
        assertTrue(deals.isEmpty(), "no rival may supply, and the holder has nothing by the date");
    }

    @Test
    void inferenceScopedExclusivityLetsRivalsSupplyOnlyTheTrainingShare() {
        // The lab has no training, so an inference exclusivity covers the whole request.
        List<Contract> deals = signed(run(procurement(
                List.of(clause("exclusivity", new ExclusivityClause.Params(null, "inference"))), false)));
        assertEquals(List.of("holder"), deals.stream().map(Contract::cloud).toList());
        // A training exclusivity covers nothing of it: the rival wins as without the clause.
        deals = signed(run(procurement(List.of(clause("exclusivity", new ExclusivityClause.Params(null, "training"))),
                false)));
        assertEquals(List.of("rival"), deals.stream().map(Contract::cloud).toList());
    }
}
