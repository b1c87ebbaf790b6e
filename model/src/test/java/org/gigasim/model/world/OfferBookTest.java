package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.junit.jupiter.api.Test;

class OfferBookTest {

    /**
     * A site with 2,000 one-kW chips but 1 kW of power; a lab wants 1,000 H100e and reviews
     * weekly (90-day horizon, 10-day lead). On day 3 an event adds a 1 MW milestone due on
     * day 10: from then on the nominal pipeline has 1,001 powered chips, so the review on
     * day 7 (for a start on day 17) is offered and signs 1,000 chips.
     */
    @Test
    void aMilestoneAddedByAnEventReachesProcurementOffers() {
        ProcurementSpec weekly = new ProcurementSpec(90.0, 10.0, 1.0, 1.0, 7.0, 1.0, 0.0, 1.0, null, null,
                Specs.REVIEW_AT_START);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(1000), null, null, null), null, null, weekly);
        var spec = Specs.scenario(Specs.START.plusDays(20), ClauseScenarios.DAY,
                List.of(Specs.cloud("c", Specs.site("s", 0.001, 2000))), List.of(lab), List.of(),
                List.of(new EventSpec.AddMilestone(Specs.START.plusDays(3), "s",
                        Specs.power(Specs.START.plusDays(10), 1.0))));
        var result = ClauseScenarios.run(spec);
        List<Contract> signed = result.contracts();
        assertEquals(1, signed.size(), "one contract, signed once the new milestone is planned");
        Contract deal = signed.get(0);
        assertEquals(7 * 24, deal.signedHours(), 1e-9, "signed at the first review after the event");
        assertEquals(17 * 24, deal.startHours(), 1e-9);
        assertEquals(1000, deal.fullChips(), 1e-6);
        assertTrue(result.trace().stream().noneMatch(r -> r.timeHours() < 7 * 24 && r.decision().equals("sign")));
    }
}
