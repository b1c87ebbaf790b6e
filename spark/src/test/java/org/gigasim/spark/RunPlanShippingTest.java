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
import org.gigasim.experiments.RunPlan;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What an executor receives (a serialized plan) binds to the scenario the driver runs, for every catalog scenario. */
class RunPlanShippingTest {

    static List<String> catalog() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void anExecutorBindsTheSpecTheDriverRuns(String name) throws Exception {
        RunPlan plan = RunPlan.load(name, List.of(), 77L, 5, false, false, "test");

        ScenarioSpec onExecutor = roundTrip(plan).scenario();

        assertEquals(plan.scenario(), onExecutor);
        assertEquals(77L, onExecutor.seed());
        assertEquals(5, onExecutor.replications());
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void overridesTravelInTheResolvedText(String name) throws Exception {
        RunPlan plan = RunPlan.load(name, List.of("sample=P7D"), 9L, 2, false, false, "test");
        ScenarioSpec onExecutor = roundTrip(plan).scenario();
        assertEquals(Duration.ofDays(7), onExecutor.sample());
        assertEquals(plan.scenario(), onExecutor);
    }

    private static RunPlan roundTrip(RunPlan plan) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plan);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RunPlan copy = (RunPlan) in.readObject();
            assertNotSame(plan, copy);
            return copy;
        }
    }
}
