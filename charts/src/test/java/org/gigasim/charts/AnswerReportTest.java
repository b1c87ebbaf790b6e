package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.ExpectSpec;
import org.gigasim.results.CompareInfo;
import org.gigasim.results.CompareWriter;
import org.gigasim.results.HeadlineFigures.Cell;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerReportTest {

    @TempDir
    static Path temp;
    static Path run;
    static String html;

    @BeforeAll
    static void renderTutorial() throws Exception {
        run = FixtureRun.tutorial(temp.resolve("tutorial"), 3);
        html = Files.readString(Charts.render(run).report(), StandardCharsets.UTF_8);
    }

    @Test
    void theReportOpensWithContentsThenTheAnswerBeforeTheLongTables() {
        int contents = html.indexOf("<h2>Contents</h2>");
        int answer = html.indexOf("<h2 id=\"answer\">Answer</h2>");
        int inputs = html.indexOf("<h2 id=\"inputs\">");
        int headline = html.indexOf("<h2 id=\"headline\">");
        assertTrue(contents > 0 && contents < answer && answer < inputs && inputs < headline, html.substring(0, 2000));
        assertTrue(html.indexOf("<p class=\"question\">") < contents, "the question comes first");
        assertTrue(html.contains("<a href=\"#clause-actions\">Clause actions</a>"));
    }

    @Test
    void theAnswerGivesEveryYearOfTheNamedFiguresWithTheirIntervals() throws Exception {
        RunSummary summary = RunSummary.read(run.resolve("summary.json"));
        Answer answer = Answer.run(summary);
        // one-cloud-one-lab names unserved H100e-hours of small-lab (by traffic class) and acme-cloud's outage hours.
        assertEquals(2, answer.groups().size());
        Answer.Group outage = answer.groups().get(1);
        assertEquals("Outage time (hours), acme-cloud · outage_hours", outage.title());
        assertEquals(1, outage.rows().size());
        SeriesKey key = SeriesKey.of(Metric.OUTAGE_HOURS).cloud("acme-cloud");
        for (RunSummary.Figure f : summary.figures()) {
            if (f.key().equals(key)) {
                Answer.Cell cell = outage.rows().get(0).years().get(f.year());
                assertEquals(f.mean(), cell.mean(), 0, "year " + f.year());
                assertEquals(f.ci95Low(), cell.low(), 0);
            }
        }
        assertEquals(List.of(2026, 2027), List.copyOf(outage.rows().get(0).years().keySet()));
        String text = AnswerFormat.text(answer);
        assertTrue(text.startsWith("Question: How much of a lab's demand"), text);
        assertTrue(text.contains("  small-lab · stateless API "), text);
        assertTrue(html.contains("<h3>Unserved demand (H100e-hours), small-lab · unserved_h100e_hours</h3>"));
    }

    @Test
    void anEntryWhoseSeriesAreAlreadyShownAddsNoGroup() {
        SeriesKey nvidia = SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("nvidia");
        SeriesKey amd = SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("amd");
        List<RunSummary.Figure> figures = List.of(new RunSummary.Figure(nvidia, 2030, 0.34, 0.33, 0.35),
                new RunSummary.Figure(amd, 2030, 0.09, 0.08, 0.10));
        AnswerSpec every = new AnswerSpec("capacity_share_by_vendor", null, null, null, null, null, null, null, null,
                null);
        AnswerSpec stated = new AnswerSpec("capacity_share_by_vendor", null, null, null, null, null, "nvidia", null,
                null, null, ExpectSpec.level(List.of(2030), 0.33, 0.35));
        // Nvidia's stated level repeats a row of the table of every vendor: one group.
        assertEquals(1, Answer.run(summary(figures, List.of(every, stated))).groups().size());
        // Named first, Nvidia's row is a group of its own, and every vendor's table still follows (AMD is new).
        List<Answer.Group> groups = Answer.run(summary(figures, List.of(stated, every))).groups();
        assertEquals(2, groups.size());
        assertEquals(2, groups.get(1).rows().size());
    }

    private static RunSummary summary(List<RunSummary.Figure> figures, List<AnswerSpec> answer) {
        return new RunSummary("s", "Q?", "sha", 1, 20, "test", java.time.LocalDate.of(2026, 1, 1), figures, answer);
    }

    @Test
    void aComparisonIsTitledAVersusBAndChartsTheQuestionsFiguresFirst() throws Exception {
        Path dir = temp.resolve("cmp");
        SeriesKey share = SeriesKey.of(Metric.COMPUTE_SHARE).lab("lab").cloud("c1");
        SeriesKey revenue = SeriesKey.of(Metric.REVENUE_USD).cloud("c1");
        AnswerSpec asked = new AnswerSpec("compute_share", "lab", null, null, null, null, null, null, null, List.of());
        CompareInfo info = new CompareInfo("base", "a1", "variant", "b1", 1, 3, "test", "Question A?", "Question B?",
                List.of(asked));
        try (CompareWriter writer = new CompareWriter(dir, info)) {
            for (int r = 0; r < 3; r++) {
                writer.accept(Map.of(new Cell(share, 2026), 0.5, new Cell(revenue, 2026), 100.0),
                        Map.of(new Cell(share, 2026), 0.6 + 0.01 * r, new Cell(revenue, 2026), 90.0 + r));
            }
            writer.finish();
        }
        Charts.Rendered rendered = Charts.render(dir);
        assertEquals("compare-answer-fraction", rendered.charts().get(0));
        String report = Files.readString(rendered.report(), StandardCharsets.UTF_8);
        assertTrue(report.contains("<title>base vs variant</title>"));
        assertTrue(report.contains("variant: Question B?"));
        assertTrue(report.contains("<th>lab · c1 · B − A</th>"), "the answer table has the paired difference");
        // B − A of the share is 0.11 ± t(0.975, 2) × 0.01 / √3 = [0.085, 0.135]: excludes 0, and survives the correction.
        assertTrue(report.contains("11.0%*<br/><span class=\"ci\">[8.5%, 13.5%]</span>"), report);
    }

    @Test
    void theTrainingWaitAxisStartsNearTheShareOfJobsThatDidNotWait() throws Exception {
        RunData data = RunData.read(run);
        double lowest = 1;
        for (double[] waits : data.jobs().waitsByLab().values()) {
            lowest = Math.min(lowest, LabCharts.firstStep(waits));
        }
        XYPlot plot = LabCharts.trainingWait(data).chart().getXYPlot();
        double floor = plot.getRangeAxis().getLowerBound();
        if (lowest >= 0.2) {
            assertTrue(floor > 0 && floor <= lowest && lowest - floor <= 0.15, floor + " for a first step at " + lowest);
        } else {
            assertEquals(0, floor);
        }
        assertEquals(0.75, LabCharts.firstStep(new double[] {0, 0, 0, 5}), 0);
    }
}
