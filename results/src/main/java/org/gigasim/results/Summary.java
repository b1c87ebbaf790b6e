package org.gigasim.results;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.metrics.SeriesKey;

/**
 * {@code summary.json}: what identifies the run, then every headline figure in series-key
 * and year order. It carries no wall-clock time, so the same inputs give the same bytes.
 */
final class Summary {

    static final String FILE = OutputFiles.SUMMARY;

    private Summary() {
    }

    static void write(Path directory, RunInfo info, List<Figure> figures) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put(Columns.SCENARIO, info.scenario());
        root.put(Columns.QUESTION, info.question());
        Answers.write(root, info.answer());
        root.put("content_sha256", info.contentSha256());
        root.put(Columns.SEED, info.seed());
        root.put(Columns.REPLICATIONS, info.replications());
        root.put("gigasim_version", info.gigasimVersion());
        root.put(Columns.START_DATE, info.startDate().toString());
        ArrayNode metrics = root.putArray("metrics");
        for (Figure figure : figures) {
            metrics.add(node(mapper, figure));
        }
        writeJson(root, directory.resolve(FILE));
    }

    /** Writes {@code root} pretty-printed with {@code \n} line ends, whatever the platform, so the bytes never vary. */
    static void writeJson(ObjectNode root, Path file) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        Files.writeString(file, new ObjectMapper().writer(printer).writeValueAsString(root) + "\n",
                StandardCharsets.UTF_8);
    }

    private static ObjectNode node(ObjectMapper mapper, Figure figure) {
        ObjectNode node = mapper.createObjectNode();
        putKey(node, figure.key());
        node.put("year", figure.year());
        putNumber(node, "mean", figure.mean());
        putNumber(node, "stdev", figure.stdev());
        putNumber(node, "ci95_low", figure.ci95Low());
        putNumber(node, "ci95_high", figure.ci95High());
        putNumber(node, "p05", figure.p05());
        putNumber(node, "p50", figure.p50());
        putNumber(node, "p95", figure.p95());
        return node;
    }

    /** The metric, its unit, and the dimensions that apply. */
    static void putKey(ObjectNode node, SeriesKey key) {
        node.put("metric", key.metric().id());
        node.put("unit", key.metric().unit());
        for (org.gigasim.model.metrics.Dimension d : org.gigasim.model.metrics.Dimension.values()) {
            putDimension(node, d.column(), key.get(d));
        }
    }

    private static void putDimension(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** A number at the precision CSV cells have ({@link Cells#number}), or null if it is not finite (JSON has no NaN). */
    static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, new java.math.BigDecimal(Cells.number(value)));
        } else {
            node.putNull(field);
        }
    }
}
