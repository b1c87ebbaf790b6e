package org.gigasim.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The right of first refusal's decision and its traced numbers, on a recording round: the
 * holder {@code h} against rival {@code r} for 1,000 effective H100e wanted from hour 720 (day 30).
 * Offer prices are per chip-hour; with 2 chips per 2.5 effective H100e an offer at 3.75 $/chip-h
 * costs 3.75 × 2 / 2.5 = 3.0 $ per effective H100e-hour.
 */
class RightOfFirstRefusalDecisionTest {

    private static final ClauseFakes.Holder K = new ClauseFakes.Holder("k", "lab", "h");
    private static final double START = 720;

    private static Clause rofr(Double fraction) {
        return RightOfFirstRefusalClause.TYPE.create(new RightOfFirstRefusalClause.Params(null, fraction, null, null, null, null), K);
    }

    /** An offer of {@code h100e} effective H100e at {@code effectivePrice} $ per effective H100e-hour. */
    private static Offer offer(String cloud, double h100e, double effectivePrice, double startHours) {
        double chips = h100e / 1.25;
        return new Offer(cloud, "gpu", chips, h100e, startHours, effectivePrice * h100e / chips);
    }

    private static ClauseFakes.Round round() {
        return new ClauseFakes.Round(1_000, START, 0);
    }

    @Test
    void theHolderTakesTheWholeRequestMatchingTheCheaperRivalOnlyWhereItIsDearer() {
        ClauseFakes.Round round = round().offer(offer("r", 5_000, 2.5, START)).offer(offer("h", 600, 3.0, START))
                .offer(offer("h", 600, 2.0, START)).offer(offer("h", 900, 2.1, START));
        // Nothing is needed from its third offer nor from later: the request is filled by the date.
        round.earliest.put("h", offer("h", 2_000, 1.0, START + 10 * 24));
        round.timeHours = 240;
        Clause clause = rofr(null);
        assertEquals("right-of-first-refusal", clause.type());
        clause.onProcurement(round);
        assertEquals(List.of("award 2"), round.calls);
        assertEquals(600, round.awarded.get(0).effectiveH100e(), 1e-9);
        assertEquals(2.5, round.awarded.get(0).effectivePrice(), 1e-12, "matched down to the rival");
        assertEquals(400, round.awarded.get(1).effectiveH100e(), 1e-9);
        assertEquals(2.0, round.awarded.get(1).effectivePrice(), 1e-12, "keeps its own cheaper price");
        // Paid: (2.5 × 600 + 2.0 × 400) / 1,000 = 2.3.
        assertEquals("h exercises its right of first refusal: 1000 of 1000 H100e by the requested start, in 20 days,"
                + " at $2.3000 per effective H100e-hour (best rival $2.5000); the lab gives up 0 days of delay on"
                + " 0 H100e and $-0.2000 per effective H100e-hour against the best rival", round.reasons.get(0));
    }

    @Test
    void aPartialHolderSuppliesTheRestFromItsEarliestLaterOffer() {
        ClauseFakes.Round round = round().offer(offer("r", 5_000, 2.5, START)).offer(offer("h", 600, 2.0, START));
        round.earliest.put("h", offer("h", 1_000, 2.2, START + 45 * 24));
        rofr(0.6).onProcurement(round);
        assertEquals(List.of("award 2"), round.calls);
        assertEquals(400, round.awarded.get(1).effectiveH100e(), 1e-9);
        assertEquals(START + 45 * 24, round.awarded.get(1).startHours());
        // Paid: (2.0 × 600 + 2.2 × 400) / 1,000 = 2.08.
        assertTrue(round.reasons.get(0).contains("600 of 1000 H100e by the requested start, in 30 days, at $2.0800"
                + " per effective H100e-hour (best rival $2.5000); the lab gives up 45 days of delay on 400 H100e"),
                round.reasons.get(0));
    }

    @Test
    void aHolderShortOfItsFractionRefusesAndSaysWhenItCouldSupply() {
        ClauseFakes.Round round = round().offer(offer("r", 5_000, 2.5, START)).offer(offer("h", 600, 2.0, START));
        round.earliest.put("h", offer("h", 1_000, 2.2, START + 45 * 24));
        rofr(0.61).onProcurement(round);
        assertEquals(List.of("note h refuse"), round.calls);
        assertEquals("h can supply 600 of 1000 H100e by the requested start, in 30 days, (needs 61%); it could supply"
                + " all of it only 45 days later; the request goes to the market", round.reasons.get(0));

        ClauseFakes.Round never = round().offer(offer("r", 5_000, 2.5, START)).offer(offer("h", 600, 2.0, START));
        rofr(null).onProcurement(never);
        assertEquals(List.of("note h refuse"), never.calls);
        assertTrue(never.reasons.get(0).endsWith("(needs 100%); it cannot supply all of it within the horizon; the"
                + " request goes to the market"), never.reasons.get(0));
    }

    @Test
    void withoutARivalThereIsNothingToRefuse() {
        ClauseFakes.Round round = round().offer(offer("h", 600, 2.0, START));
        rofr(null).onProcurement(round);
        assertEquals(List.of(), round.calls);
        assertEquals(1.0, new RightOfFirstRefusalClause.Params(null, null, null, null, null, null).fraction());
        assertThrows(IllegalArgumentException.class, () -> new RightOfFirstRefusalClause.Params(null, 0.0, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new RightOfFirstRefusalClause.Params(null, 1.01, null, null, null, null));
    }

    @Test
    void offersArePricedPerEffectiveH100eAndCutNeverEnlarged() {
        Offer offer = new Offer("h", "gpu", 400, 1_000, START, 3.75);
        assertEquals(1.5, offer.effectivePrice(), 1e-12);
        assertEquals(5.0, offer.withEffectivePrice(2.0).priceUsdPerChipHour(), 1e-12);
        Offer cut = offer.upTo(250);
        assertEquals(100, cut.chips(), 1e-9);
        assertEquals(250, cut.effectiveH100e(), 1e-9);
        assertEquals(3.75, cut.priceUsdPerChipHour());
        assertEquals(offer, offer.upTo(1_000));
        assertEquals(offer, offer.upTo(5_000));
        assertEquals(0, offer.upTo(-5).chips());
    }
}
