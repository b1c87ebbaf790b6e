package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;

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

    private static final ClauseRegistry REGISTRY = ClauseRegistry.standard();
    private static final ObjectMapper YAML = ScenarioMapper.yaml(REGISTRY);
    private static final ObjectMapper JSON = ScenarioMapper.json(REGISTRY);
    private static final String TOO_LARGE = "is larger than the " + ScenarioMapper.MAX_BYTES / (1024 * 1024)
            + " MB a scenario may be";

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
        String lower = pathOrCatalogName.toLowerCase(Locale.ROOT);
        boolean isFile = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")
                || Files.isRegularFile(Path.of(pathOrCatalogName));
        return isFile ? read(Path.of(pathOrCatalogName)) : readCatalog(pathOrCatalogName);
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
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw problem(source, "is a directory, not a scenario file");
            }
            if (Files.size(file) > ScenarioMapper.MAX_BYTES) {
                throw problem(source, TOO_LARGE);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(source, "no such file");
        } catch (IOException e) {
            throw problem(source, "cannot be read: " + e.getMessage());
        }
        return parse(bytes, source, source.toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    private static LoadedScenario readCatalog(String name) {
        byte[] bytes = Catalog.bytes(name).orElseThrow(() -> problem(name,
                "no such scenario file or catalog scenario; the catalog has: " + String.join(", ", catalogNames())));
        return parse(bytes, Catalog.source(name), false);
    }

    /** Binds and checks {@code bytes}, read from {@code source}. */
    static LoadedScenario parse(byte[] bytes, String source, boolean json) {
        if (bytes.length > ScenarioMapper.MAX_BYTES) {
            throw problem(source, TOO_LARGE);
        }
        ObjectMapper mapper = json ? JSON : YAML;
        LocationIndex index = null;
        ScenarioSpec spec;
        try {
            index = LocationIndex.read(mapper, bytes, source);
            if (index.isEmpty()) {
                throw problem(source, "holds no scenario");
            }
            spec = mapper.readValue(bytes, ScenarioSpec.class);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(BindingErrors.problem(e, index, source));
        } catch (IOException e) {
            throw problem(source, "cannot be read: " + e.getMessage());
        }
        if (spec == null) {
            throw problem(source, "holds no scenario");
        }
        List<Problem> problems = ReferenceValidator.check(spec, index, source);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new LoadedScenario(spec, source, contentHash(bytes));
    }

    private static ScenarioException problem(String source, String message) {
        return new ScenarioException(new Problem(source, 0, 0, message));
    }
}
