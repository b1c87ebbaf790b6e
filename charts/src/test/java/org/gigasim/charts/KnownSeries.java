package org.gigasim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written output folder of one replication whose every charted series is known:
 * three daily samples (hours 0, 24 and 48 from 2026-01-01), clouds {@code a} and {@code b},
 * lab {@code x}, and four training jobs.
 */
final class KnownSeries {

    static final long START_MS = java.time.LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .toEpochMilli();
    static final double[] HOURS = {0, 24, 48};

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
        rows.add("replication,time_h,date,metric,unit,lab,cloud,site,accelerator,traffic_class,value");
        series(rows, "power_online_mw", "MW", "", "a", "", 100, 150, 150);
        series(rows, "power_used_mw", "MW", "", "a", "", 60, 90, 150);
        series(rows, "stranded_power_mw", "MW", "", "a", "", 40, 60, 0);
        series(rows, "capacity_h100e", "H100e", "", "a", "", 1000, 2000, 2000);
        series(rows, "capacity_h100e", "H100e", "", "b", "", 3000, 3000, 500);
        rows.add("0,0,2026-01-01,capacity_h100e,H100e,,a,a-east,,,999"); // a site row: not charted
        vendor(rows, "amd", 0.75, 0.6, 0.2);
        vendor(rows, "nvidia", 0.25, 0.4, 0.8);
        classSeries(rows, "demand_h100e", 500, 700, 900);
        classSeries(rows, "served_h100e", 400, 700, 600);
        classSeries(rows, "unserved_h100e", 100, 0, 300);
        series(rows, "compute_share", "fraction", "x", "a", "", 0.3, 0.5, 1.0);
        series(rows, "compute_share", "fraction", "x", "b", "", 0.7, 0.5, 0.0);
        series(rows, "backlog_usd", "USD", "", "a", "", 5e9, 4e9, 3e9);
        series(rows, "backlog_usd", "USD", "x", "a", "", 3e9, 2.5e9, 2e9);
        series(rows, "backlog_top_share", "fraction", "", "a", "", 0.6, 0.625, 2.0 / 3);
        rows.add("0,48,2026-01-03,revenue_usd,USD,,a,,,,750000000");
        rows.add("0,24,2026-01-02,revenue_usd,USD,,a,,,,250000000");
        Files.write(dir.resolve("timeseries.csv"), rows, StandardCharsets.UTF_8);
        Files.write(dir.resolve("jobs.csv"), List.of(
                "replication,job,lab,cloud,site,size_h100e,submitted_h,started_h,finished_h,wait_h,restarts",
                "0,1,x,a,,100,0,0,10,0,0", "0,2,x,a,,100,0,10,20,10,0", "0,3,x,a,,100,0,10,20,10,0",
                "0,4,x,b,,100,0,30,40,30,0"), StandardCharsets.UTF_8);
        return dir;
    }

    private static void series(List<String> rows, String metric, String unit, String lab, String cloud, String acc,
            double... values) {
        for (int i = 0; i < values.length; i++) {
            rows.add("0," + (int) HOURS[i] + ",2026-01-0" + (i + 1) + "," + metric + "," + unit + "," + lab + ","
                    + cloud + ",," + acc + ",," + values[i]);
        }
    }

    private static void vendor(List<String> rows, String vendor, double... values) {
        series(rows, "capacity_share_by_vendor", "fraction", "", "", vendor, values);
    }

    private static void classSeries(List<String> rows, String metric, double... values) {
        for (int i = 0; i < values.length; i++) {
            rows.add("0," + (int) HOURS[i] + ",2026-01-0" + (i + 1) + "," + metric + ",H100e,x,,,,stateless_api,"
                    + values[i]);
        }
    }
}
