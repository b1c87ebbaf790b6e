package org.gigasim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.SeriesKey;

/** A hand-written output folder: a {@code timeseries.csv} and {@code summary.json} with chosen rows. */
final class SyntheticRun {

    private final List<String> rows = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    /** The row of {@code key} at {@code timeH}: its mean and 95% bounds over replications (percentiles left empty). */
    SyntheticRun point(double timeH, SeriesKey key, double mean, double low, double high) {
        StringBuilder r = new StringBuilder(number(timeH)).append(",,")
                .append(key.metric().id()).append(',').append(key.metric().unit());
        for (Dimension d : Dimension.values()) {
            r.append(',').append(key.get(d));
        }
        rows.add(r.append(',').append(number(mean)).append(',').append(number(low)).append(',').append(number(high))
                .append(",,,").toString());
        return this;
    }

    /** Rows of {@code key} at {@code timesH}, with bounds {@code halfWidth} either side of each mean. */
    SyntheticRun means(SeriesKey key, double[] timesH, double[] values, double halfWidth) {
        for (int i = 0; i < timesH.length; i++) {
            point(timesH[i], key, values[i], values[i] - halfWidth, values[i] + halfWidth);
        }
        return this;
    }

    /** A yearly figure of {@code key} in {@code summary.json}, its interval equal to its mean. */
    SyntheticRun figure(SeriesKey key, int year, double mean) {
        StringBuilder f = new StringBuilder("{\"metric\":\"").append(key.metric().id()).append("\",\"unit\":\"")
                .append(key.metric().unit()).append('"');
        for (Dimension d : Dimension.values()) {
            if (!key.get(d).isEmpty()) {
                f.append(",\"").append(d.column()).append("\":\"").append(key.get(d)).append('"');
            }
        }
        f.append(",\"year\":").append(year).append(",\"mean\":").append(number(mean)).append(",\"ci95_low\":")
                .append(number(mean)).append(",\"ci95_high\":").append(number(mean)).append('}');
        figures.add(f.toString());
        return this;
    }

    /** Writes both files into {@code dir}; the run starts on 2026-01-01. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("time_h,date,metric,unit");
        for (Dimension d : Dimension.values()) {
            csv.append(',').append(d.column());
        }
        csv.append(",mean,ci95_low,ci95_high,p05,p50,p95\n");
        rows.forEach(r -> csv.append(r).append('\n'));
        Files.writeString(dir.resolve("timeseries.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\":\"synthetic\",\"seed\":1,\"replications\":1,"
                + "\"gigasim_version\":\"test\",\"start_date\":\"2026-01-01\",\"metrics\":["
                + String.join(",", figures) + "]}", StandardCharsets.UTF_8);
        return dir;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
