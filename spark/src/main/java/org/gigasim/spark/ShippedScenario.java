package org.gigasim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;

/**
 * A scenario as it travels to Spark executors: its resolved YAML (after {@code extends:} and
 * overrides, as {@code scenario.resolved.yaml} records it) with the seed and replication count
 * the run uses. Executors have neither the user's file nor the catalog folder, so they bind
 * the spec again from this text, once per JVM.
 *
 * <p>Why text and not the spec: the spec records are not {@link Serializable}, and the YAML
 * is what the run's outputs already record, so an executor runs exactly the scenario the
 * folder says ran. A test checks that the spec bound here equals the driver's.
 */
public final class ShippedScenario implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ScenarioSpec> BOUND = new ConcurrentHashMap<>();

    private final String resolvedYaml;
    private final long seed;
    private final int replications;
    private final String key;

    /** {@code loaded} run with {@code seed} and {@code replications}. */
    public ShippedScenario(LoadedScenario loaded, long seed, int replications) {
        this.resolvedYaml = Objects.requireNonNull(loaded.resolvedYaml(), "resolvedYaml");
        this.seed = seed;
        this.replications = replications;
        this.key = ScenarioLoader.contentHash(resolvedYaml.getBytes(StandardCharsets.UTF_8)) + "/" + seed + "/"
                + replications;
    }

    /** The spec to run, bound on first use in this JVM and shared by its tasks afterwards (specs are immutable). */
    public ScenarioSpec spec() {
        return BOUND.computeIfAbsent(key, k -> bind());
    }

    private ScenarioSpec bind() {
        try {
            Path file = Files.createTempFile("gigasim-scenario-", ".yaml");
            try {
                Files.writeString(file, resolvedYaml, StandardCharsets.UTF_8);
                return ScenarioLoader.read(file).spec().withRun(seed, replications);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the scenario for this executor", e);
        }
    }
}
