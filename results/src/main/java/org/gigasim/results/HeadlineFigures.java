package org.gigasim.results;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;

/**
 * One replication's headline figures: each series reduced to one value per calendar year,
 * exactly as {@code summary.json} reduces them (year-end stock, mean level, summed flow).
 * Immutable, so worker threads may share one.
 */
public final class HeadlineFigures {

    /** A headline figure's identity: a series (metric and dimensions) and a calendar year. */
    public record Cell(SeriesKey key, int year) implements Comparable<Cell>, java.io.Serializable {

        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::key).thenComparingInt(Cell::year);

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }

    private final YearlyReduction reduction;

    /** Reduces by the calendar years of a run that starts where {@code calendar} does. */
    public HeadlineFigures(SimCalendar calendar) {
        this.reduction = new YearlyReduction(new CalendarYears(calendar));
    }

    /** Every series' figure for every year it has samples in, in series-key then year order. */
    public SortedMap<Cell, Double> of(Recorder recorder) {
        return of(SeriesSnapshot.of(recorder));
    }

    /** Like {@link #of(Recorder)}, from a replication's snapshot series. */
    public SortedMap<Cell, Double> of(List<SeriesSnapshot> series) {
        SortedMap<Cell, Double> figures = new TreeMap<>();
        for (SeriesSnapshot s : series) {
            SeriesKey key = s.key();
            reduction.reduce(s, key.metric().kind(), (year, figure) -> figures.put(new Cell(key, year), figure));
        }
        return figures;
    }

    /**
     * The figure of {@code metric} for {@code year}, summed over all its series (every
     * combination of its dimensions); NaN if no series of the metric has samples in that year.
     */
    public double total(Recorder recorder, Metric metric, int year) {
        return total(SeriesSnapshot.of(recorder), metric, year);
    }

    /** Like {@link #total(Recorder, Metric, int)}, from a replication's snapshot series. */
    public double total(List<SeriesSnapshot> series, Metric metric, int year) {
        double[] sum = {0};
        boolean[] found = {false};
        for (SeriesSnapshot s : series) {
            if (s.key().metric() != metric) {
                continue;
            }
            reduction.reduce(s, metric.kind(), (y, figure) -> {
                if (y == year) {
                    sum[0] += figure;
                    found[0] = true;
                }
            });
        }
        return found[0] ? sum[0] : Double.NaN;
    }
}
