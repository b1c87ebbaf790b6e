package org.gigasim.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.gigasim.experiments.sensitivity.Response;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.HeadlineFigures;

/**
 * A response of {@code gigasim sensitivity}, {@code METRIC[:YEAR][@DIM=VALUE,...]}: a metric's
 * headline figure for one calendar year (the run's last when none is given), summed over the
 * series at the coarsest set of dimensions the metric is recorded at that holds every selected
 * dimension, keeping only series with the selected values. Without {@code @} that is the
 * metric's total, counted once (its per-site and per-cloud series are not added together).
 */
public record SensitivityResponse(Metric metric, int year, Map<Dimension, String> selection, Set<Dimension> level)
        implements java.io.Serializable {

    /** Copies the selection in dimension order. */
    public SensitivityResponse {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(selection);
        selection = Collections.unmodifiableMap(copy);
        level = Set.copyOf(level);
    }

    /**
     * Parses {@code text}; {@code lastYear} is the run's last calendar year.
     *
     * @throws ExperimentInputException naming the option and what to write instead
     */
    public static SensitivityResponse parse(String text, int firstYear, int lastYear) {
        String rest = text.trim();
        Map<Dimension, String> selection = new EnumMap<>(Dimension.class);
        int at = rest.indexOf('@');
        if (at >= 0) {
            for (String pair : rest.substring(at + 1).split(",")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw problem(text, "select each dimension once as DIM=VALUE, such as @lab=openai");
                }
                String value = pair.substring(eq + 1).trim();
                if (value.contains(":")) {
                    throw problem(text, "the year goes before the selection: METRIC:YEAR@DIM=VALUE");
                }
                Dimension dimension = dimension(pair.substring(0, eq).trim(), text);
                if (value.isEmpty() || selection.put(dimension, value) != null) {
                    throw problem(text, "select each dimension once as DIM=VALUE, such as @lab=openai");
                }
            }
            rest = rest.substring(0, at);
        }
        int year = lastYear;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            try {
                year = Integer.parseInt(rest.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw problem(text, "the year after ':' must be a calendar year, such as :2027");
            }
            if (year < firstYear || year > lastYear) {
                throw problem(text, "the run covers " + firstYear + " to " + lastYear + ", not " + year);
            }
            rest = rest.substring(0, colon);
        }
        String id = rest.trim();
        Metric metric = Metric.byId(id).orElseThrow(() -> problem(text, "unknown metric '" + id
                + "'; docs/metrics.md lists them"));
        Set<Dimension> level = metric.recordedAt().stream().filter(s -> s.containsAll(selection.keySet()))
                .min(Comparator.comparingInt(Set::size)).orElseThrow(() -> problem(text, metric.id()
                        + " is recorded by " + metric.recordedAt().stream().map(SensitivityResponse::names)
                                .collect(Collectors.joining(" or ")) + ", not by " + names(selection.keySet())));
        return new SensitivityResponse(metric, year, selection, level);
    }

    /** The response as the analysis labels it: the metric with its selection, and the year. */
    public Response response() {
        String label = selection.isEmpty() ? metric.id() : metric.id() + "@" + selection.entrySet().stream()
                .map(e -> e.getKey().column() + "=" + e.getValue()).collect(Collectors.joining(","));
        return Response.of(label, year);
    }

    /** This response's value among one replication's headline figures; NaN if no series matches. */
    public double valueIn(SortedMap<HeadlineFigures.Cell, Double> figures) {
        double sum = 0.0;
        boolean found = false;
        for (Map.Entry<HeadlineFigures.Cell, Double> e : figures.entrySet()) {
            SeriesKey key = e.getKey().key();
            if (e.getKey().year() == year && key.metric() == metric && matches(key)) {
                sum += e.getValue();
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    private boolean matches(SeriesKey key) {
        for (Dimension d : Dimension.values()) {
            boolean present = !key.get(d).isEmpty();
            if (present != level.contains(d)) {
                return false;
            }
            String wanted = selection.get(d);
            if (wanted != null && !wanted.equals(key.get(d))) {
                return false;
            }
        }
        return true;
    }

    private static Dimension dimension(String name, String text) {
        for (Dimension d : Dimension.values()) {
            if (d.column().equals(name)) {
                return d;
            }
        }
        List<String> known = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            known.add(d.column());
        }
        throw problem(text, "unknown dimension '" + name + "'; use one of " + String.join(", ", known));
    }

    private static String names(Set<Dimension> dimensions) {
        return dimensions.isEmpty() ? "(no dimension)" : dimensions.stream().sorted().map(Dimension::column)
                .collect(Collectors.joining("+"));
    }

    private static ExperimentInputException problem(String text, String what) {
        return new ExperimentInputException("--metric " + text + ": " + what);
    }
}
