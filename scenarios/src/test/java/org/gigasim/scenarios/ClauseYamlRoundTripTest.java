package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.ClauseType;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered clause type (built-ins and any provider's on the class path) survives a
 * trip through a scenario file: a parameters record with a non-default value in every
 * component, written as snake_case YAML, loads back equal, and the scenario runs
 * deterministically. A new type whose parameters cannot be written and read back fails here.
 */
class ClauseYamlRoundTripTest {

    /**
     * Two clouds and one lab that buys capacity: big-cloud lists $4.00 per chip-hour,
     * small-cloud $3.50 with less to spare. {@code CLAUSES} is the clause list of the lab's
     * contract on big-cloud.
     */
    static final String SCENARIO = """
            name: clause-round-trip
            start: 2026-01-01
            end: 2026-09-30
            seed: 11
            replications: 1
            sample: P1D
            accelerators:
              - {id: gb200, vendor: nvidia, kw_it_per_chip: 1.85, h100e: 2.5, price_usd: 45000, hostable_by: any}
            clouds:
              - id: big-cloud
                prices_usd_per_chip_hour: {gb200: {contract: 4.0, on_demand: 10.0}}
                sites:
                  - id: big-east
                    region: us-east
                    pue: 1.2
                    installed_chips: {gb200: 90000}
                    power: [{from: 2026-01-01, mw: 240}]
              - id: small-cloud
                kind: neocloud
                prices_usd_per_chip_hour: {gb200: {contract: 3.5, on_demand: 8.0}}
                sites:
                  - id: small-west
                    region: us-west
                    pue: 1.2
                    installed_chips: {gb200: 20000}
                    power: [{from: 2026-01-01, mw: 60}]
            labs:
              - id: api-lab
                demand:
                  stateless_api: {h100e: 60000, growth_per_year: 0.3, noise: {normal: {mean: 0, sd: 0.05}}}
                  stateful: {h100e: 40000, growth_per_year: 0.3, noise: {normal: {mean: 0, sd: 0.05}}}
                procurement: {horizon_days: 365, lead_days: 30, review_days: 30, ramp_months: 1}
            contracts:
              - id: big-api-lab
                lab: api-lab
                cloud: big-cloud
                accelerator: gb200
                mw: 60
                start: 2026-01-01
                end: 2028-12-31
                price_usd_per_chip_hour: 4.0
                clauses: CLAUSES
              - id: small-api-lab
                lab: api-lab
                cloud: small-cloud
                accelerator: gb200
                mw: 20
                start: 2026-01-01
                end: 2028-12-31
                price_usd_per_chip_hour: 3.5
            """;

    static final String LAB = "api-lab";
    /** Not the contract's own cloud, which is what an absent cloud parameter means. */
    static final String CLOUD = "small-cloud";
    static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 8, 1);

    /** Components that need a particular value, by type name and component name. */
    private static final Map<String, Object> SPECIAL = Map.of(
            "exclusivity.scope", "training",
            "first-launch.leadDays", 30.0,
            "right-of-first-refusal.price", "match");

    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    @TempDir
    Path dir;

    static List<String> names() {
        return ClauseRegistry.standard().names();
    }

    /** The scenario with {@code clauses} (a YAML list) on the lab's big-cloud contract, written to {@code dir}. */
    static Path write(Path dir, String clauses) throws IOException {
        return Files.writeString(dir.resolve("scenario.yaml"), SCENARIO.replace("CLAUSES", clauses));
    }

    static ReplicationResult run(ScenarioSpec spec) {
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().tracing(true).run();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void paramsSurviveAScenarioFileAndTheScenarioRunsDeterministically(String name) throws IOException {
        ClauseType<?> type = ClauseRegistry.standard().get(name);
        Record params = assertDoesNotThrow(() -> sample(type),
                () -> "clause type '" + name + "': cannot build its parameters record with a value in every component");
        assertEveryComponentDiffersFromItsDefault(type, params);

        String yaml = assertDoesNotThrow(() -> yaml(type, params),
                () -> "clause type '" + name + "': cannot write its parameters as scenario YAML");
        Path file = write(dir, "[" + yaml + "]");
        ScenarioSpec spec = assertDoesNotThrow(() -> ScenarioLoader.load(file),
                () -> "clause type '" + name + "' does not load back from " + yaml);

        ContractSpec contract = spec.contracts().stream().filter(c -> c.id().equals("big-api-lab")).findFirst()
                .orElseThrow();
        assertEquals(1, contract.clauses().size(), name);
        ClauseSpec bound = contract.clauses().get(0);
        assertEquals(new ClauseSpec(name, FROM, UNTIL, params), bound,
                "clause type '" + name + "' does not round-trip through " + yaml);

        ReplicationResult a = assertDoesNotThrow(() -> run(spec), () -> "clause type '" + name + "' does not run");
        ReplicationResult b = run(spec);
        assertSameRun(name, a, b);
    }

    /** The parameters record of {@code type} with a valid, non-default value in every component. */
    static Record sample(ClauseType<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.paramsType().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleValue(type.name(), components[i]);
        }
        return construct(type, types, values);
    }

    private static Object sampleValue(String typeName, RecordComponent component) {
        String key = typeName + "." + component.getName();
        if (SPECIAL.containsKey(key)) {
            return SPECIAL.get(key);
        }
        Class<?> c = component.getType();
        if (c == String.class) {
            return component.getName().toLowerCase(java.util.Locale.ROOT).contains("lab") ? LAB : CLOUD;
        }
        if (c == Double.class || c == double.class) {
            return 0.5;
        }
        if (c == Integer.class || c == int.class) {
            return 30;
        }
        if (c == Long.class || c == long.class) {
            return 30L;
        }
        if (c == Boolean.class || c == boolean.class) {
            return true;
        }
        if (c == List.class && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == TrafficClass.class) {
            return List.of(TrafficClass.STATEFUL);
        }
        throw new IllegalArgumentException("no sample value for " + key + " of type " + component.getGenericType()
                + "; add one to SPECIAL");
    }

    /** Every component absent (null, or zero/false for a primitive), or null if the record refuses that. */
    private static Record defaults(ClauseType<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.paramsType().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = !types[i].isPrimitive() ? null : types[i] == boolean.class ? Boolean.FALSE : zero(types[i]);
        }
        try {
            return construct(type, types, values);
        } catch (IllegalArgumentException e) {
            return null;   // a required parameter: any bound value is one the file gave
        }
    }

    private static Object zero(Class<?> primitive) {
        return primitive == double.class ? 0.0 : primitive == long.class ? 0L : primitive == int.class ? 0 : null;
    }

    private static Record construct(ClauseType<?> type, Class<?>[] types, Object[] values)
            throws ReflectiveOperationException {
        try {
            return type.paramsType().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A value equal to the default would round-trip even if the key were ignored. */
    private static void assertEveryComponentDiffersFromItsDefault(ClauseType<?> type, Record params) {
        Record defaults = assertDoesNotThrow(() -> defaults(type));
        if (defaults == null) {
            return;
        }
        for (RecordComponent component : type.paramsType().getRecordComponents()) {
            Object sample = assertDoesNotThrow(() -> component.getAccessor().invoke(params));
            Object absent = assertDoesNotThrow(() -> component.getAccessor().invoke(defaults));
            assertNotEquals(absent, sample, "clause type '" + type.name() + "': the sample " + component.getName()
                    + " equals its default, so the round trip would not show it binds; add a value to SPECIAL");
        }
    }

    /** The clause as a YAML flow map: type, from, until and every component under its snake_case name. */
    static String yaml(ClauseType<?> type, Record params) throws ReflectiveOperationException {
        StringJoiner map = new StringJoiner(", ", "{", "}");
        map.add("type: " + type.name()).add("from: " + FROM).add("until: " + UNTIL);
        for (RecordComponent component : type.paramsType().getRecordComponents()) {
            Object value = component.getAccessor().invoke(params);
            map.add(SNAKE.translate(component.getName()) + ": " + scalar(type.name(), component, value));
        }
        return map.toString();
    }

    private static String scalar(String typeName, RecordComponent component, Object value) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(scalar(typeName, component, item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof TrafficClass c) {
            return c.id();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot write " + typeName + "." + component.getName() + " = " + value);
    }

    private static void assertSameRun(String name, ReplicationResult a, ReplicationResult b) {
        assertEquals(a.recorder().series().keySet(), b.recorder().series().keySet(), name + ": series keys");
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        a.recorder().series().forEach((key, series) -> checks.add(() -> {
            Series other = b.recorder().series().get(key);
            assertEquals(series.size(), other.size(), name + ": samples of " + key);
            for (int i = 0; i < series.size(); i++) {
                assertEquals(series.time(i), other.time(i), 0, name + ": time of " + key + " sample " + i);
                assertEquals(series.value(i), other.value(i), 0, name + ": " + key + " at " + series.time(i) + " h");
            }
        }));
        assertAll(name + ": series differ between two runs of one scenario", checks);
        assertEquals(a.trace(), b.trace(), name + ": trace differs between two runs");
        assertEquals(a.contracts().stream().map(c -> c.contractId() + "@" + c.cloud() + "/" + c.decidedBy()).toList(),
                b.contracts().stream().map(c -> c.contractId() + "@" + c.cloud() + "/" + c.decidedBy()).toList(),
                name + ": contracts differ between two runs");
        if (a.trace().isEmpty() && a.recorder().series().isEmpty()) {
            fail(name + ": the run recorded nothing");
        }
    }
}
