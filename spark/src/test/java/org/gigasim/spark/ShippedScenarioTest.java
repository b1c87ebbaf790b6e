package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedScenarioTest {

    static List<String> catalog() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void anExecutorBindsTheSpecTheDriverRuns(String name) throws Exception {
        LoadedScenario loaded = ScenarioLoader.read(name, List.of("replications=3"));
        ShippedScenario shipped = new ShippedScenario(loaded, 77L, 5);

        ScenarioSpec onExecutor = roundTrip(shipped).spec();

        assertEquals(loaded.spec().withRun(77L, 5), onExecutor);
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void overridesTravelInTheResolvedText(String name) throws Exception {
        LoadedScenario loaded = ScenarioLoader.read(name, List.of("sample=P7D"));
        ScenarioSpec onExecutor = roundTrip(new ShippedScenario(loaded, 9L, 2)).spec();
        assertEquals(Duration.ofDays(7), onExecutor.sample());
        assertEquals(9L, onExecutor.seed());
        assertEquals(2, onExecutor.replications());
    }

    private static ShippedScenario roundTrip(ShippedScenario shipped) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shipped);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ShippedScenario copy = (ShippedScenario) in.readObject();
            assertNotSame(shipped, copy);
            return copy;
        }
    }
}
