package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run charts plot what the output folder holds: each chart's dataset is read back through
 * the chart and compared with the known series of {@link KnownSeries}, and the revenue
 * chart's points are found at the pixels its axes put them, in the SVG and in the PNG.
 */
class ChartDataTest {

    @TempDir
    static Path temp;
    static Path dir;
    static Map<String, Chart> charts;

    @BeforeAll
    static void render() throws Exception {
        dir = KnownSeries.write(temp.resolve("known"));
        Charts.render(dir);
        charts = new TreeMap<>();
        for (Chart chart : Charts.runCharts(RunData.read(dir))) {
            charts.put(chart.name(), chart);
        }
    }

    @Test
    void powerPanelPlotsOnlineUsedAndStrandedOfEachCloud() {
        List<XYPlot> panels = panels("power");
        assertEquals(1, panels.size(), "one cloud, one panel");
        XYDataset d = panels.get(0).getDataset();
        assertEquals(List.of("a online", "a used by installed chips", "a stranded (online, no chips)"), keys(d));
        assertSeries(d, 0, 100, 150, 150);
        assertSeries(d, 1, 60, 90, 150);
        assertSeries(d, 2, 40, 60, 0);
    }

    @Test
    void capacityByCloudStacksBOnA() {
        XYDataset d = charts.get("capacity-by-cloud").chart().getXYPlot().getDataset();
        // Drawn top layer first: b's layer is a + b; the site row (999) is left out.
        assertEquals(List.of("b", "a"), keys(d));
        assertSeries(d, 0, 4000, 5000, 2500);
        assertSeries(d, 1, 1000, 2000, 2000);
    }

    @Test
    void vendorSharesStackToOne() {
        XYDataset d = charts.get("capacity-share-by-vendor").chart().getXYPlot().getDataset();
        assertEquals(List.of("nvidia", "amd"), keys(d));
        assertSeries(d, 0, 1, 1, 1);
        assertSeries(d, 1, 0.75, 0.6, 0.2);
    }

    @Test
    void demandStacksUnservedOnServedUpToDemand() {
        XYDataset d = panels("demand-served-unserved").get(0).getDataset();
        assertEquals(List.of("unserved stateless_api", "served stateless_api"), keys(d));
        // The top edge is demand: 400 + 100, 700 + 0, 600 + 300.
        assertSeries(d, 0, 500, 700, 900);
        assertSeries(d, 1, 400, 700, 600);
    }

    @Test
    void computeShareStacksEachCloudsShare() {
        XYDataset d = panels("compute-share").get(0).getDataset();
        assertEquals(List.of("b", "a"), keys(d));
        assertSeries(d, 0, 1, 1, 1);
        assertSeries(d, 1, 0.3, 0.5, 1.0);
    }

    @Test
    void backlogPlotsTheTotalAndTheLargestCounterpartysShare() {
        List<XYPlot> panels = panels("backlog");
        assertSeries(panels.get(0).getDataset(), 0, 5e9, 4e9, 3e9);
        assertSeries(panels.get(1).getDataset(), 0, 0.6, 0.625, 2.0 / 3);
        LegendItemCollection legend = ((CombinedDomainXYPlot) charts.get("backlog").chart().getPlot())
                .getFixedLegendItems();
        assertEquals("a (largest at the end: x)", legend.get(0).getLabel());
    }

    @Test
    void trainingWaitIsTheEmpiricalDistributionOfWaits() {
        XYDataset d = charts.get("training-wait").chart().getXYPlot().getDataset();
        assertEquals(List.of("x (4 jobs)"), keys(d));
        // Waits 0, 10, 10, 30: a quarter waited 0 h, three quarters at most 10 h, all at most 30 h.
        double[][] expected = {{0, 0}, {0, 0.25}, {10, 0.75}, {30, 1.0}};
        assertEquals(expected.length, d.getItemCount(0));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], d.getXValue(0, i), 1e-12, "x " + i);
            assertEquals(expected[i][1], d.getYValue(0, i), 1e-12, "y " + i);
        }
    }

    @Test
    void revenuePointsArePlottedAtTheirQuarterEndsWithTheirBands() {
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) charts.get("revenue").chart().getXYPlot()
                .getDataset();
        assertEquals(List.of("a"), keys(d));
        assertEquals(2, d.getItemCount(0));
        assertEquals(KnownSeries.ms(1), d.getXValue(0, 0), 0);
        assertEquals(2.5e8, d.getYValue(0, 0), 0);
        assertEquals(KnownSeries.ms(2), d.getXValue(0, 1), 0);
        assertEquals(7.5e8, d.getYValue(0, 1), 0);
        // One replication: the band is the line itself.
        assertEquals(7.5e8, d.getStartYValue(0, 1), 0);
        assertEquals(7.5e8, d.getEndYValue(0, 1), 0);
    }

    @Test
    void revenueSvgDrawsEachPointWhereTheAxesPlaceIt() throws Exception {
        Chart chart = charts.get("revenue");
        String svg = Files.readString(dir.resolve("charts/revenue.svg"), StandardCharsets.UTF_8);
        List<double[]> vertices = pathVertices(svg);
        for (double[] point : pixels(chart)) {
            assertTrue(vertices.stream().anyMatch(v -> Math.abs(v[0] - point[0]) <= 0.15
                    && Math.abs(v[1] - point[1]) <= 0.15),
                    "no path vertex at (" + point[0] + ", " + point[1] + ") in revenue.svg");
        }
        double[][] p = pixels(chart);
        assertTrue(p[1][1] < p[0][1] - 100, "750 M is drawn well above 250 M: " + p[1][1] + " vs " + p[0][1]);
    }

    @Test
    void revenuePngHasTheCloudsColourAtEachPoint() throws Exception {
        Chart chart = charts.get("revenue");
        BufferedImage png = ImageIO.read(dir.resolve("charts/revenue.png").toFile());
        assertEquals(ChartFiles.pngWidth(chart), png.getWidth());
        assertEquals(ChartFiles.pngHeight(chart), png.getHeight());
        Color cloud = RunData.read(dir).clouds().colour("a");
        for (double[] point : pixels(chart)) {
            int x = (int) Math.round(point[0] * ChartFiles.PNG_SCALE);
            int y = (int) Math.round(point[1] * ChartFiles.PNG_SCALE);
            assertEquals(cloud.getRGB() & 0xFFFFFF, png.getRGB(x, y) & 0xFFFFFF,
                    "pixel (" + x + ", " + y + ") of revenue.png");
        }
        // Halfway between the two points' heights, at the first point's x, is plot background.
        int x = (int) Math.round(pixels(chart)[0][0] * ChartFiles.PNG_SCALE);
        int y = (int) Math.round((pixels(chart)[0][1] + pixels(chart)[1][1]) / 2 * ChartFiles.PNG_SCALE);
        assertEquals(0xFFFFFF, png.getRGB(x, y) & 0xFFFFFF, "background between the points");
    }

    /** The revenue points' positions in the chart's logical coordinates, from its own axes. */
    private static double[][] pixels(Chart chart) {
        SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.chart().getXYPlot();
        double[][] out = new double[2][];
        for (int i = 0; i < 2; i++) {
            out[i] = new double[] {
                plot.getDomainAxis().valueToJava2D(KnownSeries.ms(i + 1), area, RectangleEdge.BOTTOM),
                plot.getRangeAxis().valueToJava2D(i == 0 ? 2.5e8 : 7.5e8, area, RectangleEdge.LEFT)};
        }
        return out;
    }

    /** Every vertex of every SVG path's data ("M x y L x y …", absolute coordinates). */
    private static List<double[]> pathVertices(String svg) {
        List<double[]> out = new ArrayList<>();
        Matcher path = Pattern.compile(" d=['\"]([^'\"]*)['\"]").matcher(svg);
        Pattern pair = Pattern.compile("[ML]\\s*(-?[0-9.]+)[ ,](-?[0-9.]+)");
        while (path.find()) {
            Matcher m = pair.matcher(path.group(1));
            while (m.find()) {
                out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
            }
        }
        return out;
    }

    private static List<XYPlot> panels(String name) {
        return ((CombinedDomainXYPlot) charts.get(name).chart().getPlot()).getSubplots();
    }

    private static List<String> keys(XYDataset d) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            keys.add(d.getSeriesKey(s).toString());
        }
        return keys;
    }

    /** Series {@code s} holds exactly the known samples' times and these values. */
    private static void assertSeries(XYDataset d, int s, double... values) {
        assertEquals(values.length, d.getItemCount(s), "points of " + d.getSeriesKey(s));
        for (int i = 0; i < values.length; i++) {
            assertEquals(KnownSeries.ms(i), d.getXValue(s, i), 0, d.getSeriesKey(s) + " time " + i);
            assertEquals(values[i], d.getYValue(s, i), 1e-9 * Math.max(1, Math.abs(values[i])),
                    d.getSeriesKey(s) + " value " + i);
        }
    }
}
