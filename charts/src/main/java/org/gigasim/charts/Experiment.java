package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.results.Columns;

/** What compare and sweep charts share: column lookup, parameter columns and the footer. */
final class Experiment {

    /** Columns of compare.csv and sweep.csv that are not varied parameters. */
    static final Set<String> FIXED_COLUMNS = fixedColumns();

    private Experiment() {
    }

    /** The first of {@code candidates} in {@code header}, or null. */
    static String column(List<String> header, String... candidates) {
        for (String c : candidates) {
            if (header.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The footer from {@code run}'s summary if there is one, else from the short top-level fields
     * of {@code json} (such as compare.json's scenarios, seed, replications and version).
     */
    static String footer(RunData run, Path json, String fallback) throws IOException {
        if (run != null) {
            return run.footer();
        }
        if (!Files.isRegularFile(json)) {
            return fallback;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DamagedOutputException(json + " is not valid JSON; run the command that wrote it again");
        }
        if (root == null || !root.isObject()) {
            throw new DamagedOutputException(json + " is not a JSON object");
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            boolean wanted = name.contains("scenario") || name.contains("seed") || name.contains("replications")
                    || name.contains("version") || name.equals("a") || name.equals("b");
            if (wanted && e.getValue().isValueNode() && e.getValue().asText().length() <= 60) {
                parts.add(name.replace('_', ' ') + " " + e.getValue().asText());
            }
        }
        return parts.isEmpty() ? fallback : String.join(" · ", parts);
    }

    /** The JSON object in {@code file}, or an empty one if there is no such file. */
    static JsonNode json(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new ObjectMapper().createObjectNode();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new DamagedOutputException(file + " is not a JSON object; run the command that wrote it again");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DamagedOutputException(file + " is not valid JSON; run the command that wrote it again");
        }
    }

    /** A file-name-safe form of {@code text}. */
    static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "none" : s;
    }

    /**
     * Whether a metric's figures add up over clouds, labs or traffic classes, so their total is
     * a sum: not for shares and indices, nor for means over events.
     */
    static boolean additive(Metric metric) {
        return metric.kind() != Metric.Kind.EVENT_MEAN && !Set.of("fraction", "index").contains(metric.unit());
    }

    private static Set<String> fixedColumns() {
        Set<String> columns = new HashSet<>(Set.of("point", "replications", "n", Columns.METRIC, Columns.UNIT, Columns.YEAR, Columns.MEAN,
                "stdev", Columns.CI95_LOW, Columns.CI95_HIGH, "p05", "p50", "p95", "excludes_zero", "significant", "half_width",
                "ci95_half_width"));
        for (Dimension d : Dimension.values()) {
            columns.add(d.column());
        }
        return Set.copyOf(columns);
    }
}
