package org.gigasim.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code manifest.json} records in every output folder gigasim writes: that gigasim wrote
 * it (its format and format version, the marker that lets a later run replace the folder), the
 * command line and its overrides, the gigasim version and build commit, the Java version, and
 * each scenario's name and content hash. It holds no clock time, so it is byte-identical
 * whenever the outputs are.
 *
 * @param command the command line, such as {@code [gigasim, run, baseline-2026, --seed, 7]}
 * @param overrides the {@code --set} and {@code --vary} values given, in order
 * @param partial for a folder holding part of a run's replications (a shard), what part; null otherwise
 */
public record Manifest(List<String> command, List<String> overrides, String gigasimVersion, String buildCommit,
        String javaVersion, List<ScenarioRef> scenarios, String partial) {

    /** The file's name in an output folder. */
    public static final String FILE = OutputFiles.MANIFEST;
    /** The value of its {@code format} field. */
    public static final String FORMAT = "gigasim-output";
    /** The version of the output folder's format; it grows when a file's columns or fields change incompatibly. */
    public static final int FORMAT_VERSION = 2;

    /** A scenario an output came from: its name and the SHA-256 of its resolved content. */
    public record ScenarioRef(String name, String contentSha256) {
        public ScenarioRef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentSha256, "contentSha256");
        }
    }

    /** Copies the lists. */
    public Manifest {
        command = List.copyOf(command);
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        Objects.requireNonNull(buildCommit, "buildCommit");
        Objects.requireNonNull(javaVersion, "javaVersion");
        scenarios = List.copyOf(scenarios);
    }

    /** The manifest of a complete output folder. */
    public Manifest(List<String> command, List<String> overrides, String gigasimVersion, String buildCommit,
            String javaVersion, List<ScenarioRef> scenarios) {
        this(command, overrides, gigasimVersion, buildCommit, javaVersion, scenarios, null);
    }

    /** The same manifest for a folder that holds only {@code what} of a run, such as a shard. */
    public Manifest partial(String what) {
        return new Manifest(command, overrides, gigasimVersion, buildCommit, javaVersion, scenarios, what);
    }

    /** A manifest for outputs written from code rather than the command line. */
    public static Manifest library(List<ScenarioRef> scenarios) {
        return new Manifest(List.of(), List.of(), "unknown", "unknown", System.getProperty("java.version"), scenarios);
    }

    /** Writes {@code dir/manifest.json}. */
    void write(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        command.forEach(root.putArray("command")::add);
        overrides.forEach(root.putArray("overrides")::add);
        root.put("gigasim_version", gigasimVersion);
        root.put("build_commit", buildCommit);
        root.put("java_version", javaVersion);
        ArrayNode list = root.putArray("scenarios");
        for (ScenarioRef s : scenarios) {
            list.addObject().put("name", s.name()).put("content_sha256", s.contentSha256());
        }
        if (partial != null) {
            root.put("partial", partial);
        }
        Files.writeString(dir.resolve(FILE), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code dir} holds a manifest gigasim wrote: a regular file (not a link) whose
     * {@code format} is {@value #FORMAT} with a whole {@code format_version}.
     */
    public static boolean marks(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode root = new ObjectMapper().readTree(in.readNBytes(1 << 20));
            return root != null && FORMAT.equals(root.path("format").asText(null))
                    && root.path("format_version").canConvertToInt() && root.path("format_version").isIntegralNumber();
        } catch (IOException e) {
            return false;
        }
    }
}
