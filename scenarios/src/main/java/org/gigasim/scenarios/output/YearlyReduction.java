package org.gigasim.scenarios.output;

import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;

/**
 * Reduces the samples of one series in each calendar year to one figure, by the metric's
 * reduction: the last sample of the year for a stock, the mean of the samples for a level,
 * their sum for a flow.
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

    /** Passes each year's figure with its year, in year order. */
    void reduce(Series series, Metric.Reduction reduction, Sink sink) {
        int i = 0;
        while (i < series.size()) {
            int year = years.yearOf(series.time(i));
            double end = years.endHours(year);
            double sum = 0;
            double last = Double.NaN;
            int count = 0;
            for (; i < series.size() && series.time(i) <= end; i++) {
                last = series.value(i);
                sum += last;
                count++;
            }
            double figure = switch (reduction) {
                case YEAR_END -> last;
                case MEAN -> sum / count;
                case SUM -> sum;
            };
            sink.accept(year, figure);
        }
    }
}
