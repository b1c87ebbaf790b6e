package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.results.Answers;
import org.gigasim.results.Columns;

/**
 * What a run's {@code summary.json} holds: the run's identity, its question and the entries
 * that name the figures answering it, and each series' yearly figure over replications (mean
 * and 95% confidence interval), every dimension read from its own field.
 */
public record RunSummary(String scenario, String question, String contentSha256, long seed, int replications,
        String version, LocalDate startDate, List<Figure> figures, List<AnswerSpec> answer) {

    /** One series' yearly figure (its key: a catalog metric and its dimensions). */
    public record Figure(SeriesKey key, int year, double mean, double ci95Low, double ci95High) {

        /** The metric's unit, from the catalog. */
        public String unit() {
            return key.metric().unit();
        }
    }

    /** Copies the figures. */
    public RunSummary {
        figures = List.copyOf(figures);
        answer = List.copyOf(answer);
    }

    /** Reads {@code summary.json}; entries of metrics the catalog does not know are left out. */
    public static RunSummary read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Figure> figures = new ArrayList<>();
        for (JsonNode m : root.path(Columns.METRICS)) {
            SeriesKey key = Keys.of(m);
            if (key != null) {
                figures.add(new Figure(key, m.path(Columns.YEAR).asInt(), number(m, Columns.MEAN), number(m, Columns.CI95_LOW),
                        number(m, Columns.CI95_HIGH)));
            }
        }
        String start = text(root, "start_date");
        return new RunSummary(text(root, "scenario"), text(root, "question"), text(root, "content_sha256"),
                root.path(Columns.SEED).asLong(), Math.max(1, root.path(Columns.REPLICATIONS).asInt(1)),
                text(root, "gigasim_version"), start.isEmpty() ? LocalDate.of(2026, 1, 1) : LocalDate.parse(start),
                figures, Answers.read(root));
    }

    /** The footer every chart carries: scenario, seed, replications and version. */
    public String footer() {
        return "gigasim " + version + " · scenario " + scenario + " · seed " + seed + " · " + replications
                + (replications == 1 ? " replication" : " replications (mean and 95% CI)");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
    }
}
