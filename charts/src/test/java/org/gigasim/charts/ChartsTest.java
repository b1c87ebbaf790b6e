package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    /**
     * By chart group, the dedicated charts, then the group's catch-all chart for the metrics the
     * tutorial records that none of them draws (money has none left over).
     */
    static final List<String> RUN_CHARTS = List.of("power", "metrics-power", "capacity-by-cloud",
            "capacity-share-by-vendor", "metrics-capacity", "demand-served-unserved", "compute-share",
            "metrics-demand", "training-wait", "metrics-training", "backlog", "revenue", "spend", "metrics-money", "metrics-clauses");

    @TempDir
    static Path temp;
    static Path run;
    static Charts.Rendered rendered;

    @BeforeAll
    static void renderTutorial() throws Exception {
        run = FixtureRun.tutorial(temp.resolve("tutorial"), 2);
        rendered = Charts.render(run);
    }

    @Test
    void everyStandardChartIsRenderedInOrder() {
        assertEquals(RUN_CHARTS, rendered.charts());
    }

    @Test
    void everyPngDecodesAtItsHighResolutionSize() throws Exception {
        RunData data = RunData.read(run);
        for (Chart chart : Charts.runCharts(data)) {
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(
                    run.resolve("charts").resolve(chart.name() + ".png").toFile());
            assertEquals(ChartFiles.pngWidth(chart), png.getWidth(), chart.name());
            assertEquals(ChartFiles.pngHeight(chart), png.getHeight(), chart.name());
            assertTrue(ChartFiles.pngWidth(chart) >= 1600, chart.name() + " is high resolution");
        }
    }

    @Test
    void everySvgParsesAndCarriesItsTitle() throws Exception {
        RunData data = RunData.read(run);
        for (Chart chart : Charts.runCharts(data)) {
            Document doc = ChartAssertions.parseXml(run.resolve("charts").resolve(chart.name() + ".svg"));
            assertEquals("svg", doc.getDocumentElement().getLocalName(), chart.name());
            assertTrue(doc.getDocumentElement().getTextContent().contains(chart.title()), chart.name());
        }
    }

    @Test
    void theTutorialsCapacityChartPlotsItsTimeseries() throws Exception {
        // What is plotted is checked in detail on known series (ChartDataTest); here the real run's
        // capacity chart must plot the capacity_h100e series read from its own timeseries.csv.
        RunData data = RunData.read(run);
        Series capacity = data.timeseries().get(org.gigasim.model.metrics.SeriesKey
                .of(org.gigasim.model.metrics.Metric.CAPACITY_H100E).cloud("acme-cloud"));
        org.jfree.data.xy.XYDataset plotted = CloudCharts.capacityByCloud(data).chart().getXYPlot().getDataset();
        // A level is drawn as a step across each row's interval: the values plotted are the rows' means.
        java.util.Set<Double> means = new java.util.TreeSet<>();
        for (double m : capacity.mean()) {
            means.add(m);
        }
        java.util.Set<Double> ys = new java.util.TreeSet<>();
        for (int i = 0; i < plotted.getItemCount(0); i++) {
            ys.add(plotted.getYValue(0, i));
        }
        assertEquals(means, ys);
        assertEquals(capacity.timeMs()[capacity.size() - 1], plotted.getXValue(0, plotted.getItemCount(0) - 1), 0);
        assertTrue(capacity.lastMean() > 0, "the tutorial ends with capacity");
    }

    @Test
    void reportParsesAndHoldsEveryChartInline() throws Exception {
        Document doc = ChartAssertions.parseXml(rendered.report());
        NodeList figures = doc.getElementsByTagNameNS("*", "figure");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < figures.getLength(); i++) {
            Element figure = (Element) figures.item(i);
            ids.add(figure.getAttribute("id"));
            assertEquals(1, figure.getElementsByTagNameNS("*", "svg").getLength(), figure.getAttribute("id"));
        }
        assertEquals(RUN_CHARTS, ids);
        String html = Files.readString(rendered.report(), StandardCharsets.UTF_8);
        assertTrue(html.contains("Headline figures"));
        assertTrue(html.contains("Clause actions") && html.contains("stateless-api-routing"), "trace counted");
        assertFalse(html.contains("<script") || html.contains("http://www.w3.org/1999/xlink\" href=\"http"),
                "no scripts or remote references");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no network fetch");
    }

    @Test
    void everyCatalogMetricTheRunRecordedIsDrawnInTheReport() throws Exception {
        java.util.TreeSet<String> recorded = new java.util.TreeSet<>();
        Csv.read(run.resolve("timeseries.csv"), row -> recorded.add(row.get("metric")));
        Document doc = ChartAssertions.parseXml(rendered.report());
        NodeList captions = doc.getElementsByTagNameNS("*", "figcaption");
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < captions.getLength(); i++) {
            NodeList codes = ((Element) captions.item(i)).getElementsByTagNameNS("*", "code");
            for (int j = 0; j < codes.getLength(); j++) {
                named.add(codes.item(j).getTextContent());
            }
        }
        assertTrue(recorded.size() > 20, "the tutorial records most of the catalog: " + recorded);
        for (String id : recorded) {
            assertTrue(org.gigasim.model.metrics.Metric.byId(id).isPresent(), id + " is in the catalog");
            assertTrue(named.contains(id), id + " is recorded but no chart in the report draws it");
        }
    }

    @Test
    void aGroupWhoseMetricsNoChartDrawsGetsOnePanelPerRecordedMetric() throws Exception {
        RunData data = RunData.read(run);
        java.util.Optional<Chart> power = GroupCharts.others(data, Metric.Group.POWER, java.util.Set.of());
        assertTrue(power.isPresent());
        assertEquals(List.of(Metric.POWER_ONLINE_MW, Metric.POWER_USED_MW, Metric.STRANDED_POWER_MW,
                Metric.STRANDED_CHIPS, Metric.STRANDED_CHIP_HOURS, Metric.OUTAGE_HOURS), power.get().metrics());
        org.jfree.chart.plot.CombinedDomainXYPlot plot =
                (org.jfree.chart.plot.CombinedDomainXYPlot) power.get().chart().getPlot();
        assertEquals(6, plot.getSubplots().size());
        // One cloud in the tutorial: each panel draws its one per-cloud series.
        org.jfree.chart.plot.XYPlot first = (org.jfree.chart.plot.XYPlot) plot.getSubplots().get(0);
        assertEquals(1, first.getDataset().getSeriesCount());
        assertEquals("acme-cloud", first.getDataset().getSeriesKey(0));
        List<Metric> money = List.of(Metric.REVENUE_USD, Metric.SPEND_USD, Metric.BACKLOG_USD,
                Metric.BACKLOG_TOP_SHARE);
        // Prices and on-demand revenue have no chart of their own: they get the group's panels.
        assertEquals(List.of(Metric.ON_DEMAND_REVENUE_USD, Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR,
                Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR), GroupCharts.others(data, Metric.Group.MONEY, money).get().metrics());
        List<Metric> all = new java.util.ArrayList<>(money);
        all.addAll(List.of(Metric.ON_DEMAND_REVENUE_USD, Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR,
                Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR));
        assertTrue(GroupCharts.others(data, Metric.Group.MONEY, all).isEmpty(), "nothing left to draw");
    }

    @Test
    void reportSaysWhenTheRunHadNoTrace() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("untraced"));
        for (String f : List.of("summary.json", "timeseries.csv", "jobs.csv", "contracts.csv")) {
            Files.copy(run.resolve(f), copy.resolve(f));
        }
        String html = Files.readString(Charts.render(copy).report(), StandardCharsets.UTF_8);
        assertTrue(html.contains("no <code>--trace</code>"), "says how to fill the Clause actions section");
    }

    @Test
    void svgAndReportAreByteIdenticalWhenRenderedAgain() throws Exception {
        List<byte[]> before = new ArrayList<>();
        for (String name : RUN_CHARTS) {
            before.add(Files.readAllBytes(run.resolve("charts").resolve(name + ".svg")));
        }
        byte[] report = Files.readAllBytes(rendered.report());
        Charts.render(run);
        for (int i = 0; i < RUN_CHARTS.size(); i++) {
            assertTrue(java.util.Arrays.equals(before.get(i),
                    Files.readAllBytes(run.resolve("charts").resolve(RUN_CHARTS.get(i) + ".svg"))), RUN_CHARTS.get(i));
        }
        assertTrue(java.util.Arrays.equals(report, Files.readAllBytes(rendered.report())), "report.html");
    }

    @Test
    void footerNamesScenarioSeedReplicationsAndVersion() throws Exception {
        String svg = Files.readString(run.resolve("charts/power.svg"), StandardCharsets.UTF_8);
        RunSummary summary = RunSummary.read(run.resolve("summary.json"));
        assertTrue(svg.contains("scenario " + summary.scenario()), svg.substring(0, 200));
        assertTrue(svg.contains("seed " + summary.seed()));
        assertTrue(svg.contains("2 replications"));
        assertTrue(svg.contains("gigasim test"));
    }
}
