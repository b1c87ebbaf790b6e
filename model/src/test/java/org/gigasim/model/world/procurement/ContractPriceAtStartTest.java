package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PricingSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * Contract prices read at the expected contracted share at the contract's start ({@code contract_tightness:
 * start}), by hand with {@link Rig}'s chips: b is 2.5 H100e and draws 1.5 kW of facility power, g 1.5 H100e and
 * 1 kW; b lists 3.1 USD per chip-hour for contracts, g 1.9. The contract curve runs from 0.9 at a share of 0.2 to
 * 1.7 at 1, so between them it is 0.7 + share; the term discount is 10% a year from a 1-year reference, so the
 * lab's 3-year term is 0.9² = 0.81 of the price.
 */
class ContractPriceAtStartTest {

    private static final List<PricePointSpec> CURVE = List.of(new PricePointSpec(0.2, 0.9), new PricePointSpec(1.0, 1.7));
    private static final PricingSpec AT_START = new PricingSpec(List.of(), CURVE, 0.1, 1.0, PricingSpec.START);
    private static final PricingSpec AT_SIGNING = new PricingSpec(List.of(), CURVE, 0.1, 1.0);
    private static final ProcurementSpec THREE_YEARS = Rig.policy(365, 10, 1, 1, 30, 3, 0, 1, false, null);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    /**
     * A cloud with 2 000 b chips delivered (3 MW of facility power) on a site with 1.5 MW planned and online at
     * hour 0 and 1.5 MW more planned at hour 4 000: 1 000 chips powered before then, 2 000 after.
     */
    private static Cloud growing(String id, PricingSpec pricing) {
        Site site = Rig.site(id + "-site", id, 1.5, List.of(Rig.B, Rig.G), Map.of("b", 2_000.0));
        site.addNominalMilestone(4_000, 1.5);
        return Rig.cloud(id, pricing, null, site);
    }

    private static Rig rig(Cloud... clouds) {
        return new Rig(List.of(Rig.lab("lab", 0, null, THREE_YEARS, null)), List.of(clouds));
    }

    /** Signs {@code mw} of {@code accelerator} on {@code cloud} from the start (600 b chips are 0.9 MW: 1.2 kW × PUE 1.25). */
    private static void hold(Rig rig, String id, String cloud, String accelerator, double mw, LocalDate last) {
        rig.sign(new ContractSpec(id, "lab", cloud, accelerator, mw, Rig.START, last, null, 2.75, null, List.of()), 0,
                DecisionListener.PROCUREMENT);
    }

    @Test
    void anOfferIsPricedAtTheShareItsCloudHasContractedAtItsStart() {
        Cloud cloud = growing("cloud", AT_START);
        Rig rig = rig(cloud);
        hold(rig, "held", "cloud", "b", 0.9, END);
        // The sold share of the last routing decision plays no part under the start rule.
        cloud.setSoldShare(0.95);
        OfferBook book = rig.book();
        // From hour 240: 1 000 chips powered (2 500 H100e), 600 reserved (1 500): 0.6, factor 1.3, 3.1 × 1.3 × 0.81.
        // The lab wants 10 000 effective H100e, 5 000 b chips at 2 a chip; 400 are uncommitted.
        List<Offer> early = book.offersOf(cloud, rig.lab(0), 10_000, 240, 8_760);
        assertEquals(1, early.size(), early.toString());
        assertEquals(400, early.get(0).chips(), 1e-9);
        assertEquals(3.2643, early.get(0).priceUsdPerChipHour(), 1e-12);
        // From hour 4 380 the pipeline has grown: 2 000 powered (5 000 H100e), 0.3, factor 1.0, 3.1 × 0.81.
        List<Offer> later = book.offersOf(cloud, rig.lab(0), 10_000, 4_380, 8_760);
        assertEquals(1_400, later.get(0).chips(), 1e-9);
        assertEquals(2.511, later.get(0).priceUsdPerChipHour(), 1e-12);
        assertEquals(2.511, book.quoteUsdPerChipHour(cloud, rig.lab(0), "b", 4_380), 1e-12);
    }

    @Test
    void theQuotesOfARoundAreReadBeforeItsContractsAreSigned() {
        Cloud cloud = growing("cloud", AT_START);
        Rig rig = rig(cloud);
        hold(rig, "held", "cloud", "b", 0.9, END);
        OfferBook book = rig.book();
        List<Offer> offers = book.offersOf(cloud, rig.lab(0), 10_000, 240, 8_760);
        Map<Offer, Double> quotes = book.quotes(rig.lab(0), offers);
        // Taking the 400 chips offered (0.6 MW) fills the start: 1 000 of 1 000 chips, factor 1.7, 3.1 × 1.7 × 0.81.
        hold(rig, "taken", "cloud", "b", 0.6, END);
        assertEquals(3.2643, quotes.get(offers.get(0)), 1e-12);
        assertEquals(4.2687, book.quoteUsdPerChipHour(cloud, rig.lab(0), "b", 240), 1e-12);
    }

    @Test
    void aCloudThatPricesAtSigningQuotesTheLastDecisionsSoldShareAtEveryStart() {
        Cloud cloud = growing("cloud", AT_SIGNING);
        Rig rig = rig(cloud);
        hold(rig, "held", "cloud", "b", 0.9, END);
        // A sold share of 0.25: factor 0.95, 3.1 × 0.95 × 0.81 = 2.38545, whatever the pipeline holds at the start.
        cloud.setSoldShare(0.25);
        OfferBook book = rig.book();
        assertEquals(2.38545, book.offersOf(cloud, rig.lab(0), 10_000, 240, 8_760).get(0).priceUsdPerChipHour(), 1e-12);
        assertEquals(2.38545, book.offersOf(cloud, rig.lab(0), 10_000, 4_380, 8_760).get(0).priceUsdPerChipHour(),
                1e-12);
        assertEquals(2.38545, MarketPrice.contractUsdPerChipHour(rig.indices, cloud, "b", 3, 0, 4_380), 1e-12);
    }

    @Test
    void theShareIsRawH100eOverEveryAcceleratorOfTheCloud() {
        // 1 000 b and 1 000 g chips, all powered (1.5 + 1 MW): 2 500 + 1 500 = 4 000 H100e. Reserved: 600 b
        // (1 500 H100e) and 500 g (0.5 MW: 500 × 0.8 kW × 1.25; 750 H100e): 2 250 / 4 000 = 0.5625, factor 1.2625.
        // Counting chips instead would give 1 100 / 2 000 = 0.55 and 1.25.
        Cloud cloud = Rig.cloud("mixed", AT_START, null, Rig.site("mixed-site", "mixed", 2.5, 1_000, 1_000));
        Rig rig = rig(cloud);
        hold(rig, "b-held", "mixed", "b", 0.9, END);
        hold(rig, "g-held", "mixed", "g", 0.5, END);
        assertEquals(1.9 * 1.2625 * 0.81, MarketPrice.contractUsdPerChipHour(rig.indices, cloud, "g", 3, 0, 240), 1e-12);
        assertEquals(3.1 * 1.2625 * 0.81, rig.book().quoteUsdPerChipHour(cloud, rig.lab(0), "b", 240), 1e-12);
    }

    @Test
    void withNothingPoweredAtTheStartTheCurveReadsItsFirstFactorUnlessContractsHoldChips() {
        // 1 000 b chips delivered, no power until hour 8 000 (1.5 MW then).
        Site site = new Site(new SiteSpec("dark-site", "east", 1.25, null, null, null, null), "dark",
                Rig.accelerators(List.of(Rig.B, Rig.G)));
        site.addNominalMilestone(8_000, 1.5);
        site.deliver("b", 1_000);
        Cloud cloud = Rig.cloud("dark", AT_START, null, site);
        Rig rig = rig(cloud);
        // Nothing powered and nothing reserved at hour 240: share 0, the first factor 0.9, 3.1 × 0.9 × 0.81.
        assertEquals(2.2599, MarketPrice.contractUsdPerChipHour(rig.indices, cloud, "b", 3, 0, 240), 1e-12);
        // 600 chips reserved from the start: every chip the cloud will have is spoken for, the last factor 1.7.
        hold(rig, "held", "dark", "b", 0.9, END);
        assertEquals(4.2687, MarketPrice.contractUsdPerChipHour(rig.indices, cloud, "b", 3, 0, 240), 1e-12);
        // From hour 8 760 the 1 000 chips are powered: 600 / 1 000 = 0.6, factor 1.3.
        assertEquals(3.2643, MarketPrice.contractUsdPerChipHour(rig.indices, cloud, "b", 3, 0, 8_760), 1e-12);
    }

    @Test
    void aRenewalIsPricedAtTheShareExpectedAtItsStartNotAtTheReview() {
        Cloud cloud = growing("cloud", AT_START);
        Rig rig = rig(cloud);
        hold(rig, "held", "cloud", "b", 0.9, END);
        // deal: 400 chips (0.6 MW) to 2026-06-30, ending at hour 4 344, after the second 1.5 MW (hour 4 000).
        hold(rig, "deal", "cloud", "b", 0.6, LocalDate.of(2026, 6, 30));
        ProcurementSpec twoYears = Rig.policy(365, 10, 1, 1, 30, 2, 0, 1, true, null);
        Lifecycle lifecycle = new Lifecycle(rig.indices, rig.clock, rig.contracts, rig.limit(l -> 0), rig::sign,
                rig.ledger, rig.listener, (l, t) -> 0);
        // At the review (hour 744) 1 000 of 1 000 powered chips are held (factor 1.7); at the deal's end 2 000 are
        // powered and held keeps 600 (deal is over, its renewal not yet signed): 0.3, factor 1.0. Two years are
        // 0.9 of the 1-year price: 3.1 × 1.0 × 0.9 = 2.79, not 3.1 × 1.7 × 0.9 = 4.743.
        lifecycle.renewEnding(rig.lab(0), 0, twoYears, 744, 4_344, end -> 800);
        assertEquals(2.79, rig.listener.only("renewed").num(5), 1e-12);
    }
    @Test
    void everyContractOfAReviewIsSignedAtTheShareTheRoundSawBeforeAnyWasSigned() {
        // 1 000 b and 1 000 g chips, all powered (2 500 + 1 500 = 4 000 H100e); held keeps 600 b (1 500 H100e,
        // 1 200 effective for the lab) from the start: 0.375 at hour 240, factor 1.075. b: 3.1 × 1.075 × 0.81 =
        // 2.699325 (1.35 per effective H100e-hour), g: 1.9 × 1.075 × 0.81 = 1.654425 (1.84). The lab wants 2 900
        // effective H100e, 1 700 short: all 400 uncommitted b chips (800) first, then all 1 000 g chips (900). Had g
        // been priced after b was signed, the share would be 2 500 / 4 000 = 0.625 and its factor 1.325.
        Cloud cloud = Rig.cloud("cloud", AT_START, null, Rig.site("site", "cloud", 2.5, 1_000, 1_000));
        ProcurementSpec policy = Rig.policy(365, 10, 1, 1, 30, 3, 0, 1, false, null);
        Rig rig = new Rig(List.of(Rig.lab("lab", 2_900, null, policy, null)), List.of(cloud));
        hold(rig, "held", "cloud", "b", 0.9, END);
        Procurement procurement = new Procurement(rig.indices, rig.clock, rig.contracts, l -> 0, l -> 0, rig::sign,
                rig.ledger, rig.listener);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(400, rig.contracts.get("lab-cloud-1").fullChips(), 1e-9);
        assertEquals(2.699325, rig.contracts.get("lab-cloud-1").priceUsdPerChipHour(), 1e-12);
        assertEquals(1_000, rig.contracts.get("lab-cloud-2").fullChips(), 1e-9);
        assertEquals(1.654425, rig.contracts.get("lab-cloud-2").priceUsdPerChipHour(), 1e-12);
        // Each was signed at the cloud's own quote for its start, read before the round's contracts: nothing conceded.
        for (RecordingDecisions.Call procured : rig.listener.named("procured")) {
            assertEquals(0, procured.num(5), 0, procured.toString());
        }
        assertEquals(2, rig.listener.named("procured").size());
    }
}
