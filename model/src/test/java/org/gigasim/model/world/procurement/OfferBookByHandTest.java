package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PricingSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.SupplySpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offers by hand ({@link Rig}'s chips b and g, plus {@code t}, the cloud's own silicon: 1.2 H100e at
 * 0.7 kW, hostable by {@code cloud} alone and priced by nobody, and {@code n}: 3 H100e at 1 kW,
 * available from 2027-01-01, hour 8 760). {@code cloud} has 40 MW and 12 000 b, 6 000 g, 1 000 t and
 * 2 000 n chips, all powered (27.4 MW), and has sold 2 000 b chips for the whole run: its pipeline
 * has 10 000 b, 6 000 g, 1 000 t and 2 000 n uncommitted. {@code small} has 40 b chips; {@code own}
 * is the lab's own cloud. The lab signs 1-year contracts and gets 2 effective H100e per b chip,
 * 0.9 per g chip and the full rating of t and n; {@code inside} is internal to {@code cloud}.
 */
class OfferBookByHandTest {

    static final AcceleratorSpec T = new AcceleratorSpec("t", "cloud", null, 0.7, 1.2, null, null, List.of("cloud"));
    static final AcceleratorSpec N = new AcceleratorSpec("n", "nvidia", null, 1.0, 3.0, null, LocalDate.of(2027, 1, 1),
            List.of());
    static final List<AcceleratorSpec> WORLD = List.of(Rig.B, Rig.G, T, N);

    private Rig rig;
    private OfferBook book;

    static Map<String, PriceSpec> prices() {
        Map<String, PriceSpec> prices = new LinkedHashMap<>();
        prices.put("b", new PriceSpec(3.1, 4.1));
        prices.put("g", new PriceSpec(1.9, 2.6));
        prices.put("n", new PriceSpec(5.0, 7.0));
        return prices;
    }

    @BeforeEach
    void setUp() {
        Cloud cloud = Rig.cloud("cloud", prices(), null, null,
                Rig.site("site", "cloud", 40, WORLD, Map.of("b", 12_000.0, "g", 6_000.0, "t", 1_000.0, "n", 2_000.0)));
        Cloud small = Rig.cloud("small", prices(), null, null,
                Rig.site("small-site", "small", 1, WORLD, Map.of("b", 40.0)));
        Cloud own = new Cloud(new CloudSpec("own", CloudSpec.SELF, null, prices(), null, null, null, List.of(), null,
                null, "lab", 10.0));
        own.addSite(Rig.site("own-site", "own", 40, WORLD, Map.of("b", 12_000.0)));
        Cloud priced = Rig.cloud("priced", prices(),
                new PricingSpec(List.of(), List.of(new PricePointSpec(0, 1.0), new PricePointSpec(1, 1.5)), 0.1, 1.0),
                null);
        rig = new Rig(List.of(Rig.lab("lab", 0, null, Rig.policy(365, 10, 1, 1, 30, 1, 0, 1, false, null), null),
                Rig.lab("inside", 0, null, Rig.policy(365, 10, 1, 1, 30, 3, 0, 1, false, null), "cloud"),
                Rig.lab("long", 0, null, Rig.policy(365, 10, 1, 1, 30, 3, 0, 1, false, null), null),
                Rig.lab("default", 0, null, null, null)),
                List.of(cloud, small, own, priced), WORLD, 17_520);
        rig.sign(new ContractSpec("held", "lab", "cloud", "b", 3.0, Rig.START, LocalDate.of(2027, 12, 31), null, 2.75,
                null, List.of()), 0, DecisionListener.PROCUREMENT);
        book = rig.book();
    }

    private static void assertOffer(Offer offer, String cloud, String accelerator, double chips, double h100e,
            double start, double price) {
        assertEquals(cloud, offer.cloud());
        assertEquals(accelerator, offer.accelerator());
        assertEquals(chips, offer.chips(), 1e-9);
        assertEquals(h100e, offer.effectiveH100e(), 1e-9);
        assertEquals(start, offer.startHours(), 0);
        assertEquals(price, offer.priceUsdPerChipHour(), 1e-12);
    }

    @Test
    void eachCloudOffersWhatItsPipelineHasUncommittedOfEachAcceleratorItPrices() {
        // 8 000 effective H100e wanted: 4 000 b chips (10 000 free), or 8 888.9 g chips of which 6 000 are free
        // (5 400 H100e). t is not priced for a customer, n comes after the horizon (8 000 h). small's 40 b chips are
        // exactly 1% of the 4 000 wanted, not more: no offer. The lab's own cloud offers nothing.
        List<Offer> offers = book.offers(rig.lab(0), 8_000, 240, 8_000);
        assertEquals(2, offers.size(), offers.toString());
        assertOffer(offers.get(0), "cloud", "b", 4_000, 8_000, 240, 3.1);
        assertOffer(offers.get(1), "cloud", "g", 6_000, 5_400, 240, 1.9);
    }

    @Test
    void anAcceleratorIsOfferedOnceItIsAvailableWithinTheHorizon() {
        // With the horizon at 8 760 h, n's first hour: 8 000 / 3 = 2 666.7 n chips wanted, 2 000 free (6 000 H100e).
        List<Offer> offers = book.offers(rig.lab(0), 8_000, 240, 8_760);
        assertEquals(3, offers.size(), offers.toString());
        assertOffer(offers.get(2), "cloud", "n", 2_000, 6_000, 240, 5.0);
        // One chip more of small's than 1% of what is wanted is offered: 40 chips against 3 950 wanted.
        List<Offer> small = book.offersOf(rig.cloud("small"), rig.lab(0), 7_900, 240, 8_000);
        assertEquals(1, small.size());
        assertOffer(small.get(0), "small", "b", 40, 80, 240, 3.1);
    }

    @Test
    void aLabInsideTheCloudsCompanyIsOfferedEveryHostableAcceleratorOfThatCloudAloneAtNoPrice() {
        // b 4 000 chips, g 6 000 (5 400 H100e), t: 8 000 / 1.2 = 6 666.7 wanted, 1 000 free (1 200 H100e); all at 0.
        List<Offer> offers = book.offers(rig.lab(1), 8_000, 240, 8_000);
        assertEquals(3, offers.size(), offers.toString());
        assertOffer(offers.get(0), "cloud", "b", 4_000, 8_000, 240, 0);
        assertOffer(offers.get(1), "cloud", "g", 6_000, 5_400, 240, 0);
        assertOffer(offers.get(2), "cloud", "t", 1_000, 1_200, 240, 0);
        assertEquals(0, book.quoteUsdPerChipHour(rig.cloud("cloud"), rig.lab(1), "b", 240), 0);
    }

    @Test
    void theQuoteFollowsTheCloudsTightnessAndTheLabsTerm() {
        Cloud priced = rig.cloud("priced");
        // 60% sold: the contract factor is 1 + 0.6 × 0.5 = 1.3; a year is the reference term.
        priced.setSoldShare(0.6);
        assertEquals(3.1 * 1.3, book.quoteUsdPerChipHour(priced, rig.lab(0), "b", 240), 1e-12);
        // A 3-year term: 0.9^(3 − 1) = 0.81 of it, 3.2643; the default policy's 5 years: 0.9^4 = 0.6561.
        assertEquals(3.1 * 1.3 * 0.81, book.quoteUsdPerChipHour(priced, rig.lab(2), "b", 240), 1e-12);
        assertEquals(1.9 * 1.3 * 0.6561, book.quoteUsdPerChipHour(priced, rig.lab(3), "g", 240), 1e-12);
        assertEquals(3.1 * 1.3 * 0.81, MarketPrice.contractUsdPerChipHour(rig.indices, priced, "b", 3, 0, 0), 1e-12);
        assertTrue(Double.isNaN(MarketPrice.contractUsdPerChipHour(rig.indices, priced, "t", 3, 0, 0)), "t is not sold");
    }

    /**
     * {@code late} plans 1.5 MW at hour 0 and 6 MW more at hour 2 000 for 5 000 b chips (7.5 MW): 1 000 powered
     * before then, all 5 000 after. 6 000 effective H100e (3 000 chips) from hour 240 can start in the first month
     * step from 240 (240, 970, 1 700, 2 430) at which all of it is free: 2 430.
     */
    @Test
    void theEarliestWholeOfferIsTheFirstMonthStepWithEnoughChips() {
        Site site = new Site(new SiteSpec("late-site", "east", 1.25, null, null, null, null), "late",
                Rig.accelerators(WORLD));
        site.addNominalMilestone(0, 1.5);
        site.addNominalMilestone(2_000, 6.0);
        site.deliver("b", 5_000);
        Cloud late = Rig.cloud("late", prices(), null, null, site);
        Rig world = new Rig(List.of(Rig.lab("lab", 0, null, Rig.policy(365, 10, 1, 1, 30, 1, 0, 1, false, null), null)),
                List.of(late), WORLD, 17_520);
        OfferBook lateBook = world.book();
        Optional<Offer> earliest = lateBook.earliest(late, world.lab(0), 6_000, 240, 2_430);
        assertTrue(earliest.isPresent());
        assertOffer(earliest.get(), "late", "b", 3_000, 6_000, 2_430, 3.1);
        assertTrue(lateBook.earliest(late, world.lab(0), 6_000, 240, 2_429).isEmpty(), "2 430 is beyond the horizon");
        // 2 000 H100e fit at the start already (1 000 chips powered).
        assertEquals(240, lateBook.earliest(late, world.lab(0), 2_000, 240, 2_429).orElseThrow().startHours(), 0);
    }

    /**
     * {@code plans} plans its supply, so it takes the least it has uncommitted over the lab's term, [240, 9 000):
     * 12 000 b chips, of which 4 000 are sold from 2026-07-01 (hour 4 344) and 1 000 retire at hour 6 000,
     * leaving 7 000. A retirement at 9 500 and a sale from 2027-01-15 (hour 9 096) fall after the term.
     */
    @Test
    void aCloudThatPlansItsSupplyOffersTheLeastItHasUncommittedOverTheTerm() {
        Site site = Rig.site("plans-site", "plans", 30, WORLD, Map.of("b", 12_000.0));
        site.planRetirement(6_000, "b", 1_000);
        site.planRetirement(9_500, "b", 5_000);
        Cloud plans = Rig.cloud("plans", prices(), null, new SupplySpec(null, null, null, null, null, null, null, null,
                null, null), site);
        Rig world = new Rig(List.of(Rig.lab("lab", 0, null, Rig.policy(365, 10, 1, 1, 30, 1, 0, 1, false, null), null)),
                List.of(plans), WORLD, 17_520);
        world.sign(new ContractSpec("later", "lab", "plans", "b", 6.0, LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), null, 2.75, null, List.of()), 0, DecisionListener.PROCUREMENT);
        world.sign(new ContractSpec("far", "lab", "plans", "b", 4.5, LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 12, 31), null, 2.75, null, List.of()), 0, DecisionListener.PROCUREMENT);
        OfferBook plansBook = world.book();
        List<Offer> offers = plansBook.offersOf(plans, world.lab(0), 30_000, 240, 8_000);
        assertEquals(1, offers.size(), offers.toString());
        assertOffer(offers.get(0), "plans", "b", 7_000, 14_000, 240, 3.1);
    }

    /**
     * {@code plans} again, over the term [240, 9 000): 21 check times (more than a first table holds). 20 batches of
     * 100 b chips retire at hours 1 000, 1 100, …, 2 900 (2 000 in all), leaving 10 000 of 12 000. Not in the term:
     * 4 000 chips sold from the start to 2026-01-05 (over before hour 240), 5 000 chips retiring at 9 000 and 3 000
     * sold from 2027-01-11, hour 9 000: the term's end, when the new contract no longer holds anything.
     */
    @Test
    void onlyWhatHappensWithinTheTermLimitsAPlannedOffer() {
        Site site = Rig.site("plans-site", "plans", 30, WORLD, Map.of("b", 12_000.0));
        for (int i = 0; i < 20; i++) {
            site.planRetirement(1_000 + 100 * i, "b", 100);
        }
        site.planRetirement(9_000, "b", 5_000);
        Cloud plans = Rig.cloud("plans", prices(), null, new SupplySpec(null, null, null, null, null, null, null, null,
                null, null), site);
        Rig world = new Rig(List.of(Rig.lab("lab", 0, null, Rig.policy(365, 10, 1, 1, 30, 1, 0, 1, false, null), null)),
                List.of(plans), WORLD, 17_520);
        world.sign(new ContractSpec("gone", "lab", "plans", "b", 6.0, Rig.START, LocalDate.of(2026, 1, 5), null, 2.75,
                null, List.of()), 0, DecisionListener.PROCUREMENT);
        world.sign(new ContractSpec("next", "lab", "plans", "b", 4.5, LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 12, 31), null, 2.75, null, List.of()), 0, DecisionListener.PROCUREMENT);
        OfferBook plansBook = world.book();
        List<Offer> offers = plansBook.offersOf(plans, world.lab(0), 30_000, 240, 8_000);
        assertEquals(1, offers.size(), offers.toString());
        assertOffer(offers.get(0), "plans", "b", 10_000, 20_000, 240, 3.1);
    }

    /** Exactly 16 check times, a first table's worth: 16 batches of 100 b chips retiring at 1 000, 1 100, …, 2 500. */
    @Test
    void aFullTableOfCheckTimesIsRead() {
        Site site = Rig.site("plans-site", "plans", 30, WORLD, Map.of("b", 12_000.0));
        for (int i = 0; i < 16; i++) {
            site.planRetirement(1_000 + 100 * i, "b", 100);
        }
        Cloud plans = Rig.cloud("plans", prices(), null, new SupplySpec(null, null, null, null, null, null, null, null,
                null, null), site);
        Rig world = new Rig(List.of(Rig.lab("lab", 0, null, Rig.policy(365, 10, 1, 1, 30, 1, 0, 1, false, null), null)),
                List.of(plans), WORLD, 17_520);
        List<Offer> offers = world.book().offersOf(plans, world.lab(0), 30_000, 240, 8_000);
        assertOffer(offers.get(0), "plans", "b", 10_400, 20_800, 240, 3.1);
    }
}
