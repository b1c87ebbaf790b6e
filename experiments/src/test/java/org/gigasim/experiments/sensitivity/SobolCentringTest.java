package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sobol' indices do not depend on where the output's mean lies. */
class SobolCentringTest {

    private static final Response Y = Response.of("y");

    @Test
    void shiftingTheOutputByALargeConstantChangesNoIndex() {
        // Variance-based indices of f and f + 1e9 are the same by definition; an estimator that did
        // not centre f(B) would multiply its sampling error by about 1e9 / sd(f).
        List<Factor> factors = SobolIshigamiTest.factors();
        SaltelliDesign design = SaltelliDesign.create(factors, 512);
        SensitivityResult plain = SensitivityAnalysis.analyze(design, List.of(Y), SobolIshigamiTest.ISHIGAMI, 3L);
        SensitivityResult shifted = SensitivityAnalysis.analyze(design, List.of(Y),
                x -> new double[] {1e9 + SobolIshigamiTest.ISHIGAMI.evaluate(x)[0]}, 3L);
        for (int i = 0; i < plain.indices().size(); i++) {
            SensitivityIndex a = plain.indices().get(i);
            SensitivityIndex b = shifted.indices().get(i);
            // Adding 1e9 rounds each output to a multiple of 2^-23 ≈ 1.2e-7, a relative change of about 1e-8.
            assertEquals(a.value(), b.value(), 1e-6, a.toString());
            assertEquals(a.ci95Low(), b.ci95Low(), 1e-6, a.toString());
            assertEquals(a.ci95High(), b.ci95High(), 1e-6, a.toString());
        }
    }
}
