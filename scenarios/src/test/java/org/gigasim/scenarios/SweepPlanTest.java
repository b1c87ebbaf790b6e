package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    @Test
    void everyPointOfTheProductFirstPathSlowest() {
        SweepPlan plan = SweepPlan.parse(List.of("a=1,2", "b=x,y,z", "c=true"));
        assertEquals(List.of("a", "b", "c"), plan.paths());
        assertEquals(List.of(
                List.of("1", "x", "true"), List.of("1", "y", "true"), List.of("1", "z", "true"),
                List.of("2", "x", "true"), List.of("2", "y", "true"), List.of("2", "z", "true")), plan.points());
        assertEquals(List.of("a=2", "b=y", "c=true"), plan.overrides(List.of("2", "y", "true")));
    }

    @Test
    void commasInsideBracesStayInOneValue() {
        SweepPlan plan = SweepPlan.parse(List.of("gap={uniform: {min: 1, max: 2}}, {fixed: 3}"));
        assertEquals(List.of(List.of("{uniform: {min: 1, max: 2}}"), List.of("{fixed: 3}")), plan.points());
    }

    @Test
    void malformedVariesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SweepPlan.parse(List.of()));
        assertThrows(IllegalArgumentException.class, () -> SweepPlan.parse(List.of("novalues")));
        assertThrows(IllegalArgumentException.class, () -> SweepPlan.parse(List.of("a=1,,2")));
        assertThrows(IllegalArgumentException.class, () -> SweepPlan.parse(List.of("a=1", "a=2")));
    }

    @Test
    void aPlanFromPathsAndValuesMatchesTheParsedOneAndNumbersItsPoints() {
        SweepPlan plan = SweepPlan.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("x", "y", "z")));
        SweepPlan parsed = SweepPlan.parse(List.of("a=1,2", "b=x,y,z"));
        assertEquals(parsed.paths(), plan.paths());
        assertEquals(parsed.points(), plan.points());
        assertEquals(List.of(List.of(0, 0), List.of(0, 1), List.of(0, 2), List.of(1, 0), List.of(1, 1), List.of(1, 2)),
                plan.indices());
        assertThrows(IllegalArgumentException.class, () -> SweepPlan.of(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SweepPlan.of(List.of("a"), List.of(List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> SweepPlan.of(List.of("a", "a"), List.of(List.of("1"), List.of("2"))));
    }
}
