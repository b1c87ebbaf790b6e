package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A sensitivity point built from the resolved text, after a trip through serialization, is the scenario file's. */
class FactorScenariosTest {

    private static final List<String> SET = List.of("replications=3");
    private static final List<String> PATHS = List.of("labs.small-lab.demand.stateless_api.growth_per_year",
            "clouds.acme-cloud.sites.acme-east.pue");

    @Test
    void aPointBindsWhatTheFileWithItsFactorValuesBinds() throws Exception {
        LoadedScenario base = ScenarioLoader.read(Outputs.TUTORIAL, SET);
        double[] values = {0.45, 1.25};
        FactorScenarios shipped = roundTrip(new FactorScenarios(base, PATHS));

        List<String> overrides = new ArrayList<>(SET);
        overrides.addAll(FactorScenarios.overrides(PATHS, values));
        ScenarioSpec fromFile = ScenarioLoader.read(Outputs.TUTORIAL, overrides).spec();

        assertEquals(fromFile, shipped.at(values));
        // The factor values do arrive: another point is another scenario.
        assertNotEquals(fromFile, shipped.at(new double[] {0.9, 1.25}));
    }

    private static FactorScenarios roundTrip(FactorScenarios scenarios) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(scenarios);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (FactorScenarios) in.readObject();
        }
    }
}
