package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.Test;

/** How factors map the unit interval to values. */
class FactorTest {

    @Test
    void aRangeMapsLinearlyAndHitsItsBoundsExactly() {
        Factor f = Factor.range("ratio", 0.8, 1.4);
        assertEquals(0.8, f.valueAt(0.0), 0.0);
        assertEquals(1.4, f.valueAt(1.0), 0.0);
        assertEquals(1.1, f.valueAt(0.5), 1e-15);
        assertTrue(f.bounded());
    }

    @Test
    void aDistributionMapsThroughItsQuantiles() {
        Factor normal = Factor.distributed("rating", new Distribution.Normal(4.0, 0.5));
        assertEquals(4.0, normal.valueAt(0.5), 1e-12);
        // The 97.5% normal quantile is 1.959964 standard deviations above the mean.
        assertEquals(4.0 + 1.959964 * 0.5, normal.valueAt(0.975), 1e-6);
        assertFalse(normal.bounded());
        Factor uniform = Factor.distributed("u", new Distribution.Uniform(2, 6));
        assertEquals(3.0, uniform.valueAt(0.25), 1e-12);
        assertTrue(uniform.bounded());
        assertEquals(7.0, Factor.distributed("f", new Distribution.Fixed(7)).valueAt(0.3), 0.0);
    }

    @Test
    void anEmpiricalQuantileIsTheSmallestObservationReachingTheProbability() {
        Factor f = Factor.distributed("e", new Distribution.Empirical(new double[] {30, 10, 20, 40}));
        assertEquals(10, f.valueAt(0.25), 0.0);
        assertEquals(20, f.valueAt(0.26), 0.0);
        assertEquals(40, f.valueAt(1.0), 0.0);
        assertEquals(10, f.valueAt(0.0), 0.0);
    }

    @Test
    void badFactorsAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Factor.range("grid", 5, 5));
        assertTrue(e.getMessage().contains("grid"));
        assertThrows(IllegalArgumentException.class,
                () -> SaltelliDesign.create(List.of(Factor.range("a", 0, 1), Factor.range("a", 1, 2)), 8));
        assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.create(List.of(), 8));
    }

    @Test
    void methodsAreNamedInLowerCaseAndUnknownNamesListTheKnownOnes() {
        assertEquals(Method.MORRIS, Method.of("Morris"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Method.of("fast"));
        assertTrue(e.getMessage().contains("sobol, morris, lhs"), e.getMessage());
    }
}
