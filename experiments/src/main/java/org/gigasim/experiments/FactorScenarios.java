package org.gigasim.experiments;

import java.io.Serial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;

/**
 * The scenarios of a sensitivity design's points: the base scenario as it was resolved (after
 * {@code extends:} and {@code --set}) with each factor's path set to the point's value. It
 * carries the resolved text rather than a file name, so a point binds the same scenario on any
 * machine.
 */
public final class FactorScenarios implements SensitivityExperiment.PointScenario {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String resolvedYaml;
    private final ArrayList<String> paths;

    /** Points of {@code base} (loaded with its {@code --set} overrides) varying {@code paths}, in factor order. */
    public FactorScenarios(LoadedScenario base, List<String> paths) {
        this.name = base.spec().name();
        this.resolvedYaml = base.resolvedYaml();
        this.paths = new ArrayList<>(paths);
    }

    @Override
    public ScenarioSpec at(double[] factorValues) {
        return ResolvedScenarios.bind(resolvedYaml, overrides(paths, factorValues), name);
    }

    /** The factor values as overrides, written without exponent so YAML reads them as numbers. */
    public static List<String> overrides(List<String> paths, double[] values) {
        if (values.length != paths.size()) {
            throw new IllegalArgumentException(values.length + " values for " + paths.size() + " factors");
        }
        List<String> overrides = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            overrides.add(ScenarioLoader.factor(paths.get(j) + "="
                    + BigDecimal.valueOf(values[j]).stripTrailingZeros().toPlainString()));
        }
        return overrides;
    }
}
