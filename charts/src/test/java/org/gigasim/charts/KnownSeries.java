package org.gigasim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hand-written output folder of one replication whose every charted series is known, in the
 * layout a run writes: one column per dimension. Samples are at hours 0, 2,160 (1 April, the
 * first quarter's end), 2,880 (1 May) and 4,344 (1 July, the second quarter's end) from
 * 2026-01-01, where the run ends, so both quarters are whole. Stocks have a row at each of the
 * four times; levels and flows one per interval, at the interval's end (times 1 to 3). Clouds
 * {@code a} and {@code b}, lab {@code x}, vendors {@code amd} and {@code nvidia}, four training
 * jobs.
 */
final class KnownSeries {

    static final long START_MS = java.time.LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .toEpochMilli();
    static final double[] HOURS = {0, 2160, 2880, 4344};
    private static final String[] DATES = {"2026-01-01", "2026-04-01", "2026-05-01", "2026-07-01"};
    private static final List<String> DIMENSIONS = List.of("lab", "cloud", "region", "site", "accelerator", "vendor",
            "traffic_class", "clause");

    private KnownSeries() {
    }

    /** Epoch milliseconds of sample {@code i}. */
    static double ms(int i) {
        return START_MS + HOURS[i] * 3_600_000.0;
    }

    /** Writes summary.json, timeseries.csv and jobs.csv into {@code dir}. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), """
                {"scenario": "known", "question": "What is plotted?", "content_sha256": "0", "seed": 5,
                 "replications": 1, "gigasim_version": "test", "start_date": "2026-01-01", "metrics": []}
                """, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        rows.add("time_h,date,metric,unit,lab,cloud,region,site,accelerator,vendor,traffic_class,clause,"
                + "mean,ci95_low,ci95_high,p05,p50,p95");
        stock(rows, "power_online_mw", "MW", "cloud=a", 100, 150, 150, 200);
        stock(rows, "power_used_mw", "MW", "cloud=a", 60, 90, 150, 150);
        stock(rows, "stranded_power_mw", "MW", "cloud=a", 40, 60, 0, 50);
        interval(rows, "capacity_h100e", "H100e", "cloud=a", 1000, 2000, 2000);
        interval(rows, "capacity_h100e", "H100e", "cloud=b", 3000, 3000, 500);
        // Finer rows of a: per region and per accelerator, not charted.
        interval(rows, "capacity_h100e", "H100e", "cloud=a,region=a-east", 999, 999, 999);
        interval(rows, "capacity_h100e", "H100e", "cloud=a,accelerator=h100", 999, 999, 999);
        interval(rows, "capacity_share_by_vendor", "fraction", "vendor=amd", 0.75, 0.6, 0.2);
        interval(rows, "capacity_share_by_vendor", "fraction", "vendor=nvidia", 0.25, 0.4, 0.8);
        interval(rows, "demand_h100e", "H100e", "lab=x,traffic_class=stateless_api", 500, 700, 900);
        interval(rows, "served_h100e", "H100e", "lab=x,traffic_class=stateless_api", 400, 700, 600);
        // Served per cloud is finer than per lab and class: not a layer of the demand chart.
        interval(rows, "served_h100e", "H100e", "lab=x,cloud=a,traffic_class=stateless_api", 999, 999, 999);
        interval(rows, "unserved_h100e", "H100e", "lab=x,traffic_class=stateless_api", 100, 0, 300);
        interval(rows, "compute_share", "fraction", "lab=x,cloud=a", 0.3, 0.5, 1.0);
        interval(rows, "compute_share", "fraction", "lab=x,cloud=b", 0.7, 0.5, 0.0);
        stock(rows, "backlog_usd", "USD", "cloud=a", 5e9, 4e9, 3e9, 3e9);
        stock(rows, "backlog_usd", "USD", "lab=x,cloud=a", 3e9, 2.5e9, 2e9, 1.5e9);
        stock(rows, "backlog_top_share", "fraction", "cloud=a", 0.6, 0.625, 2.0 / 3, 0.5);
        // Revenue out of time order: the first quarter closes with 250 M, the second with 300 M + 450 M.
        rows.add(row(3, "revenue_usd", "USD", "cloud=a", 450_000_000));
        rows.add(row(1, "revenue_usd", "USD", "cloud=a", 250_000_000));
        rows.add(row(2, "revenue_usd", "USD", "cloud=a", 300_000_000));
        Files.write(dir.resolve("timeseries.csv"), rows, StandardCharsets.UTF_8);
        Files.write(dir.resolve("jobs.csv"), List.of(
                "replication,job,lab,cloud,site,size_h100e,submitted_h,started_h,finished_h,wait_h,restarts",
                "0,1,x,a,,100,0,0,10,0,0", "0,2,x,a,,100,0,10,20,10,0", "0,3,x,a,,100,0,10,20,10,0",
                "0,4,x,b,,100,0,30,40,30,0"), StandardCharsets.UTF_8);
        return dir;
    }

    /** A stock's rows: one reading at each sample time, 0 included. */
    private static void stock(List<String> rows, String metric, String unit, String dims, double... values) {
        for (int i = 0; i < values.length; i++) {
            rows.add(row(i, metric, unit, dims, values[i]));
        }
    }

    /** A level's or flow's rows: one per interval, at the sample time that closes it (1 to 3). */
    private static void interval(List<String> rows, String metric, String unit, String dims, double... values) {
        for (int i = 0; i < values.length; i++) {
            rows.add(row(i + 1, metric, unit, dims, values[i]));
        }
    }

    /**
     * The row at sample {@code i} of a run of one replication, whose mean, interval bounds and
     * percentiles are all its value; {@code dims} as "column=value" pairs, other dimensions empty.
     */
    private static String row(int i, String metric, String unit, String dims, double value) {
        Map<String, String> given = new TreeMap<>();
        Arrays.stream(dims.split(",")).map(p -> p.split("=")).forEach(p -> given.put(p[0], p[1]));
        if (!DIMENSIONS.containsAll(given.keySet())) {
            throw new IllegalArgumentException("unknown dimension in " + dims);
        }
        StringBuilder r = new StringBuilder().append((long) HOURS[i]).append(',').append(DATES[i]).append(',')
                .append(metric).append(',').append(unit);
        DIMENSIONS.forEach(d -> r.append(',').append(given.getOrDefault(d, "")));
        String cell = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        for (int k = 0; k < 6; k++) {
            r.append(',').append(cell);
        }
        return r.toString();
    }
}
