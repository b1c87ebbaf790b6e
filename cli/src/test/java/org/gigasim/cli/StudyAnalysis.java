package org.gigasim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One analysis of the sensitivity study as {@code sensitivity.json} holds it: the design, the
 * factors with their ranges, the responses and every index with its bootstrap interval.
 *
 * @param responses each as {@link Response}, in the file's order
 */
record StudyAnalysis(String scenario, String question, String method, int runs, int replications, long seed,
        List<FactorRange> factors, List<Response> responses, List<Figure> figures) {

    /** A factor's path and the range it was varied over. */
    record FactorRange(String name, double low, double high) {
    }

    /** A metric (with its {@code @} selection) in a year. */
    record Response(String metric, int year) {
    }

    /** One index of one factor for one response; a null value is an undefined index. */
    record Figure(String factor, Response response, String index, Double value, Double low, Double high) {
    }

    StudyAnalysis {
        factors = List.copyOf(factors);
        responses = List.copyOf(responses);
        figures = List.copyOf(figures);
    }

    /** Reads {@code folder/sensitivity.json}. */
    static StudyAnalysis read(Path folder) throws IOException {
        JsonNode json = new ObjectMapper().readTree(folder.resolve("sensitivity.json").toFile());
        List<FactorRange> factors = new ArrayList<>();
        json.get("factors").forEach(f -> factors.add(new FactorRange(f.get("name").asText(),
                f.path("low").asDouble(Double.NaN), f.path("high").asDouble(Double.NaN))));
        List<Response> responses = new ArrayList<>();
        json.get("responses").forEach(r -> responses.add(new Response(r.get("metric").asText(), r.get("year").asInt())));
        List<Figure> figures = new ArrayList<>();
        json.get("indices").forEach(i -> figures.add(new Figure(i.get("factor").asText(),
                new Response(i.get("metric").asText(), i.get("year").asInt()), i.get("index").asText(),
                number(i, "value"), number(i, "ci95_low"), number(i, "ci95_high"))));
        return new StudyAnalysis(json.get("scenario").asText(), json.get("question").asText(),
                json.get("method").asText(), json.get("runs").asInt(), json.get("replications").asInt(),
                json.get("seed").asLong(), factors, responses, figures);
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    /** The figure of {@code index} for {@code factor} and {@code response}. */
    Optional<Figure> figure(String factor, Response response, String index) {
        return figures.stream().filter(f -> f.factor().equals(factor) && f.response().equals(response)
                && f.index().equals(index)).findFirst();
    }

    /** The figure of {@code index} for {@code factor} and the response named {@code metric} in {@code year}. */
    Figure figure(String factor, String metric, int year, String index) {
        return figure(factor, new Response(metric, year), index).orElseThrow(() -> new AssertionError(
                scenario + " has no " + index + " of " + factor + " for " + metric + " in " + year));
    }

    /** The factor's range, by path. */
    FactorRange factor(String name) {
        return factors.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(scenario + " varies no factor " + name));
    }

    /** Base samples N (Sobol') or trajectories r (Morris): runs over k + 2 or k + 1. */
    int samples() {
        return runs / (factors.size() + ("sobol".equals(method) ? 2 : 1));
    }
}
