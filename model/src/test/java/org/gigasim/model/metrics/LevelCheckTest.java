package org.gigasim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.model.metrics.LevelCheck.Figure;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.ExpectSpec;
import org.junit.jupiter.api.Test;

class LevelCheckTest {

    private static final SeriesKey NVIDIA = SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("nvidia");
    private static final SeriesKey AMD = SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("amd");

    /** Nvidia's share stated at 33% to 35% in 2030 and 2031. */
    private static AnswerSpec nvidiaAt(List<Integer> years) {
        return new AnswerSpec("capacity_share_by_vendor", null, null, null, null, null, "nvidia", null, null, null,
                ExpectSpec.level(years, 0.33, 0.35));
    }

    private static List<String> check(Figure... figures) {
        return LevelCheck.failures(nvidiaAt(List.of(2030, 2031)), List.of(figures));
    }

    @Test
    void anIntervalInsideTheBandHolds() {
        assertEquals(List.of(), check(new Figure(NVIDIA, 2030, 0.34, 0.335, 0.345),
                new Figure(NVIDIA, 2031, 0.34, 0.331, 0.349)));
    }

    @Test
    void theBandIncludesItsEnds() {
        assertEquals(List.of(), check(new Figure(NVIDIA, 2030, 0.34, 0.33, 0.35), new Figure(NVIDIA, 2031, 0.34, 0.33, 0.35)));
    }

    @Test
    void anIntervalStraddlingAnEndFailsEvenWithTheMeanInside() {
        List<String> failures = check(new Figure(NVIDIA, 2030, 0.345, 0.339, 0.351),
                new Figure(NVIDIA, 2031, 0.34, 0.335, 0.345));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("2030: expected a level in [0.3300, 0.3500], got 0.3450 [0.3390, 0.3510]"),
                failures.get(0));
    }

    @Test
    void anIntervalOutsideTheBandFails() {
        List<String> failures = check(new Figure(NVIDIA, 2030, 0.45, 0.44, 0.46), new Figure(NVIDIA, 2031, 0.30, 0.29, 0.31));
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(1).contains("2031: expected a level in [0.3300, 0.3500], got 0.3000"), failures.get(1));
    }

    @Test
    void aMeanThatIsNotANumberFails() {
        assertEquals(1, check(new Figure(NVIDIA, 2030, Double.NaN, Double.NaN, Double.NaN),
                new Figure(NVIDIA, 2031, 0.34, 0.335, 0.345)).size());
    }

    @Test
    void onlyTheSelectedSeriesAndYearsCount() {
        // AMD's 5% and Nvidia's 60% in 2026 are outside the band but not what the answer states.
        assertEquals(List.of(), check(new Figure(AMD, 2030, 0.05, 0.04, 0.06), new Figure(NVIDIA, 2026, 0.6, 0.59, 0.61),
                new Figure(NVIDIA, 2030, 0.34, 0.335, 0.345), new Figure(NVIDIA, 2031, 0.34, 0.335, 0.345)));
    }

    @Test
    void aNamedYearWithoutAFigureFails() {
        List<String> failures = check(new Figure(NVIDIA, 2030, 0.34, 0.335, 0.345));
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).endsWith("2031: no figure in that year"), failures.get(0));
    }

    @Test
    void anAnswerThatSelectsNothingFails() {
        assertEquals(List.of("capacity_share_by_vendor: no figure selected"), check(new Figure(AMD, 2030, 0.34, 0.335, 0.345)));
    }

    @Test
    void aDifferenceIsNotCheckedAsALevel() {
        AnswerSpec difference = new AnswerSpec("capacity_share_by_vendor", null, null, null, null, null, "nvidia", null,
                null, null, new ExpectSpec("baseline-2026", "increase", List.of(2030), null));
        assertThrows(IllegalArgumentException.class, () -> LevelCheck.failures(difference, List.of()));
    }
}
