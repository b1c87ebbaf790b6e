package org.gigasim.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Variance;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;

/**
 * Aggregates the series of replications fed one at a time. For the summary it keeps one
 * yearly figure per replication for each series and year (needed for the percentiles); for
 * the time series, optionally, a running mean and variance per sample time and, while they
 * fit in {@link #MAX_POINT_VALUES}, every replication's value there for the percentiles. A
 * series missing from a replication is absent there, not zero: statistics cover the
 * replications that recorded it.
 */
final class Aggregator {

    private static final Quantile QUANTILE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);
    private static final double[] PERCENTILES = {0.05, 0.5, 0.95};
    /**
     * At most this many per-replication values (8 bytes each, 256 MiB in all) are kept for the
     * time series' percentiles: 20 replications of a daily-sampled seven-year catalog scenario
     * need about 5 million. Past it they are dropped, and the percentile columns stay empty; a
     * run whose replications will need more, at the rate of those so far, drops them at once.
     */
    static final long MAX_POINT_VALUES = 1L << 25;

    private final YearlyReduction reduction;
    private final boolean keepPoints;
    /** Per series, its yearly figures and its per-time moments: one lookup per series and replication. */
    private final Map<SeriesKey, PerSeries> bySeries = new TreeMap<>();
    /**
     * The last replication's keys and their entries, in its order: replications mostly record the
     * same series, so a key equal to the one at its position there is found without a search.
     */
    private SeriesKey[] lastKeys = new SeriesKey[0];
    private PerSeries[] lastEntries = new PerSeries[0];
    /** Every replication's yearly figures, a column per series and year. */
    private final FigureColumns yearly = new FigureColumns();
    /** The per-time moments' sample grids, one array per distinct grid. */
    private final SampleGrids grids = new SampleGrids();
    private final Confidence confidence = new Confidence();
    private final long maxPointValues;
    private long pointValues;
    /** Replications added so far with their series (not their headline figures). */
    private int replicationsAdded;
    /** Whether the time series' percentiles were dropped. */
    private boolean pointValuesDropped;

    /** @param keepPoints whether to keep per-time moments for the time-series mean and interval */
    Aggregator(SimCalendar calendar, boolean keepPoints) {
        this(calendar, keepPoints, MAX_POINT_VALUES);
    }

    /** @param maxPointValues how many per-replication values to keep at most for the time-series percentiles */
    Aggregator(SimCalendar calendar, boolean keepPoints, long maxPointValues) {
        this.reduction = new YearlyReduction(new CalendarYears(calendar));
        this.keepPoints = keepPoints;
        this.maxPointValues = maxPointValues;
    }

    void accept(Recorder recorder) {
        accept(SeriesSnapshot.of(recorder));
    }

    /** Adds one replication's series, in key order. */
    void accept(List<SeriesSnapshot> replication) {
        SeriesKey[] keys = new SeriesKey[replication.size()];
        PerSeries[] entries = new PerSeries[keys.length];
        for (int s = 0; s < keys.length; s++) {
            SeriesSnapshot series = replication.get(s);
            SeriesKey key = series.key();
            PerSeries per = s < lastKeys.length && key.equals(lastKeys[s]) ? lastEntries[s]
                    : bySeries.computeIfAbsent(key, k -> new PerSeries());
            keys[s] = key;
            entries[s] = per;
            reduction.reduce(series, key.metric().kind(),
                    (year, figure) -> yearly.add(per.year(year, yearly), figure));
            if (keepPoints) {
                if (per.moments == null) {
                    per.moments = new PointMoments();
                }
                PointMoments moments = per.moments;
                if (pointValuesDropped || pointValues > maxPointValues) {
                    moments.dropValues();
                }
                pointValues += moments.accept(series, grids);
            }
        }
        lastKeys = keys;
        lastEntries = entries;
        replicationsAdded++;
        if (keepPoints && !pointValuesDropped && (pointValues > maxPointValues || willOutgrow())) {
            bySeries.values().forEach(per -> per.moments.dropValues());
            pointValuesDropped = true;
        }
    }

    /**
     * Whether the run's replications will need more than {@link #maxPointValues} at the rate of
     * those added so far. Such a run would drop the values later anyway; dropping them at once
     * spares the heap holding up to the budget next to the yearly figures (a 10,000-replication
     * run needs both).
     */
    private boolean willOutgrow() {
        return (double) pointValues / replicationsAdded * yearly.expected() > maxPointValues;
    }

    /**
     * Adds one replication's headline figures, for an aggregator that keeps no per-time moments:
     * the same yearly figures {@link #accept(List)} would reduce its series to.
     */
    void accept(SortedMap<HeadlineFigures.Cell, Double> figures) {
        if (keepPoints) {
            throw new IllegalStateException("the time series' moments need the series, not their yearly figures");
        }
        for (Map.Entry<HeadlineFigures.Cell, Double> figure : figures.entrySet()) {
            PerSeries per = bySeries.computeIfAbsent(figure.getKey().key(), k -> new PerSeries());
            yearly.add(per.year(figure.getKey().year(), yearly), figure.getValue());
        }
    }

    /**
     * Tells how many replications the run will have: each series' yearly figures then grow to
     * exactly that many values, instead of doubling past it (a 10,000-replication run would
     * otherwise hold room for 16,384 figures per series and year, and copy them all at once).
     */
    void expectReplications(int replications) {
        yearly.expect(replications);
    }

    /** Whether the time series' percentiles were dropped, having outgrown {@link #MAX_POINT_VALUES}. */
    boolean percentilesDropped() {
        // Set at the end of every replication that outgrew the budget, or will.
        return pointValuesDropped;
    }

    /** The 5th, 50th and 95th percentiles of {@code values} (linear interpolation), NaN for none. */
    static double[] percentiles(double[] values) {
        if (values == null || values.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return QUANTILE.evaluate(values, PERCENTILES);
    }

    /** Headline figures in series-key order, then year. */
    List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<SeriesKey, PerSeries> series : bySeries.entrySet()) {
            PerSeries per = series.getValue();
            for (int i = 0; i < per.columns.length; i++) {
                if (per.columns[i] > 0) {
                    figures.add(figure(series.getKey(), per.firstYear + i, yearly.values(per.columns[i] - 1)));
                }
            }
        }
        return figures;
    }

    /** Per-time moments by series, in key order; empty unless built to keep them. */
    Map<SeriesKey, PointMoments> points() {
        Map<SeriesKey, PointMoments> points = new TreeMap<>();
        bySeries.forEach((key, per) -> {
            if (per.moments != null) {
                points.put(key, per.moments);
            }
        });
        return points;
    }

    Confidence confidence() {
        return confidence;
    }

    private Figure figure(SeriesKey key, int year, double[] values) {
        int n = values.length;
        double mean = Mean.of(values).getAsDouble();
        double stdev = n < 2 ? 0 : Math.sqrt(Variance.of(values).getAsDouble());
        double halfWidth = confidence.halfWidth(n, stdev);
        double[] p = QUANTILE.evaluate(values, PERCENTILES);
        return new Figure(key, year, n, mean, stdev, Confidence.low(key.metric(), mean, halfWidth),
                Confidence.high(key.metric(), mean, halfWidth), p[0], p[1], p[2]);
    }

    /**
     * One series' yearly figures, by year from its first (a column of {@link FigureColumns}
     * per year with figures), and its per-time moments once it has them.
     */
    private static final class PerSeries {
        private int firstYear;
        /** Per year from the first, its column number plus one; 0 for a year without figures. */
        private int[] columns = new int[0];
        private PointMoments moments;

        /** The column of {@code year}'s figures in {@code store}, made the first time. */
        int year(int year, FigureColumns store) {
            if (columns.length == 0) {
                firstYear = year;
                columns = new int[1];
            } else if (year < firstYear) {
                int[] wider = new int[columns.length + firstYear - year];
                System.arraycopy(columns, 0, wider, firstYear - year, columns.length);
                columns = wider;
                firstYear = year;
            } else if (year >= firstYear + columns.length) {
                columns = Arrays.copyOf(columns, year - firstYear + 1);
            }
            int column = columns[year - firstYear] - 1;
            if (column < 0) {
                column = store.newColumn();
                columns[year - firstYear] = column + 1;
            }
            return column;
        }
    }
}
