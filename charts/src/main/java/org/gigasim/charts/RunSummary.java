package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run's {@code summary.json} holds: the run's identity and each metric's yearly
 * figure over replications (mean and 95% confidence interval).
 */
public record RunSummary(String scenario, String question, String contentSha256, long seed, int replications,
        String version, LocalDate startDate, List<Figure> figures) {

    /** One metric's yearly figure for one combination of dimensions; empty strings where a dimension does not apply. */
    public record Figure(String metric, String unit, String lab, String cloud, String site, String accelerator,
            String trafficClass, int year, double mean, double ci95Low, double ci95High) {
    }

    /** Copies the figures. */
    public RunSummary {
        figures = List.copyOf(figures);
    }

    /** Reads {@code summary.json}. */
    public static RunSummary read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Figure> figures = new ArrayList<>();
        for (JsonNode m : root.path("metrics")) {
            if (!text(m, "region").isEmpty()) {
                continue;
            }
            // The report keeps one slot for the accelerator or vendor, and one for the traffic class or clause.
            String accelerator = text(m, "accelerator").isEmpty() ? text(m, "vendor") : text(m, "accelerator");
            String trafficClass = text(m, "traffic_class").isEmpty() ? text(m, "clause") : text(m, "traffic_class");
            figures.add(new Figure(text(m, "metric"), text(m, "unit"), text(m, "lab"), text(m, "cloud"),
                    text(m, "site"), accelerator, trafficClass, m.path("year").asInt(),
                    number(m, "mean"), number(m, "ci95_low"), number(m, "ci95_high")));
        }
        String start = text(root, "start_date");
        return new RunSummary(text(root, "scenario"), text(root, "question"), text(root, "content_sha256"),
                root.path("seed").asLong(), Math.max(1, root.path("replications").asInt(1)),
                text(root, "gigasim_version"), start.isEmpty() ? LocalDate.of(2026, 1, 1) : LocalDate.parse(start),
                figures);
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
