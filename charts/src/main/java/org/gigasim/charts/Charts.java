package org.gigasim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigasim.model.metrics.Metric;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputFiles;

/**
 * Renders an output folder's charts ({@code DIR/charts/NAME.png} and {@code NAME.svg}) and
 * its report ({@code DIR/report.html}) from the files in it: a run's {@code summary.json},
 * {@code timeseries.csv}, {@code jobs.csv} and {@code trace.jsonl}, and {@code compare.csv}
 * or {@code sweep.csv} when present. Runs headless; SVGs and HTML are byte-identical for
 * identical inputs.
 *
 * <pre>{@code
 * Charts.Rendered out = Charts.render(Path.of("runs/baseline-2026"));
 * System.out.println(out.report()); // runs/baseline-2026/report.html
 * }</pre>
 */
public final class Charts {

    /** The chart folder's name inside an output folder. */
    public static final String CHART_DIR = "charts";
    /** The report's file name inside an output folder. */
    public static final String REPORT = "report.html";

    /** What was rendered: every chart (in report order) and the report. */
    public record Rendered(List<String> charts, Path chartDir, Path report) {
    }

    private Charts() {
    }

    /** Whether {@code dir} holds anything to chart: a run's summary, a comparison or a sweep. */
    public static boolean hasOutputs(Path dir) {
        return Files.isRegularFile(dir.resolve(OutputFiles.SUMMARY)) || Files.isRegularFile(dir.resolve(OutputFiles.COMPARE_CSV))
                || Files.isRegularFile(dir.resolve(OutputFiles.SWEEP_CSV))
                || Files.isRegularFile(dir.resolve(OutputFiles.SENSITIVITY_CSV));
    }

    /**
     * Renders every chart {@code dir}'s files allow, and the report, and replaces earlier ones.
     * Everything is drawn into a temporary folder inside {@code dir} first and then moved into
     * place, so a failure leaves the earlier charts as they were; a {@code charts} folder or
     * {@code report.html} that is a symbolic link is replaced as a link, never written through.
     *
     * @throws DamagedOutputException if a file in {@code dir} is not one gigasim can chart
     */
    public static Rendered render(Path dir) throws IOException {
        try {
            return draw(dir);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();   // a damaged cell found while a chart read its rows (Csv.Row.number)
        }
    }

    private static Rendered draw(Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (!hasOutputs(dir)) {
            throw new IOException(dir + " holds no summary.json, compare.csv, sweep.csv or sensitivity.csv to chart");
        }
        OutputCheck.check(dir);
        if (Files.isRegularFile(dir.resolve(OutputFiles.SUMMARY)) && !Files.exists(dir.resolve(OutputFiles.TIMESERIES))
                && !Files.exists(dir.resolve(OutputFiles.COMPARE_CSV)) && !Files.exists(dir.resolve(OutputFiles.SWEEP_CSV))
                && !Files.exists(dir.resolve(OutputFiles.SENSITIVITY_CSV))) {
            // A run always writes both: without its time series there is nothing to chart, and the old charts stay.
            throw new DamagedOutputException(dir.resolve(OutputFiles.TIMESERIES) + " is missing beside summary.json;"
                    + " run the command that wrote the folder again");
        }
        RunData run = null;
        Map<String, List<Chart>> sections = new LinkedHashMap<>();
        if (Files.isRegularFile(dir.resolve(OutputFiles.SUMMARY)) && Files.isRegularFile(dir.resolve(OutputFiles.TIMESERIES))) {
            run = RunData.read(dir);
            sections.put("Charts", runCharts(run));
        }
        Answer answer = run != null ? Answer.run(run.summary()) : Answer.readFiles(dir);
        if (Files.isRegularFile(dir.resolve(OutputFiles.COMPARE_CSV))) {
            List<org.gigasim.model.spec.AnswerSpec> answers = org.gigasim.results.Answers.read(
                    Experiment.json(dir.resolve(OutputFiles.COMPARE_JSON)));
            sections.put("Comparison", CompareCharts.charts(dir, run, answers));
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.SWEEP_CSV))) {
            sections.put("Sweep", SweepCharts.charts(dir, run));
        }
        if (Files.isRegularFile(dir.resolve(OutputFiles.SENSITIVITY_CSV))) {
            sections.put("Sensitivity", SensitivityCharts.charts(dir, run));
        }
        Path staging = Files.createTempDirectory(dir, ".charts-");
        try {
            Path stagedCharts = Files.createDirectory(staging.resolve(CHART_DIR));
            Map<String, List<Report.Figure>> figures = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, List<Chart>> section : sections.entrySet()) {
                List<Report.Figure> list = new ArrayList<>();
                for (Chart chart : section.getValue()) {
                    String svg = ChartFiles.svgElement(chart);
                    ChartFiles.writeSvg(chart, svg, stagedCharts);
                    ChartFiles.writePng(chart, stagedCharts);
                    list.add(new Report.Figure(chart, svg));
                    names.add(chart.name());
                }
                figures.put(section.getKey(), list);
            }
            TraceCounts trace = run == null ? null : TraceCounts.read(dir.resolve(OutputFiles.TRACE));
            Path stagedReport = staging.resolve(REPORT);
            Files.writeString(stagedReport, Report.html(answer.title(), answer, run, trace, figures),
                    StandardCharsets.UTF_8);
            Path chartDir = dir.resolve(CHART_DIR);
            replace(stagedCharts, chartDir, staging.resolve("old-" + CHART_DIR));
            Path report = dir.resolve(REPORT);
            Files.move(stagedReport, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Rendered(List.copyOf(names), chartDir, report);
        } finally {
            OutputDirectory.deleteTree(staging);
        }
    }

    /** Moves {@code fresh} onto {@code target}; an existing target (a folder, or a link as such) goes to {@code aside}. */
    private static void replace(Path fresh, Path target, Path aside) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The charts of one run, in report order: by chart group, each group's dedicated charts
     * and then its catch-all chart ({@link GroupCharts}) for the catalog metrics the run recorded
     * that no dedicated chart draws.
     */
    static List<Chart> runCharts(RunData run) {
        Map<Metric.Group, List<Chart>> byGroup = new EnumMap<>(Metric.Group.class);
        for (Metric.Group g : Metric.Group.values()) {
            byGroup.put(g, new ArrayList<>());
        }
        byGroup.get(Metric.Group.POWER).add(CloudCharts.power(run));
        byGroup.get(Metric.Group.CAPACITY).addAll(List.of(CloudCharts.capacityByCloud(run),
                CloudCharts.capacityShareByVendor(run)));
        byGroup.get(Metric.Group.DEMAND).addAll(List.of(LabCharts.demand(run), LabCharts.computeShare(run)));
        byGroup.get(Metric.Group.TRAINING).add(LabCharts.trainingWait(run));
        byGroup.get(Metric.Group.MONEY).addAll(List.of(CloudCharts.backlog(run), MoneyCharts.revenue(run),
                MoneyCharts.spend(run)));
        Set<Metric> drawn = EnumSet.noneOf(Metric.class);
        byGroup.values().forEach(charts -> charts.forEach(c -> drawn.addAll(c.metrics())));
        List<Chart> all = new ArrayList<>();
        byGroup.forEach((group, charts) -> {
            all.addAll(charts);
            GroupCharts.others(run, group, drawn).ifPresent(all::add);
        });
        return all;
    }
}
