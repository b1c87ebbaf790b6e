package org.example.gigasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.clause.ClauseHolder;
import org.gigasim.model.clause.ClauseProvider;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;
import org.junit.jupiter.api.Test;

class PriceCeilingClauseTest {

    @Test
    void serviceLoaderFindsTheClauseType() {
        List<String> names = new ArrayList<>();
        for (ClauseProvider provider : ServiceLoader.load(ClauseProvider.class)) {
            provider.clauseTypes().forEach(t -> names.add(t.name()));
        }
        assertEquals(List.of("price-ceiling"), names);
    }

    @Test
    void offersOfACloudAskingMoreThanTheCeilingAreWithdrawnWithAReason() {
        Round round = new Round(List.of(
                new Offer("dear-cloud", "gb200", 1000, 2500, 0, 4.00),
                new Offer("dear-cloud", "gb200", 1000, 2500, 720, 3.00),
                new Offer("cheap-cloud", "gb200", 1000, 2500, 0, 3.50)));
        clause(3.75).onProcurement(round);
        // dear-cloud asks $4.00 for one offer, so all of its offers go; cheap-cloud's $3.50 stays.
        assertEquals(List.of("cheap-cloud"), round.offers().stream().map(Offer::cloud).toList());
        assertEquals(List.of("dear-cloud: contract c-1 caps a-lab's price at $3.75 per chip-hour; dear-cloud asks more"),
                round.reasons);
    }

    @Test
    void aCeilingAboveEveryPriceChangesNothing() {
        Round round = new Round(List.of(new Offer("cheap-cloud", "gb200", 1000, 2500, 0, 3.50)));
        clause(5).onProcurement(round);
        assertEquals(1, round.offers().size());
        assertTrue(round.reasons.isEmpty());
    }

    @Test
    void aMissingOrNonPositiveCeilingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PriceCeilingClause.Params(null));
        assertThrows(IllegalArgumentException.class, () -> new PriceCeilingClause.Params(0.0));
    }

    private static Clause clause(double ceiling) {
        return PriceCeilingClause.TYPE.create(new PriceCeilingClause.Params(ceiling), new ClauseHolder() {
            @Override
            public String contractId() {
                return "c-1";
            }

            @Override
            public String lab() {
                return "a-lab";
            }

            @Override
            public String cloud() {
                return "dear-cloud";
            }
        });
    }

    /** A procurement round holding a few offers, recording what the clause removes and why. */
    private static final class Round implements ProcurementRound {
        private final List<Offer> offers;
        final List<String> reasons = new ArrayList<>();

        Round(List<Offer> offers) {
            this.offers = new ArrayList<>(offers);
        }

        @Override public String lab() { return "a-lab"; }
        @Override public double timeHours() { return 0; }
        @Override public double requestedH100e() { return 5000; }
        @Override public double requestedStartHours() { return 0; }
        @Override public double horizonHours() { return 8760; }
        @Override public double trainingShare() { return 0; }
        @Override public List<Offer> offers() { return List.copyOf(offers); }
        @Override public List<Offer> offersOf(String cloud) {
            return offers.stream().filter(o -> o.cloud().equals(cloud)).toList();
        }
        @Override public Optional<Offer> earliestOffer(String cloud, double h100e) { return Optional.empty(); }
        @Override public void removeOffersOf(String cloud, String reason) {
            offers.removeIf(o -> o.cloud().equals(cloud));
            reasons.add(cloud + ": " + reason);
        }
        @Override public void limitOthers(String cloud, double maxH100e, String reason) { }
        @Override public void replaceOffer(Offer old, Offer replacement, String reason) { }
        @Override public void awardTo(String cloud, String reason) { }
        @Override public void award(List<Offer> awarded, String reason) { }
        @Override public void note(String cloud, String decision, String reason) { }
        @Override public double waitedDays() { return 0; }
        @Override public void matchWindow(String holder, double days, String reason) { }
    }
}
