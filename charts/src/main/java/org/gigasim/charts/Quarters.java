package org.gigasim.charts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.gigasim.model.metrics.SeriesKey;

/**
 * A flow's rows summed per calendar quarter. Every calendar quarter end is a sample time, so
 * no row's interval straddles two quarters and each quarter's sum is exact. Quarters the run
 * covers only in part are left out, so a short first or last quarter never reads as a drop.
 * Rows of replications are not kept, so a quarter's band is the sum of its rows' bands: an
 * upper bound on the 95% confidence interval of the quarter's sum.
 */
final class Quarters {

    private Quarters() {
    }

    /** {@code rows} of {@code key}, summed per calendar quarter; times count hours from {@code start}. */
    static Series sum(SeriesKey key, Rows rows, NavigableSet<Double> sampleTimes, LocalDate start) {
        LocalDateTime origin = start.atStartOfDay();
        Map<LocalDate, double[]> sums = new TreeMap<>();
        for (Map.Entry<Double, Rows.Row> e : rows.byTime.entrySet()) {
            double end = e.getKey();
            double middle = (Rows.intervalStart(sampleTimes, end) + end) / 2;
            LocalDate quarter = quarterStart(origin.plusSeconds(Math.round(middle * 3600)).toLocalDate());
            double[] s = sums.computeIfAbsent(quarter, q -> new double[3]);
            s[0] += e.getValue().mean;
            s[1] += e.getValue().low;
            s[2] += e.getValue().high;
        }
        double runStartH = sampleTimes.isEmpty() ? 0 : Math.min(0, sampleTimes.first());
        double runEndH = sampleTimes.isEmpty() ? 0 : sampleTimes.last();
        List<double[]> kept = new ArrayList<>();
        for (Map.Entry<LocalDate, double[]> e : sums.entrySet()) {
            double from = hours(origin, e.getKey());
            double to = hours(origin, e.getKey().plusMonths(3));
            if (from >= runStartH && to <= runEndH) {
                double[] s = e.getValue();
                kept.add(new double[] {from, to, s[0], s[1], s[2]});
            }
        }
        double originMs = start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int n = kept.size();
        double[][] columns = new double[5][n];
        for (int i = 0; i < n; i++) {
            double[] q = kept.get(i);
            columns[0][i] = originMs + q[0] * 3_600_000.0;
            columns[1][i] = originMs + q[1] * 3_600_000.0;
            columns[2][i] = q[2];
            columns[3][i] = q[3];
            columns[4][i] = q[4];
        }
        return new Series(key, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    /** The first day of the calendar quarter holding {@code date}. */
    static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static double hours(LocalDateTime origin, LocalDate date) {
        return ChronoUnit.MINUTES.between(origin, date.atStartOfDay()) / 60.0;
    }
}
