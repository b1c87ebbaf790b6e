package org.gigasim.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gigasim.model.clause.RightOfFirstRefusalClause.Params;
import org.junit.jupiter.api.Test;

class RightOfFirstRefusalParamsTest {

    @Test
    void withoutAWindowTheOriginalFormKeepsItsDefaults() {
        Params p = Params.immediate(null, null);
        assertEquals(1.0, p.fraction());
        assertEquals(null, p.share());
        assertEquals(null, p.price());
    }

    @Test
    void aWindowDefaultsToTheWholeRequestMatchedAtAnyCut() {
        Params p = new Params("azure", null, null, 30.0, null, null);
        assertEquals(1.0, p.share());
        assertEquals(0.0, p.fraction());
        assertEquals("match", p.price());
        assertEquals(1.0, p.maxConcession());
    }

    @Test
    void windowParametersWithoutAWindowAreRefusedWithWhatToDo() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Params(null, null, 0.5, null, null, null));
        assertEquals("right-of-first-refusal share, price and max_concession need match_window_days (0 for an answer"
                + " without waiting)", e.getMessage());
    }

    @Test
    void outOfRangeValuesNameTheParameter() {
        assertEquals("right-of-first-refusal match_window_days must be 0 to 3650, but was -1.0", message(
                () -> new Params(null, null, null, -1.0, null, null)));
        assertEquals("right-of-first-refusal share must be above 0 to 1, but was 0.0", message(
                () -> new Params(null, null, 0.0, 30.0, null, null)));
        assertEquals("right-of-first-refusal max_concession must be 0 to 1, but was 1.5", message(
                () -> new Params(null, null, null, 30.0, null, 1.5)));
        assertEquals("right-of-first-refusal fraction (0.6) cannot exceed share (0.5): the holder may not take that"
                + " much", message(() -> new Params(null, 0.6, 0.5, 30.0, null, null)));
        assertEquals("right-of-first-refusal price must be match or own, but was cheapest", message(
                () -> new Params(null, null, null, 30.0, "cheapest", null)));
        assertEquals("right-of-first-refusal max_concession applies to price: match only", message(
                () -> new Params(null, null, null, 30.0, "own", 0.1)));
    }

    private static String message(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }
}
