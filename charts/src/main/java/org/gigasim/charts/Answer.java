package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gigasim.model.metrics.AnswerSelection;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.results.Answers;
import org.gigasim.results.OutputFiles;
import org.gigasim.results.Columns;

/**
 * The figures that answer an output folder's question, as its scenario's {@code answer:}
 * entries name them, every year with its 95% CI: from {@code summary.json} for a run, from
 * {@code compare.csv} for a comparison (A, B and the paired difference B − A), from
 * {@code sweep.csv} for a sweep (one row per point). {@code gigasim show}, the terminal after
 * {@code gigasim run} and the report's Answer section all print these. An entry whose series
 * earlier entries already show (one that states a checked level of a figure in an earlier
 * table) adds no group.
 *
 * <pre>{@code
 * Answer answer = Answer.read(Path.of("runs/baseline-2026"));
 * System.out.print(AnswerFormat.text(answer));
 * }</pre>
 */
public record Answer(String title, List<String> questions, String note, boolean named, List<Group> groups) {

    /** One year's figure: the mean and its 95% CI bounds (NaN when there is none), flagged if significant. */
    public record Cell(double mean, double low, double high, boolean flagged) {
    }

    /** One line of figures: what it is about, its metric, and a cell per year. */
    public record Row(String label, Metric metric, SortedMap<Integer, Cell> years) {
    }

    /** The rows one {@code answer:} entry selects, under a title in words. */
    public record Group(String title, List<Row> rows) {
    }

    /** Copies the lists. */
    public Answer {
        questions = List.copyOf(questions);
        groups = List.copyOf(groups);
    }

    /** Reads the answer of the run, comparison or sweep in {@code dir}; a damaged file is named as {@code chart} names it. */
    public static Answer read(Path dir) throws IOException {
        OutputCheck.check(dir);
        try {
            return readFiles(dir);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();   // a damaged cell found while reading the rows (Csv.Row.number)
        }
    }

    /** {@link #read} for a folder already checked, whose caller unwraps a damaged cell (as {@link Charts} does). */
    static Answer readFiles(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(OutputFiles.COMPARE_CSV))) {
            return compare(dir);
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.SWEEP_CSV))) {
            return sweep(dir);
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.SENSITIVITY_CSV))) {
            return SensitivityCharts.answer(dir);
        }
        return run(RunSummary.read(dir.resolve(OutputFiles.SUMMARY)));
    }

    /** The answer of a run, from its summary. */
    static Answer run(RunSummary summary) {
        List<Group> groups = new ArrayList<>();
        Set<SeriesKey> shown = new HashSet<>();
        for (AnswerSpec a : summary.answer()) {
            Map<SeriesKey, SortedMap<Integer, Cell>> byKey = new TreeMap<>();
            for (RunSummary.Figure f : summary.figures()) {
                if (Answers.matches(a, f.key())) {
                    byKey.computeIfAbsent(f.key(), k -> new TreeMap<>()).put(f.year(),
                            new Cell(f.mean(), f.ci95Low(), f.ci95High(), false));
                }
            }
            if (alreadyShown(shown, byKey.keySet())) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            byKey.forEach((key, years) -> rows.add(new Row(label(key), key.metric(), years)));
            groups.add(new Group(title(a), rows));
        }
        String note = summary.replications() > 1 ? "mean over " + summary.replications()
                + " replications, 95% confidence interval below" : "one replication, so no confidence interval";
        return new Answer("gigasim: " + summary.scenario(), questions(summary.question()), note,
                !summary.answer().isEmpty(), groups);
    }

    private static Answer compare(Path dir) throws IOException {
        JsonNode root = Experiment.json(dir.resolve(OutputFiles.COMPARE_JSON));
        String a = root.path(Columns.SCENARIO_A).asText("A");
        String b = root.path(Columns.SCENARIO_B).asText("B");
        List<AnswerSpec> answers = Answers.read(root);
        List<Csv.Row> rows = new ArrayList<>();
        Csv.read(dir.resolve(OutputFiles.COMPARE_CSV), rows::add);
        List<Group> groups = new ArrayList<>();
        Set<SeriesKey> shown = new HashSet<>();
        for (AnswerSpec spec : answers) {
            Map<SeriesKey, List<SortedMap<Integer, Cell>>> byKey = new TreeMap<>();
            for (Csv.Row r : rows) {
                SeriesKey key = Keys.of(r);
                if (key == null || !Answers.matches(spec, key)) {
                    continue;
                }
                List<SortedMap<Integer, Cell>> three = byKey.computeIfAbsent(key,
                        k -> List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
                int year = (int) r.number(Columns.YEAR);
                three.get(0).put(year, new Cell(r.number(Columns.MEAN_A), Double.NaN, Double.NaN, false));
                three.get(1).put(year, new Cell(r.number(Columns.MEAN_B), Double.NaN, Double.NaN, false));
                three.get(2).put(year, new Cell(r.number(Columns.DIFF_MEAN), r.number(Columns.DIFF_CI95_LOW),
                        r.number(Columns.DIFF_CI95_HIGH), r.get(Columns.SIGNIFICANT_BH).equals("true")));
            }
            if (alreadyShown(shown, byKey.keySet())) {
                continue;
            }
            List<Row> out = new ArrayList<>();
            byKey.forEach((key, three) -> {
                out.add(new Row(label(key) + " · " + a, key.metric(), three.get(0)));
                out.add(new Row(label(key) + " · " + b, key.metric(), three.get(1)));
                out.add(new Row(label(key) + " · B − A", key.metric(), three.get(2)));
            });
            groups.add(new Group(title(spec), out));
        }
        List<String> questions = new ArrayList<>();
        addQuestion(questions, b, root.path(Columns.QUESTION_B).asText(""));
        addQuestion(questions, a, root.path(Columns.QUESTION_A).asText(""));
        return new Answer(a + " vs " + b, questions, "means of A and B over " + root.path(Columns.REPLICATIONS).asInt()
                + " paired replications; B − A with its 95% confidence interval below, * where it stays significant"
                + " after the Benjamini–Hochberg correction", !answers.isEmpty(), groups);
    }

    private static Answer sweep(Path dir) throws IOException {
        JsonNode root = Experiment.json(dir.resolve(OutputFiles.SWEEP_JSON));
        List<AnswerSpec> answers = Answers.read(root);
        List<Csv.Row> rows = new ArrayList<>();
        List<String> header = Csv.read(dir.resolve(OutputFiles.SWEEP_CSV), rows::add);
        List<String> params = header.stream().filter(h -> !h.isEmpty() && !Experiment.FIXED_COLUMNS.contains(h))
                .toList();
        List<Group> groups = new ArrayList<>();
        Set<SeriesKey> shown = new HashSet<>();
        for (AnswerSpec spec : answers) {
            Map<String, SortedMap<Integer, Cell>> byLabel = new LinkedHashMap<>();
            Map<String, Metric> metrics = new LinkedHashMap<>();
            Set<SeriesKey> keys = new HashSet<>();
            for (Csv.Row r : rows) {
                SeriesKey key = Keys.of(r);
                if (key == null || !Answers.matches(spec, key)) {
                    continue;
                }
                keys.add(key);
                List<String> point = new ArrayList<>();
                params.forEach(p -> point.add(p.substring(p.lastIndexOf('.') + 1) + "=" + r.get(p)));
                String label = String.join(", ", point) + " · " + label(key);
                metrics.put(label, key.metric());
                byLabel.computeIfAbsent(label, l -> new TreeMap<>()).put((int) r.number(Columns.YEAR),
                        new Cell(r.number(Columns.MEAN), r.number(Columns.CI95_LOW), r.number(Columns.CI95_HIGH), false));
            }
            if (alreadyShown(shown, keys)) {
                continue;
            }
            List<Row> out = new ArrayList<>();
            byLabel.forEach((label, years) -> out.add(new Row(label, metrics.get(label), years)));
            groups.add(new Group(title(spec), out));
        }
        String scenario = root.path(Columns.SCENARIO).asText("");
        return new Answer(scenario.isEmpty() ? "gigasim sweep" : scenario + " sweep",
                questions(root.path(Columns.QUESTION).asText("")), "mean over each point's replications, 95% confidence"
                + " interval below", !answers.isEmpty(), groups);
    }

    /**
     * Whether an entry's series all appear in an earlier group: an entry that only states a
     * checked level or difference of figures already shown (Nvidia's share, after every
     * vendor's) adds no group. Records the series as shown otherwise.
     */
    private static boolean alreadyShown(Set<SeriesKey> shown, Set<SeriesKey> keys) {
        if (!keys.isEmpty() && shown.containsAll(keys)) {
            return true;
        }
        shown.addAll(keys);
        return false;
    }

    private static List<String> questions(String question) {
        return question.isEmpty() ? List.of() : List.of(question);
    }

    private static void addQuestion(List<String> questions, String scenario, String question) {
        if (!question.isEmpty()) {
            questions.add(scenario + ": " + question);
        }
    }

    /** An answer entry in words: the metric's title and unit, what it fixes, and its id. */
    static String title(AnswerSpec a) {
        Metric metric = Metric.byId(a.metric()).orElse(null);
        StringBuilder t = new StringBuilder(metric == null ? a.metric() : metric.title() + " (" + metric.unit() + ")");
        List<String> fixed = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (AnswerSelection.value(a, d) != null) {
                fixed.add(readable(d, AnswerSelection.value(a, d)));
            }
        }
        if (!fixed.isEmpty()) {
            t.append(", ").append(String.join(", ", fixed));
        }
        if (!a.by().isEmpty()) {
            t.append(", by ").append(String.join(" and ", a.by()).replace('_', ' '));
        }
        return t.append(" · ").append(a.metric()).toString();
    }

    /** What a series is about in words: its dimension values, traffic classes spelled out; "all" for none. */
    static String label(SeriesKey key) {
        List<String> parts = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (!key.get(d).isEmpty()) {
                parts.add(readable(d, key.get(d)));
            }
        }
        return parts.isEmpty() ? "all" : String.join(" · ", parts);
    }

    private static String readable(Dimension d, String value) {
        if (d != Dimension.TRAFFIC_CLASS) {
            return value;
        }
        return switch (value) {
            case "stateless_api" -> "stateless API";
            case "first_party" -> "first-party apps";
            default -> value.replace('_', ' ');
        };
    }
}
