package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request round as clauses see it, by hand ({@link Rig}: 2 effective H100e per b chip, 0.9 per g
 * chip). The lab asks at hour 0 for 8 000 effective H100e from hour 240, horizon 8 000, weighing
 * price and delay equally. {@code cloud} has 10 000 b and 6 000 g chips free and lists b at 3.1, g at
 * 1.9; {@code rival} has 5 000 b and 3 000 g and lists b at 2.9, g at 2.2. The offers, per effective
 * H100e-hour: rival b 4 000 chips (8 000 H100e) at 1.45, cloud b 4 000 (8 000) at 1.55, cloud g 6 000
 * (5 400) at 2.11, rival g 3 000 (2 700) at 2.44. With one start, the score is
 * 0.5 × price / 1.45 + 0.5, so the round lists them in that order.
 */
class RequestRoundTest {

    private static final String ACTOR = "a-clause";

    private Rig rig;
    private OfferBook book;
    private RequestRound round;

    private static Map<String, PriceSpec> prices(double b, double g) {
        Map<String, PriceSpec> prices = new LinkedHashMap<>();
        prices.put("b", new PriceSpec(b, b + 1));
        prices.put("g", new PriceSpec(g, g + 1));
        return prices;
    }

    @BeforeEach
    void setUp() {
        // A lab inside cloud's company that gets all of g's rating: 1.5 H100e per 1 kW g chip, against 2 per 1.5 kW b.
        Map<String, List<EfficiencyStepSpec>> efficiency = new LinkedHashMap<>();
        efficiency.put("b", List.of(new EfficiencyStepSpec(Rig.START, 0.8)));
        efficiency.put("g", List.of(new EfficiencyStepSpec(Rig.START, 1.0)));
        LabSpec inside = new LabSpec("inside", new DemandSpec(null, null, null, null), efficiency, null, null, "cloud");
        rig = new Rig(List.of(Rig.lab("lab", 0, null, policy(), null), inside),
                List.of(Rig.cloud("cloud", prices(3.1, 1.9), null, null, Rig.site("s1", "cloud", 30, 12_000, 6_000)),
                        Rig.cloud("rival", prices(2.9, 2.2), null, null, Rig.site("s2", "rival", 20, 5_000, 3_000))));
        rig.sign(new ContractSpec("held", "lab", "cloud", "b", 3.0, Rig.START,
                Rig.START.plusYears(2), null, 2.75, null, List.of()), 0, DecisionListener.PROCUREMENT);
        book = rig.book();
        round = new RequestRound(rig.indices, book, rig.listener, rig.lab(0), 0, 8_000, 240, 8_000, 0.25, policy());
    }

    private static ProcurementSpec policy() {
        return Rig.policy(365, 10, 1, 0.5, 30, 1, 0, 1, false, null);
    }

    private static String key(Offer o) {
        return o.cloud() + " " + o.accelerator();
    }

    private List<String> order() {
        return round.offers().stream().map(RequestRoundTest::key).toList();
    }

    private void act() {
        round.actingFor(new Contract("c1", "lab", "cloud", "b", 0, 0, 3.0, 2_000, 0, 8_760, 0, 2.75, 0, "scenario"),
                ACTOR);
    }

    @Test
    void theRoundStatesTheRequestAndListsOffersByScore() {
        assertEquals("lab", round.lab());
        assertEquals(0, round.timeHours(), 0);
        assertEquals(8_000, round.requestedH100e(), 0);
        assertEquals(240, round.requestedStartHours(), 0);
        assertEquals(8_000, round.horizonHours(), 0);
        assertEquals(0.25, round.trainingShare(), 0);
        assertEquals(240, round.askedStartHours(), 0);
        assertEquals(0, round.heldDays(), 0);
        assertEquals(0, round.waitedDays(), 0);
        assertEquals(List.of("rival b", "cloud b", "cloud g", "rival g"), order());
        assertEquals(DecisionListener.PROCUREMENT, round.decidedBy(round.offers().get(0)));
        assertFalse(round.isAwarded(round.offers().get(0)));
        // A cloud's own offers, cheapest per effective H100e first.
        assertEquals(List.of("rival b", "rival g"), round.offersOf("rival").stream().map(RequestRoundTest::key)
                .toList());
        // The earliest whole offer of cloud: its b offer at the start (its g offer holds only 5 400).
        Offer earliest = round.earliestOffer("cloud", 8_000).orElseThrow();
        assertEquals("cloud b", key(earliest));
        assertEquals(240, earliest.startHours(), 0);
    }

    @Test
    void aLaterStartCountsAgainstAnOfferByThePriceWeight() {
        // rival b moved half a year later (start 4 620): 0.5 × 1 + 0.5 × (1 + 4 380 / 8 760) = 1.25, behind cloud b
        // (0.5 × 1.55 / 1.45 + 0.5 = 1.034) and cloud g (0.5 × 2.111 / 1.45 + 0.5 = 1.228), ahead of rival g (1.343).
        act();
        Offer old = round.offers().get(0);
        Offer later = new Offer("rival", "b", old.chips(), old.effectiveH100e(), 240 + 4_380, old.priceUsdPerChipHour());
        round.replaceOffer(old, later, "matched later");
        assertEquals(List.of("cloud b", "cloud g", "rival b", "rival g"), order());
        assertEquals(ACTOR, round.decidedBy(later));
        RecordingDecisions.Call replaced = rig.listener.only("offerReplaced");
        assertEquals(List.of(ACTOR, "c1", "lab", "rival", 8_000.0, "matched later"), replaced.args());
        // An offer no longer in the round is not replaced again.
        round.replaceOffer(old, later, "again");
        assertEquals(1, rig.listener.named("offerReplaced").size());
    }

    @Test
    void freeOffersRankByEffectiveH100ePerMegawatt() {
        // Inside cloud's company every offer is free, so price and start tie; g gives 1.5 H100e per kW of facility
        // power (1 500 per MW), b 2 per 1.5 kW (1 333 per MW): g first, though b comes first by name.
        RequestRound free = new RequestRound(rig.indices, book, rig.listener, rig.lab(1), 0, 8_000, 240, 8_000, 0,
                policy());
        assertEquals(List.of("cloud g", "cloud b"), free.offers().stream().map(RequestRoundTest::key).toList());
        assertEquals(8_000 / 1.5, free.offers().get(0).chips(), 1e-9);
    }

    @Test
    void removingTheTopCloudMakesTheClauseDecideTheRest() {
        act();
        round.removeOffersOf("rival", "excluded");
        assertEquals(List.of("cloud b", "cloud g"), order());
        // rival's offers held 8 000 + 2 700 effective H100e.
        RecordingDecisions.Call removed = rig.listener.only("offersRemoved");
        assertEquals(List.of(ACTOR, "c1", "lab", "rival", 10_700.0, "excluded"), removed.args());
        assertEquals(ACTOR, round.decidedBy(round.offers().get(0)));
        assertEquals(ACTOR, round.decidedBy(round.offers().get(1)));
        round.removeOffersOf("nobody", "none");
        assertEquals(1, rig.listener.named("offersRemoved").size(), "nothing removed, nothing recorded");
    }

    @Test
    void removingAnotherCloudLeavesTheTopOfferTheLabsChoice() {
        round.removeOffersOf("cloud", "excluded");
        assertEquals(List.of("rival b", "rival g"), order());
        assertNull(rig.listener.only("offersRemoved").args().get(1), "no clause contract was acting");
        assertEquals(DecisionListener.PROCUREMENT, round.decidedBy(round.offers().get(0)));
    }

    @Test
    void limitingOthersCutsThemInOrderAndDecidesTheHolderWhenItCutsAheadOfIt() {
        act();
        // Others may keep 5 000: rival b is cut from 8 000 to 5 000 (2 500 chips), rival g to nothing; 5 700 cut,
        // ahead of cloud's offers, which the clause thereby decides.
        round.limitOthers("cloud", 5_000, "exclusive");
        assertEquals(List.of("rival b", "cloud b", "cloud g"), order());
        assertEquals(2_500, round.offers().get(0).chips(), 1e-9);
        assertEquals(5_000, round.offers().get(0).effectiveH100e(), 1e-9);
        assertEquals(List.of(ACTOR, "c1", "lab", 5_700.0, "exclusive"), rig.listener.only("othersLimited").args());
        assertEquals(DecisionListener.PROCUREMENT, round.decidedBy(round.offers().get(0)));
        assertEquals(ACTOR, round.decidedBy(round.offers().get(1)));
        assertEquals(ACTOR, round.decidedBy(round.offers().get(2)));
    }

    @Test
    void limitingOthersOnlyAfterTheHolderLeavesTheLabsChoice() {
        act();
        // Others may keep 9 000: rival b's 8 000 stays whole, rival g (behind cloud's offers) keeps 1 000 of 2 700.
        round.limitOthers("cloud", 9_000, "exclusive");
        assertEquals(List.of("rival b", "cloud b", "cloud g", "rival g"), order());
        assertEquals(1_000, round.offers().get(3).effectiveH100e(), 1e-9);
        assertEquals(1_700, rig.listener.only("othersLimited").num(3), 1e-9);
        assertEquals(DecisionListener.PROCUREMENT, round.decidedBy(round.offers().get(1)));
        // A limit that cuts nothing records nothing; a negative one leaves others nothing.
        round.limitOthers("cloud", 1e9, "loose");
        assertEquals(1, rig.listener.named("othersLimited").size());
        round.limitOthers("cloud", -5, "none");
        assertEquals(List.of("cloud b", "cloud g"), order());
        assertEquals(9_000, rig.listener.named("othersLimited").get(1).num(3), 1e-9);
    }

    @Test
    void awardingACloudKeepsItsOffersAlone() {
        act();
        round.awardTo("cloud", "right of first refusal");
        assertEquals(List.of("cloud b", "cloud g"), order());
        assertEquals(ACTOR, round.decidedBy(round.offers().get(1)));
        assertEquals(List.of(ACTOR, "c1", "lab", "cloud", 8_000.0, "right of first refusal"),
                rig.listener.only("awarded").args());
    }

    @Test
    void awardedOffersComeFirstAndAreMarked() {
        act();
        Offer part = new Offer("cloud", "g", 3_000, 2_700, 240, 1.9);
        round.award(List.of(part), "matched");
        assertEquals(List.of("cloud g", "rival b", "rival g"), order());
        assertTrue(round.isAwarded(round.offers().get(0)));
        assertFalse(round.isAwarded(round.offers().get(1)));
        assertEquals(ACTOR, round.decidedBy(part));
        assertEquals(2_700, rig.listener.only("awarded").num(4), 1e-9);
        // Replacing an awarded offer keeps it awarded.
        Offer cheaper = part.withEffectivePrice(1.0);
        round.replaceOffer(part, cheaper, "discount");
        assertTrue(round.isAwarded(cheaper));
        assertFalse(round.isAwarded(part));
        round.award(List.of(), "nothing");
        assertEquals(1, rig.listener.named("awarded").size());
    }

    @Test
    void aMatchWindowHoldsTheRestOfTheMarketUnlessTheHolderTookItAll() {
        act();
        round.matchWindow("cloud", 30, "notice");
        assertEquals(30, round.heldDays(), 0);
        assertEquals(List.of(), order(), "the rest waits");
        assertEquals(List.of(ACTOR, "c1", "lab", "cloud", 8_000.0, 0.0, 30.0, "notice"),
                rig.listener.only("matchWindow").args());
        round.matchWindow("cloud", 10, "shorter");
        assertEquals(30, round.heldDays(), 0, "the longest window holds");
        assertThrows(IllegalArgumentException.class, () -> round.matchWindow("cloud", -1, "bad"));
        assertThrows(IllegalArgumentException.class, () -> round.matchWindow("cloud", Double.NaN, "bad"));
        assertThrows(IllegalArgumentException.class,
                () -> round.matchWindow("cloud", Double.POSITIVE_INFINITY, "bad"));
    }

    @Test
    void aHolderThatTookTheWholeRequestHoldsNothing() {
        act();
        round.award(List.of(new Offer("cloud", "b", 4_000, 8_000, 240, 3.1)), "matched");
        round.matchWindow("cloud", 30, "notice");
        assertEquals(0, round.heldDays(), 0);
        assertEquals(8_000, rig.listener.only("matchWindow").num(5), 0);
        assertEquals(List.of("cloud b", "rival b", "rival g"), order());
        // A window of no days holds nothing either.
        round.matchWindow("rival", 0, "none");
        assertEquals(0, round.heldDays(), 0);
    }

    @Test
    void theMarketsTurnAfterAWaitRemembersTheFirstAskAndNotesGoToTheListener() {
        round.waited(48, 100);
        assertEquals(2, round.waitedDays(), 0);
        assertEquals(100, round.askedStartHours(), 0);
        act();
        round.note("cloud", "refuse", "too dear");
        assertEquals(List.of(ACTOR, "c1", "lab", "cloud", "refuse", "too dear"), rig.listener.only("noted").args());
    }

    @Test
    void aRoundKeepsItsTimeAndListsACloudsOffersCheapestFirst() {
        // At hour 100, from gcheap, which lists b at 4.0 (2.0 per effective H100e-hour) and g at 1.2 (1.33): g first.
        Rig other = new Rig(List.of(Rig.lab("lab", 0, null, policy(), null)),
                List.of(Rig.cloud("gcheap", prices(4.0, 1.2), null, null, Rig.site("s3", "gcheap", 30, 12_000, 6_000))));
        RequestRound later = new RequestRound(other.indices, other.book(),
                other.listener, other.lab(0), 100, 4_000, 340, 8_000, 0, policy());
        assertEquals(100, later.timeHours(), 0);
        assertEquals(List.of("gcheap g", "gcheap b"), later.offersOf("gcheap").stream().map(RequestRoundTest::key)
                .toList());
        later.note("gcheap", "refuse", "why");
        assertEquals(100, other.listener.only("noted").t(), 0);
    }

    @Test
    void aMatchWindowCountsWhatTheHolderItselfWasAwarded() {
        act();
        // rival's whole offer is awarded; cloud holds the window and took nothing, so the rest waits.
        round.award(List.of(round.offers().get(0)), "rival first");
        round.matchWindow("cloud", 30, "notice");
        assertEquals(0, rig.listener.only("matchWindow").num(5), 0);
        assertEquals(30, round.heldDays(), 0);
    }

    @Test
    void aMatchWindowOfNoDaysLeavesTheMarketOpen() {
        act();
        round.matchWindow("cloud", 0, "none");
        assertEquals(0, round.heldDays(), 0);
        assertEquals(List.of("rival b", "cloud b", "cloud g", "rival g"), order());
    }
}
