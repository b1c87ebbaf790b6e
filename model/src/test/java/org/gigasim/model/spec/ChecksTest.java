package org.gigasim.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The shared validation helpers: each bound accepted exactly at its edge and rejected just past it. */
class ChecksTest {

    /** Asserts that {@code call} is rejected with a message containing each of {@code parts}. */
    static void rejects(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' lacks '" + part + "'");
        }
    }

    @Test
    void idsAreShortLowerCaseNames() {
        assertEquals("a-1_b.c", Checks.requireId("lab id", "a-1_b.c"));
        String longest = "a".repeat(Limits.MAX_ID_LENGTH);
        assertEquals(longest, Checks.requireId("lab id", longest));
        rejects(() -> Checks.requireId("lab id", longest + "a"), "lab id is 65 characters long", "at most 64");
        rejects(() -> Checks.requireId("lab id", null), "lab id is required");
        rejects(() -> Checks.requireId("lab id", " "), "lab id is required");
        rejects(() -> Checks.requireId("lab id", "Lab"), "lab id 'Lab' must be lower-case");
        rejects(() -> Checks.requireId("lab id", "-lab"), "must be lower-case");
        // Only allowed characters, but a dot first: the message says what else is asked.
        rejects(() -> Checks.requireId("lab id", ".."), "lab id '..' must be lower-case letters, digits, '-', '_' or"
                + " '.', starting with a letter or digit");
    }

    @Test
    void textMayBeAbsentOrUpToItsLength() {
        assertEquals(null, Checks.text("region", null, 3));
        assertEquals("abc", Checks.text("region", "abc", 3));
        rejects(() -> Checks.text("region", "abcd", 3), "region is 4 characters long; it may have at most 3");
    }

    @Test
    void atLeastAcceptsItsMinimumAndRejectsBelowItAndInfinity() {
        assertEquals(1.0, Checks.atLeast("review_days", 1.0, 1.0, "1 day"));
        assertEquals(2.5, Checks.atLeast("review_days", 2.5, 1.0, "1 day"));
        rejects(() -> Checks.atLeast("review_days", 0.999, 1.0, "1 day"), "review_days must be at least 1 day",
                "0.999");
        rejects(() -> Checks.atLeast("review_days", Double.NaN, 1.0, "1 day"), "NaN");
        rejects(() -> Checks.atLeast("review_days", Double.POSITIVE_INFINITY, 1.0, "1 day"), "Infinity");
    }

    @Test
    void nonNegativeAcceptsZeroAndRejectsNegativesNanAndInfinity() {
        assertEquals(0.0, Checks.nonNegative("mw", 0.0));
        assertEquals(3.25, Checks.nonNegative("mw", 3.25));
        rejects(() -> Checks.nonNegative("mw", -1e-9), "mw must be a finite number, zero or more");
        rejects(() -> Checks.nonNegative("mw", Double.NaN), "NaN");
        rejects(() -> Checks.nonNegative("mw", Double.POSITIVE_INFINITY), "Infinity");
    }

    @Test
    void positiveRejectsZero() {
        assertEquals(1e-9, Checks.positive("h100e", 1e-9));
        rejects(() -> Checks.positive("h100e", 0.0), "h100e must be a finite number above zero, but was 0.0");
        rejects(() -> Checks.positive("h100e", Double.NaN), "NaN");
        rejects(() -> Checks.positive("h100e", Double.POSITIVE_INFINITY), "Infinity");
    }

    @Test
    void fractionIsFromZeroToOneInclusive() {
        assertEquals(0.0, Checks.fraction("share", 0.0));
        assertEquals(1.0, Checks.fraction("share", 1.0));
        assertEquals(0.4, Checks.fraction("share", 0.4));
        rejects(() -> Checks.fraction("share", -1e-9), "share must be between 0 and 1");
        rejects(() -> Checks.fraction("share", 1 + 1e-9), "share must be between 0 and 1");
        rejects(() -> Checks.fraction("share", Double.NaN), "NaN");
    }

    @Test
    void absentValuesTakeTheirDefault() {
        assertEquals(2.5, Checks.orDefault(null, 2.5));
        assertEquals(-4.0, Checks.orDefault(-4.0, 2.5));
        assertEquals(List.of(), Checks.list(null));
        assertEquals(Map.of(), Checks.map(null));
        assertThrows(IllegalArgumentException.class, () -> Checks.require("start", null), "start is required");
        assertEquals("x", Checks.require("start", "x"));
    }

    @Test
    void listsAndMapsAreUnmodifiableCopiesInTheFileOrder() {
        List<String> source = new ArrayList<>(List.of("b", "a"));
        List<String> copy = Checks.list(source);
        source.add("c");
        assertEquals(List.of("b", "a"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));

        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String key : List.of("z", "m", "a", "q", "b")) {
            ordered.put(key, key.charAt(0) - 'a');
        }
        Map<String, Integer> mapCopy = Checks.map(ordered);
        ordered.put("c", 2);
        assertEquals(List.of("z", "m", "a", "q", "b"), List.copyOf(mapCopy.keySet()));
        assertEquals(25, mapCopy.get("z"));
        assertThrows(UnsupportedOperationException.class, () -> mapCopy.put("y", 1));
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThrows(NullPointerException.class, () -> Checks.map(withNull));
    }
}
