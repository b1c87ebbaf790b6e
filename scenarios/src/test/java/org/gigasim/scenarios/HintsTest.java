package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HintsTest {

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Hints.distance("mw", "mw"));
        assertEquals(1, Hints.distance("sitez", "sites"));
        assertEquals(1, Hints.distance("price_usd_per_chip_hour", "prices_usd_per_chip_hour"));
        assertEquals(3, Hints.distance("kitten", "sitting"));
    }

    @Test
    void suggestsOnlyCloseNames() {
        List<String> known = List.of("mw", "start", "end", "price_usd_per_chip_hour");
        assertEquals(Optional.of("start"), Hints.closest("strat", known));
        assertEquals(Optional.of("price_usd_per_chip_hour"), Hints.closest("priceUsdPerChipHour", known));
        assertEquals(Optional.empty(), Hints.closest("budget", known));
    }
}
