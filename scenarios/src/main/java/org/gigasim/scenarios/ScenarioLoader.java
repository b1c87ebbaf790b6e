package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;

/**
 * Loads scenario files (YAML, or JSON if the name ends in {@code .json}) into a validated
 * {@link ScenarioSpec}: the file is bound to the spec records, then every reference between
 * them is checked. Any failure is a {@link ScenarioException} naming file, line and column.
 *
 * <pre>{@code
 * ScenarioSpec spec = ScenarioLoader.resolve("tutorial/one-cloud-one-lab");   // a catalog name
 * LoadedScenario loaded = ScenarioLoader.read("my-scenario.yaml");            // a file, with its hash
 * }</pre>
 */
public final class ScenarioLoader {

    /**
     * The clause types and the mappers that read them, per context class loader: a command run
     * with {@code --plugins} sets a loader that finds the plugins' clause types, and a second
     * command in the same JVM (a test, a library user) must not read with the first one's types.
     */
    private record Readers(ClauseRegistry registry, ObjectMapper yaml, ObjectMapper json) {
    }

    private static final Map<ClassLoader, Readers> READERS = new WeakHashMap<>();

    private static Readers readers() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        synchronized (READERS) {
            return READERS.computeIfAbsent(loader, l -> {
                ClauseRegistry registry = ClauseRegistry.standard();
                return new Readers(registry, ScenarioMapper.yaml(registry), ScenarioMapper.json(registry));
            });
        }
    }

    private ScenarioLoader() {
    }

    /** The scenario in {@code file}. */
    public static ScenarioSpec load(Path file) {
        return read(file).spec();
    }

    /** The catalog scenario {@code name}, such as {@code baseline-2026}. */
    public static ScenarioSpec loadCatalog(String name) {
        return readCatalog(name).spec();
    }

    /**
     * The scenario a user named: a file if {@code pathOrCatalogName} is one or ends in
     * {@code .yaml}, {@code .yml} or {@code .json}, otherwise a catalog name.
     */
    public static ScenarioSpec resolve(String pathOrCatalogName) {
        return read(pathOrCatalogName).spec();
    }

    /** Like {@link #resolve}, also giving the scenario's source and the SHA-256 of its bytes. */
    public static LoadedScenario read(String pathOrCatalogName) {
        return read(pathOrCatalogName, List.of());
    }

    /**
     * Like {@link #read(String)}, with {@code overrides} such as {@code replications=5} or
     * {@code labs.openai.demand.stateless_api.growth_per_year=0.5} applied before the scenario is
     * checked (list entries are named by id). A problem in an override names {@code --set path=value}
     * (or {@code --vary path=value} for an override made by {@link #varied}).
     */
    public static LoadedScenario read(String pathOrCatalogName, List<String> overrides) {
        return load(ScenarioSource.of(pathOrCatalogName), overrides);
    }

    /**
     * The {@code sweep:} block of the scenario a user named, as a plan, if its file (or one it
     * extends) has one; {@code overrides} as in {@link #read(String, List)}.
     */
    public static Optional<SweepPlan> sweepPlan(String pathOrCatalogName, List<String> overrides) {
        Inheritance.Located tree = tree(ScenarioSource.of(pathOrCatalogName), overrides);
        return Optional.ofNullable(SweepBlock.take(tree)).map(SweepBlock::plan);
    }

    /**
     * One point of the scenario's {@code sweep:} block: the scenario with {@code overrides}
     * applied, then the value at {@code point.get(k)} of the block's k-th path (see
     * {@link SweepPlan#indices()}). A wrong path or value names its line and column in the block.
     */
    public static LoadedScenario readSweepPoint(String pathOrCatalogName, List<String> overrides, List<Integer> point) {
        ScenarioSource source = ScenarioSource.of(pathOrCatalogName);
        Inheritance.Located tree = tree(source, overrides);
        SweepBlock block = SweepBlock.take(tree);
        if (block == null) {
            throw problem(source.name(), "has no sweep: block");
        }
        SensitivityBlock.take(tree, readers().json());
        return bind(block.apply(tree, point), source);
    }

    /**
     * The {@code sensitivity:} block of the scenario a user named, if its file (or one it
     * extends) has one; {@code overrides} as in {@link #read(String, List)}.
     */
    public static Optional<SensitivityPlan> sensitivityPlan(String pathOrCatalogName, List<String> overrides) {
        Inheritance.Located tree = tree(ScenarioSource.of(pathOrCatalogName), overrides);
        SweepBlock.take(tree);
        return Optional.ofNullable(SensitivityBlock.take(tree, readers().json())).map(SensitivityBlock::plan);
    }

    /**
     * A distribution written as in a scenario file, such as {@code {normal: {mean: 4, sd: 0.5}}};
     * a problem names {@code where} (an option such as {@code --factor PATH}).
     */
    public static Distribution distribution(String text, String where) {
        try {
            return readers().json().treeToValue(readers().yaml().readTree(text), Distribution.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // A distribution that refuses its parameters says why (uniform min must be less than max ...).
            String message = e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException
                    && root.getMessage() != null ? root.getMessage()
                    : e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw problem(where, "not a distribution (" + message + "); write one as in a scenario file, such as"
                    + " {normal: {mean: 4, sd: 0.5}}");
        }
    }

    /** The names of the catalog scenarios, sorted, such as {@code tutorial/one-cloud-one-lab}. */
    public static List<String> catalogNames() {
        return Catalog.names();
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Like {@link #load}, also giving the scenario's source and the SHA-256 of its bytes. */
    public static LoadedScenario read(Path file) {
        return load(new ScenarioSource.FileSource(file));
    }

    private static LoadedScenario readCatalog(String name) {
        return load(new ScenarioSource.CatalogSource(name));
    }

    /** Reads {@code source} and its ancestors, merges them, binds the result and checks it. */
    static LoadedScenario load(ScenarioSource source) {
        return load(source, List.of());
    }

    static LoadedScenario load(ScenarioSource source, List<String> overrides) {
        Inheritance.Located tree = tree(source, overrides);
        SweepBlock block = SweepBlock.take(tree);
        SensitivityBlock sensitivity = SensitivityBlock.take(tree, readers().json());
        if (block == null && sensitivity == null) {
            return bind(tree, source);
        }
        JsonNode plain = tree.root().deepCopy();
        LoadedScenario loaded = bind(tree, source);
        // The blocks' paths are checked like the file: the sweep's first point and the
        // sensitivity factors' middle values must bind and build too (their revenue rates are
        // fitted when they run, not here: that takes pilot runs).
        if (block != null) {
            check(block.apply(new Inheritance.Located(plain.deepCopy(), tree.index(), tree.sha256()), block.first()),
                    source);
        }
        if (sensitivity != null) {
            check(sensitivity.middle(new Inheritance.Located(plain.deepCopy(), tree.index(), tree.sha256())), source);
        }
        return loaded;
    }

    private static void check(Inheritance.Located tree, ScenarioSource source) {
        requireBuilds(Binder.bind(readers().json(), tree.root(), tree.index(), source.name()), source.name(), false);
    }

    /** The merged tree of {@code source} and its ancestors with {@code overrides} applied, sweep block included. */
    private static Inheritance.Located tree(ScenarioSource source, List<String> overrides) {
        Readers readers = readers();
        return Overrides.apply(new Inheritance(readers.yaml(), readers.json()).read(source), overrides, readers.yaml());
    }

    private static LoadedScenario bind(Inheritance.Located tree, ScenarioSource source) {
        ScenarioSpec spec = Binder.bind(readers().json(), tree.root(), tree.index(), source.name());
        requireBuilds(spec, source.name(), true);
        return new LoadedScenario(spec, source.name(), tree.sha256(), resolvedYaml(tree.root(), source.name()));
    }

    private static String resolvedYaml(JsonNode root, String source) {
        try {
            return "# The scenario " + source + " as it ran: after extends: and overrides.\n"
                    + readers().yaml().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a bound scenario tree always writes as YAML", e);
        }
    }

    /**
     * Builds replication 0's world without running it, so that every check the model makes
     * when a run starts is made here too: a scenario that loads never fails at run start.
     * Unless {@code fitted}, revenue rates are not fitted (no pilot runs; see World.unfitted).
     */
    private static void requireBuilds(ScenarioSpec spec, String file, boolean fitted) {
        try {
            if (fitted) {
                new World(spec, 0, readers().registry());
            } else {
                World.unfitted(spec, readers().registry());
            }
        } catch (IllegalArgumentException e) {
            throw problem(file, e.getMessage());
        }
    }

    /**
     * {@code pathValue} (such as {@code replications=5}) as an override that came from
     * {@code --vary}: a problem with it names {@code --vary} rather than {@code --set}.
     */
    public static String varied(String pathValue) {
        return Overrides.VARY + pathValue;
    }

    /**
     * {@code pathValue} as an override that came from {@code --factor} of {@code gigasim
     * sensitivity}: a problem with it names {@code --factor}.
     */
    public static String factor(String pathValue) {
        return Overrides.FACTOR + pathValue;
    }

    private static ScenarioException problem(String source, String message) {
        return new ScenarioException(new Problem(source, 0, 0, message));
    }
}
