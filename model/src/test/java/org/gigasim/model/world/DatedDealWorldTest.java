package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.DAY;
import static org.gigasim.model.world.ClauseScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * A lab that counts its dated deal, in a whole world: the deal is counted at the review before it
 * and still signed by its event on its date. Chip b is 2.5 H100e at 1.2 kW IT; the one site runs at
 * PUE 1.25 (1.5 kW a chip) with 20 000 chips on 30 MW; the lab gets 0.8 of b (2 effective H100e a chip)
 * and needs a flat 28 000. It reviews at hour 0 and every 30 days, 90 days ahead, with 10 days of lead.
 * The deal, dated 2026-01-11 (hour 240), is 12 MW of b, 8 000 chips, 16 000 effective H100e from
 * 2026-02-01 to the end of the year, no ramp: in force at the first review's horizon (day 90).
 */
class DatedDealWorldTest {

    private static final AcceleratorSpec B = new AcceleratorSpec("b", "nvidia", null, 1.2, 2.5, null, null, List.of());

    @Test
    void theCountedDealIsNotBoughtAgainAndSignsOnItsDate() {
        // 28 000 − 16 000 = 12 000 bought at the first review (6 000 chips); at day 30 the deal is signed and the
        // two cover the 28 000, so nothing more is bought.
        ReplicationResult result = run(scenario(true));
        List<Contract> contracts = result.contracts();
        assertEquals(2, contracts.size());
        Contract bought = contracts.get(0);
        assertEquals(0, bought.signedHours(), 0);
        assertEquals(6_000, bought.fullChips(), 1e-6);
        Contract deal = contracts.get(1);
        assertEquals("deal", deal.contractId());
        assertEquals(240, deal.signedHours(), 0, "signed by its event on its date, not before");
        assertEquals("scenario", deal.decidedBy());
        assertEquals(8_000, deal.fullChips(), 1e-6);
        List<TraceRecord> counted = result.trace().stream().filter(r -> r.decision().equals("count dated deal"))
                .toList();
        assertEquals(1, counted.size(), "counted at the one review before its date");
        assertEquals("deal", counted.get(0).contract());
        assertEquals(0, counted.get(0).timeHours(), 0);
        assertEquals(16_000, counted.get(0).quantity(), 1e-6);
    }

    @Test
    void withoutTheOptionTheLabBuysWhatTheDealThenAddsAgain() {
        // The whole 28 000 is bought at hour 0 (14 000 chips), and the deal's 8 000 chips come on top.
        List<Contract> contracts = run(scenario(false)).contracts();
        assertEquals(2, contracts.size());
        assertEquals(14_000, contracts.get(0).fullChips(), 1e-6);
        assertEquals(8_000, contracts.get(1).fullChips(), 1e-6);
    }

    private static ScenarioSpec scenario(boolean countDatedDeals) {
        SiteSpec site = new SiteSpec("s", "r", 1.25, Map.of("b", 20_000.0), List.of(Specs.power(Specs.START, 30)),
                List.of(), null);
        CloudSpec cloud = new CloudSpec("c", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of(site));
        ProcurementSpec policy = new ProcurementSpec(90.0, 10.0, 1.0, 1.0, 30.0, 1.0, 0.0, 1.0, null, null,
                Specs.REVIEW_AT_START, countDatedDeals, null);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(28_000), null, null, null),
                Map.of("b", List.of(new EfficiencyStepSpec(Specs.START, 0.8))), null, policy);
        ContractSpec deal = new ContractSpec("deal", "lab", "c", "b", 12, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31), 0.0, 2.75, null, List.of());
        return new ScenarioSpec("dated-deal", "", Specs.START, Specs.START.plusDays(40), 7L, 1, DAY, List.of(B),
                List.of(cloud), List.of(lab), List.of(), List.of(new EventSpec.SignContract(LocalDate.of(2026, 1, 11),
                        deal)));
    }
}
