package org.gigasim.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as a PNG (at {@link #PNG_SCALE} times its logical size) and as SVG. The SVG
 * is deterministic: its definition ids are prefixed with the chart's name, never a clock.
 */
final class ChartFiles {

    /** PNGs are drawn at 1.6 × the logical size: 1600 × 1000 pixels for a 1000 × 625 chart. */
    static final double PNG_SCALE = 1.6;

    private ChartFiles() {
    }

    /** The PNG's width and height in pixels. */
    static int pngWidth(Chart chart) {
        return (int) Math.round(chart.width() * PNG_SCALE);
    }

    static int pngHeight(Chart chart) {
        return (int) Math.round(chart.height() * PNG_SCALE);
    }

    /** Writes {@code dir/NAME.png}. */
    static Path writePng(Chart chart, Path dir) throws IOException {
        BufferedImage image = new BufferedImage(pngWidth(chart), pngHeight(chart), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g.dispose();
        }
        Path file = dir.resolve(chart.name() + ".png");
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
        return file;
    }

    /** The chart as an {@code <svg>} element, scalable (with a viewBox), ids prefixed with its name. */
    static String svgElement(Chart chart) {
        SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
        g.setDefsKeyPrefix(chart.name() + "-");
        g.setGeomDoubleConverter(v -> decimals(v, 10));
        g.setTransformDoubleConverter(v -> decimals(v, 1000));
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        return g.getSVGElement("svg-" + chart.name(), true, new ViewBox(0, 0, chart.width(), chart.height()),
                null, null);
    }

    /** {@code v} rounded to 1/{@code per} and written without a trailing ".0" (small SVGs, same on every locale). */
    private static String decimals(double v, long per) {
        long scaled = Math.round(v * per);
        if (scaled % per == 0) {
            return Long.toString(scaled / per);
        }
        return java.math.BigDecimal.valueOf(scaled, (int) Math.round(Math.log10(per)))
                .stripTrailingZeros().toPlainString();
    }

    /** Writes {@code dir/NAME.svg} from its {@code <svg>} element; returns the file. */
    static Path writeSvg(Chart chart, String svgElement, Path dir) throws IOException {
        Path file = dir.resolve(chart.name() + ".svg");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement + "\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
