package org.gigasim.results;

import org.gigasim.model.metrics.Metric;

/**
 * Reduces the rows of one series in each calendar year to one figure, by the metric's
 * kind: the value at year end for a stock, the time-weighted mean for a level (each row is
 * the mean over its interval, weighted by the interval's hours), the sum for a flow, and
 * the event-weighted mean for an event mean. Year ends are always sample times, so no
 * row straddles two years and every figure is exact, whatever the sample interval.
 */
final class YearlyReduction {

    private final CalendarYears years;

    YearlyReduction(CalendarYears years) {
        this.years = years;
    }

    /** Receives one year's figure. */
    interface Sink {
        void accept(int year, double figure);
    }

    /** Passes each year's figure with its year, in year order; a year without events has no event mean. */
    void reduce(SeriesSnapshot series, Metric.Kind kind, Sink sink) {
        int i = 0;
        while (i < series.size()) {
            int year = years.yearOf(series.time(i));
            double end = years.endHours(year);
            double sum = 0;
            double weighted = 0;
            double weights = 0;
            double last = Double.NaN;
            for (; i < series.size() && series.time(i) <= end; i++) {
                last = series.value(i);
                sum += last;
                weighted += last * series.weight(i);
                weights += series.weight(i);
            }
            switch (kind) {
                case STOCK -> sink.accept(year, last);
                case FLOW -> sink.accept(year, sum);
                case LEVEL, EVENT_MEAN -> {
                    if (weights > 0) {
                        sink.accept(year, weighted / weights);
                    }
                }
            }
        }
    }
}
