package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * the chart and compared with the known series of {@link KnownSeries}: stocks as lines through
 * their readings, levels as flat steps across each row's interval, revenue as a flat step across
 * each calendar quarter at its sum. The revenue steps are found at the pixels the chart's axes put
 * them, in the SVG and in the PNG.
 */
class ChartDataTest {

    @TempDir
    static Path temp;
    static Path dir;
    static Map<String, Chart> charts;
    /** The revenue line's points: Q1's sum from 1 January to 1 April, then Q2's to 1 July. */
    static final double[][] REVENUE_STEPS = {
        {KnownSeries.ms(0), 2.5e8}, {KnownSeries.ms(1), 2.5e8}, {KnownSeries.ms(1), 7.5e8}, {KnownSeries.ms(3), 7.5e8}};

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
        // Stocks: a line through the readings at the four sample times, 0 included.
        assertReadings(d, 0, 100, 150, 150, 200);
        assertReadings(d, 1, 60, 90, 150, 150);
        assertReadings(d, 2, 40, 60, 0, 50);
    }

    @Test
    void capacityByCloudStacksBOnA() {
        XYDataset d = charts.get("capacity-by-cloud").chart().getXYPlot().getDataset();
        // Drawn top layer first: b's layer is a + b; a's region and accelerator rows (999) are left out.
        assertEquals(List.of("b", "a"), keys(d));
        assertSteps(d, 0, 4000, 5000, 2500);
        assertSteps(d, 1, 1000, 2000, 2000);
    }

    @Test
    void vendorSharesStackToOne() {
        XYDataset d = charts.get("capacity-share-by-vendor").chart().getXYPlot().getDataset();
        // Layers are named by the vendor column: amd at the bottom, nvidia on top of it.
        assertEquals(List.of("nvidia", "amd"), keys(d));
        assertSteps(d, 0, 1, 1, 1);
        assertSteps(d, 1, 0.75, 0.6, 0.2);
    }

    @Test
    void demandStacksUnservedOnServedUpToDemand() {
        XYDataset d = panels("demand-served-unserved").get(0).getDataset();
        // Served per cloud (999) is finer than per lab and class: no layer of its own.
        assertEquals(List.of("unserved stateless_api", "served stateless_api"), keys(d));
        // The top edge is demand: 400 + 100, 700 + 0, 600 + 300.
        assertSteps(d, 0, 500, 700, 900);
        assertSteps(d, 1, 400, 700, 600);
    }

    @Test
    void computeShareStacksEachCloudsShare() {
        XYDataset d = panels("compute-share").get(0).getDataset();
        assertEquals(List.of("b", "a"), keys(d));
        assertSteps(d, 0, 1, 1, 1);
        assertSteps(d, 1, 0.3, 0.5, 1.0);
    }

    @Test
    void backlogPlotsTheTotalAndTheLargestCounterpartysShare() {
        List<XYPlot> panels = panels("backlog");
        assertReadings(panels.get(0).getDataset(), 0, 5e9, 4e9, 3e9, 3e9);
        assertReadings(panels.get(1).getDataset(), 0, 0.6, 0.625, 2.0 / 3, 0.5);
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
    void revenueIsAFlatStepAcrossEachQuarterAtItsSumWithItsBand() {
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) charts.get("revenue").chart().getXYPlot()
                .getDataset();
        assertEquals(List.of("a"), keys(d));
        // Q1 (1 January to 1 April) is its one row, 250 M; Q2 (1 April to 1 July) is 300 M + 450 M.
        assertEquals(REVENUE_STEPS.length, d.getItemCount(0));
        for (int i = 0; i < REVENUE_STEPS.length; i++) {
            assertEquals(REVENUE_STEPS[i][0], d.getXValue(0, i), 0, "time " + i);
            assertEquals(REVENUE_STEPS[i][1], d.getYValue(0, i), 0, "value " + i);
            // One replication: the band is the line itself.
            assertEquals(REVENUE_STEPS[i][1], d.getStartYValue(0, i), 0, "band low " + i);
            assertEquals(REVENUE_STEPS[i][1], d.getEndYValue(0, i), 0, "band high " + i);
        }
    }

    @Test
    void revenueSvgDrawsEachStepWhereTheAxesPlaceIt() throws Exception {
        Chart chart = charts.get("revenue");
        String svg = Files.readString(dir.resolve("charts/revenue.svg"), StandardCharsets.UTF_8);
        List<double[]> vertices = pathVertices(svg);
        double[][] p = pixels(chart, REVENUE_STEPS);
        for (double[] point : p) {
            assertTrue(vertices.stream().anyMatch(v -> Math.abs(v[0] - point[0]) <= 0.15
                    && Math.abs(v[1] - point[1]) <= 0.15),
                    "no path vertex at (" + point[0] + ", " + point[1] + ") in revenue.svg");
        }
        assertEquals(p[0][1], p[1][1], 1e-9, "Q1 is flat");
        assertEquals(p[1][0], p[2][0], 1e-9, "the step up is at 1 April");
        assertTrue(p[2][1] < p[1][1] - 100, "750 M is drawn well above 250 M: " + p[2][1] + " vs " + p[1][1]);
    }

    @Test
    void revenuePngHasTheCloudsColourAlongEachStep() throws Exception {
        Chart chart = charts.get("revenue");
        BufferedImage png = ImageIO.read(dir.resolve("charts/revenue.png").toFile());
        assertEquals(ChartFiles.pngWidth(chart), png.getWidth());
        assertEquals(ChartFiles.pngHeight(chart), png.getHeight());
        int cloud = RunData.read(dir).clouds().colour("a").getRGB() & 0xFFFFFF;
        for (double[] point : pngPixels(chart, REVENUE_STEPS)) {
            assertEquals(cloud, rgb(png, point), "revenue.png at the step's corner " + Arrays.toString(point));
        }
        double midQ1 = (KnownSeries.ms(0) + KnownSeries.ms(1)) / 2;
        double midQ2 = (KnownSeries.ms(1) + KnownSeries.ms(3)) / 2;
        double[][] on = pngPixels(chart, new double[][] {{midQ1, 2.5e8}, {midQ2, 7.5e8}});
        for (double[] point : on) {
            assertEquals(cloud, rgb(png, point), "the step is flat across its quarter at " + Arrays.toString(point));
        }
        // Off the steps: Q1 at Q2's sum, Q2 at Q1's sum, and Q2 halfway up, where a line joining the quarter
        // ends would pass, are plot background (white, or a grey grid line).
        double[][] off = pngPixels(chart, new double[][] {{midQ1, 7.5e8}, {midQ2, 2.5e8}, {midQ2, 5e8}});
        for (double[] point : off) {
            int c = rgb(png, point);
            int r = c >> 16;
            int g = (c >> 8) & 0xFF;
            int b = c & 0xFF;
            assertTrue(r == g && g == b && r >= 0xCC, "background at " + Arrays.toString(point) + ", not #"
                    + Integer.toHexString(c));
        }
    }

    /** The PNG's colour (RGB) at a point given in the chart's logical coordinates. */
    private static int rgb(BufferedImage png, double[] point) {
        int x = (int) Math.round(point[0] * ChartFiles.PNG_SCALE);
        int y = (int) Math.round(point[1] * ChartFiles.PNG_SCALE);
        assertTrue(x >= 0 && x < png.getWidth() && y >= 0 && y < png.getHeight(),
                "(" + x + ", " + y + ") is outside revenue.png");
        return png.getRGB(x, y) & 0xFFFFFF;
    }

    /** Where the revenue chart's own axes put {@code (ms, usd)} points in its SVG, in logical coordinates. */
    private static double[][] pixels(Chart chart, double[][] points) {
        return pixels(chart, points, new SVGGraphics2D(chart.width(), chart.height()));
    }

    /**
     * Where the revenue chart's own axes put {@code (ms, usd)} points in its PNG, in logical
     * coordinates: laid out on a raster as the PNG is, whose text measures differ from the SVG's.
     */
    private static double[][] pngPixels(Chart chart, double[][] points) {
        BufferedImage image = new BufferedImage(ChartFiles.pngWidth(chart), ChartFiles.pngHeight(chart),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(ChartFiles.PNG_SCALE, ChartFiles.PNG_SCALE);
            return pixels(chart, points, g);
        } finally {
            g.dispose();
        }
    }

    private static double[][] pixels(Chart chart, double[][] points, Graphics2D g) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.chart().getXYPlot();
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            out[i] = new double[] {
                plot.getDomainAxis().valueToJava2D(points[i][0], area, RectangleEdge.BOTTOM),
                plot.getRangeAxis().valueToJava2D(points[i][1], area, RectangleEdge.LEFT)};
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

    /** Series {@code s} (a stock) is a line through exactly these readings at the four sample times. */
    private static void assertReadings(XYDataset d, int s, double... values) {
        assertEquals(KnownSeries.HOURS.length, values.length);
        assertEquals(values.length, d.getItemCount(s), "points of " + d.getSeriesKey(s));
        for (int i = 0; i < values.length; i++) {
            assertPoint(d, s, i, KnownSeries.ms(i), values[i]);
        }
    }

    /**
     * Series {@code s} (a level) holds one flat step per interval: the value of the row closing
     * interval {@code i} at the interval's start (sample {@code i}) and at its end (sample {@code i + 1}).
     */
    private static void assertSteps(XYDataset d, int s, double... values) {
        assertEquals(KnownSeries.HOURS.length - 1, values.length);
        assertEquals(2 * values.length, d.getItemCount(s), "points of " + d.getSeriesKey(s));
        for (int i = 0; i < values.length; i++) {
            assertPoint(d, s, 2 * i, KnownSeries.ms(i), values[i]);
            assertPoint(d, s, 2 * i + 1, KnownSeries.ms(i + 1), values[i]);
        }
    }

    private static void assertPoint(XYDataset d, int s, int item, double ms, double value) {
        assertEquals(ms, d.getXValue(s, item), 0, d.getSeriesKey(s) + " time of point " + item);
        assertEquals(value, d.getYValue(s, item), 1e-9 * Math.max(1, Math.abs(value)),
                d.getSeriesKey(s) + " value of point " + item);
    }
}
