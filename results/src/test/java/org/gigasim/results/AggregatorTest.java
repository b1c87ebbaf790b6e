package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    /** t(0.975) with 2 degrees of freedom, from published tables. */
    private static final double T_975_DF2 = 4.302652729749464;

    private static double hoursAt(int year, int month, int day) {
        return Results.CALENDAR.hoursAt(LocalDate.of(year, month, day));
    }

    @Test
    void threeReplicationsGiveMeanStdevAndTInterval() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, true);
        for (int r = 0; r < 3; r++) {
            Recorder recorder = new Recorder();
            recorder.record(Results.CAPACITY, 0, r + 1, 24);
            aggregator.accept(recorder);
        }
        Figure figure = aggregator.figures().get(0);
        double halfWidth = T_975_DF2 * 1.0 / Math.sqrt(3);
        assertEquals(3, figure.n());
        assertEquals(2.0, figure.mean(), 1e-12);
        assertEquals(1.0, figure.stdev(), 1e-12);
        // The t interval would reach 2 - 2.48 < 0, but capacity cannot be negative, nor can its mean.
        assertEquals(0.0, figure.ci95Low());
        assertEquals(2.0 + halfWidth, figure.ci95High(), 1e-9);
        // Linear interpolation between order statistics: position (n - 1) p.
        assertEquals(1.1, figure.p05(), 1e-12);
        assertEquals(2.0, figure.p50(), 1e-12);
        assertEquals(2.9, figure.p95(), 1e-12);

        PointMoments point = aggregator.points().get(Results.CAPACITY);
        assertEquals(2.0, point.mean(0), 1e-12);
        assertEquals(halfWidth, aggregator.confidence().halfWidth(point.count(0), point.stdev(0)), 1e-9);
        assertArrayEquals(new double[] {1.1, 2.0, 2.9}, Aggregator.percentiles(point.values(0)), 1e-12);
    }

    @Test
    void aShareIntervalStaysWithinZeroAndOne() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, false);
        SeriesKey share = SeriesKey.of(Metric.COMPUTE_SHARE).lab("openai").cloud("azure");
        for (double v : new double[] {0.9, 1.0, 1.0}) {
            Recorder recorder = new Recorder();
            recorder.record(share, 0, v, 24);
            aggregator.accept(recorder);
        }
        Figure figure = aggregator.figures().get(0);
        // mean 0.9667, sd 0.0577: the t interval 0.9667 ± 0.1434 would pass 1, which no share can.
        assertEquals(1.0, figure.ci95High());
        assertEquals(0.9667 - T_975_DF2 * 0.057735 / Math.sqrt(3), figure.ci95Low(), 1e-3);
    }

    @Test
    void percentilesAreDroppedOnceTheirValuesOutgrowTheBudget() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, true, 5);   // room for 5 values
        aggregator.expectReplications(2);   // 2 × 2 values: room enough, until a third replication comes
        for (int r = 0; r < 3; r++) {
            Recorder recorder = new Recorder();
            recorder.record(Results.CAPACITY, 0, r + 1, 24);
            recorder.record(Results.CAPACITY, 24, r + 1, 24);
            aggregator.accept(recorder);
            assertEquals(r >= 2, aggregator.percentilesDropped(), "after replication " + r);   // 2, 4, then 6 values
        }
        PointMoments point = aggregator.points().get(Results.CAPACITY);
        assertNull(point.values(0));
        assertEquals(2.0, point.mean(1), 1e-12);   // the moments are kept
    }

    /**
     * A run told it will have 3 replications of 2 values each needs 6, past room for 5: the
     * values go after the first replication, though it alone fits; told 2, they stay.
     */
    @Test
    void percentilesAreDroppedAtOnceWhenTheRunsReplicationsWillOutgrowTheBudget() {
        for (int replications : new int[] {3, 2}) {
            Aggregator aggregator = new Aggregator(Results.CALENDAR, true, 5);
            aggregator.expectReplications(replications);
            for (int r = 0; r < replications; r++) {
                Recorder recorder = new Recorder();
                recorder.record(Results.CAPACITY, 0, r + 1, 24);
                recorder.record(Results.CAPACITY, 24, r + 1, 24);
                aggregator.accept(recorder);
                assertEquals(replications == 3, aggregator.percentilesDropped(), replications + " replications, after " + r);
            }
            PointMoments point = aggregator.points().get(Results.CAPACITY);
            assertEquals(replications == 3, point.values(0) == null);
            assertEquals((replications + 1) / 2.0, point.mean(1), 1e-12);   // the moments are kept either way: 1, 2 (, 3)
        }
    }

    @Test
    void oneReplicationHasZeroStdevAndIntervalAtTheMean() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, false);
        Recorder recorder = new Recorder();
        recorder.record(Results.CAPACITY, 0, 7, 24);
        aggregator.accept(recorder);
        Figure figure = aggregator.figures().get(0);
        assertEquals(0.0, figure.stdev());
        assertEquals(7.0, figure.ci95Low());
        assertEquals(7.0, figure.ci95High());
    }

    @Test
    void yearlyReductionsSplitAtTheYearBoundary() {
        double[] times = {0, hoursAt(2026, 7, 1), hoursAt(2027, 1, 1), hoursAt(2027, 1, 1) + 6, hoursAt(2027, 3, 1)};
        double[] values = {1, 2, 3, 4, 5};
        Recorder recorder = new Recorder();
        for (Metric metric : List.of(Metric.POWER_ONLINE_MW, Metric.UTILIZATION, Metric.REVENUE_USD)) {
            for (int i = 0; i < times.length; i++) {
                // Each row's weight is its interval: the hours since the previous row.
                recorder.record(SeriesKey.of(metric), times[i], values[i], i == 0 ? 0 : times[i] - times[i - 1]);
            }
        }
        Aggregator aggregator = new Aggregator(Results.CALENDAR, false);
        aggregator.accept(recorder);
        Map<String, Double> byMetricYear = new java.util.TreeMap<>();
        for (Figure figure : aggregator.figures()) {
            byMetricYear.put(figure.key().metric().id() + " " + figure.year(), figure.mean());
        }
        // Midnight on 1 January closes 2026 (a quarter's revenue is recorded then); 06:00 opens 2027.
        // 2026: 181 days (4,344 h) to 1 July at mean 2, then 184 days (4,416 h) at mean 3.
        // 2027: 6 h at mean 4, then 1,410 h (59 days less 6 h) at mean 5.
        assertEquals(Set.of("power_online_mw 2026", "power_online_mw 2027", "utilization 2026", "utilization 2027",
                "revenue_usd 2026", "revenue_usd 2027"), byMetricYear.keySet());
        assertEquals(3.0, byMetricYear.get("power_online_mw 2026"), "a stock's year-end value");
        assertEquals(5.0, byMetricYear.get("power_online_mw 2027"), "the last value of a year still running");
        assertEquals((2 * 4344 + 3 * 4416) / 8760.0, byMetricYear.get("utilization 2026"), 1e-12, "time-weighted");
        assertEquals((4 * 6 + 5 * 1410) / 1416.0, byMetricYear.get("utilization 2027"), 1e-12, "time-weighted");
        assertEquals(6.0, byMetricYear.get("revenue_usd 2026"), "a flow's sum");
        assertEquals(9.0, byMetricYear.get("revenue_usd 2027"), "a flow's sum");
    }

    @Test
    void sampleTimesMapToTheYearTheyClose() {
        CalendarYears years = new CalendarYears(Results.CALENDAR);
        assertEquals(2026, years.yearOf(0));
        assertEquals(2026, years.yearOf(hoursAt(2027, 1, 1)));
        assertEquals(2027, years.yearOf(hoursAt(2027, 1, 1) + 1e-3));
        assertEquals(2027, years.yearOf(Results.CALENDAR.hoursAt(LocalDateTime.of(2027, 12, 31, 23, 0))));
    }

    @Test
    void yearsPlacedAmongTheCachedYearEndsAreTheCalendarsOwn() {
        // A start in March: the first cached year end (2026-01-01) lies before time 0.
        SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 3, 15));
        CalendarYears years = new CalendarYears(calendar);
        // Later years first, so the cache grows before the earlier ones are read.
        assertEquals(calendar.hoursAt(LocalDate.of(2041, 1, 1)), years.endHours(2040));
        double[] offsets = {-1, -1e-3, -1e-6, -1e-9, -1e-12, 0, 1e-12, 1e-9, 1e-6, 1e-3, 1, 4000};
        for (int year = 2027; year <= 2042; year++) {
            double end = calendar.hoursAt(LocalDate.of(year, 1, 1));
            for (double offset : offsets) {
                double hours = end + offset;
                assertEquals(byCalendar(calendar, hours), years.yearOf(hours), "hours " + hours);
            }
        }
        // Midnight on 1 January closes the year before; a nanosecond later opens the next.
        double newYear = calendar.hoursAt(LocalDate.of(2030, 1, 1));
        assertEquals(2029, years.yearOf(newYear));
        assertEquals(2029, years.yearOf(newYear + 1e-13));
        assertEquals(2030, years.yearOf(newYear + 1.0 / 3600));
        assertEquals(2026, years.yearOf(0));
        assertEquals(2026, years.yearOf(1e-9));
        // Past the kept year ends the calendar answers; it refuses an infinite time, as before.
        double far = calendar.hoursAt(LocalDate.of(3600, 6, 1));
        assertEquals(3600, years.yearOf(far));
        assertThrows(IllegalArgumentException.class, () -> years.yearOf(Double.POSITIVE_INFINITY));
    }

    /** The year a sample at {@code hours} closes, read from the calendar's date and time. */
    private static int byCalendar(SimCalendar calendar, double hours) {
        LocalDateTime at = calendar.dateTimeAt(hours);
        boolean closesYear = hours > 0 && at.getDayOfYear() == 1 && at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return closesYear ? at.getYear() - 1 : at.getYear();
    }

    @Test
    void seriesMissingFromAReplicationIsAbsentNotZero() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, true);
        for (double value : new double[] {1, Double.NaN, 3}) {
            Recorder recorder = new Recorder();
            if (!Double.isNaN(value)) {
                recorder.record(Results.CAPACITY, 0, value, 24);
            }
            aggregator.accept(recorder);
        }
        Figure figure = aggregator.figures().get(0);
        assertEquals(2, figure.n());
        assertEquals(2.0, figure.mean(), 1e-12);
        assertEquals(2, aggregator.points().get(Results.CAPACITY).count(0));
    }

    @Test
    void yearlyFiguresComeInYearOrderWhateverYearEachReplicationStartsIn() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, true);
        Recorder first = new Recorder();
        first.record(Results.CAPACITY, hoursAt(2027, 6, 1), 5, 24);
        first.record(Results.CAPACITY, hoursAt(2028, 6, 1), 7, 24);
        aggregator.accept(first);
        // The second starts a year earlier and skips 2029: its years go before and after the first's.
        Recorder second = new Recorder();
        second.record(Results.CAPACITY, hoursAt(2026, 6, 1), 1, 24);
        second.record(Results.CAPACITY, hoursAt(2027, 6, 1), 3, 24);
        second.record(Results.CAPACITY, hoursAt(2028, 6, 1), 9, 24);
        second.record(Results.CAPACITY, hoursAt(2030, 6, 1), 11, 24);
        aggregator.accept(second);
        List<Figure> figures = aggregator.figures();
        assertEquals(List.of(2026, 2027, 2028, 2030), figures.stream().map(Figure::year).toList());
        assertEquals(List.of(1L, 2L, 2L, 1L), figures.stream().map(f -> (long) f.n()).toList());
        assertEquals(List.of(1.0, 4.0, 8.0, 11.0), figures.stream().map(Figure::mean).toList());
    }

    @Test
    void seriesStartingLaterIsMatchedBySampleTime() {
        Aggregator aggregator = new Aggregator(Results.CALENDAR, true);
        Recorder first = new Recorder();
        first.record(Results.CAPACITY, 24, 10, 24);
        first.record(Results.CAPACITY, 48, 20, 24);
        aggregator.accept(first);
        Recorder second = new Recorder();
        for (int day = 0; day < 3; day++) {
            second.record(Results.CAPACITY, day * 24.0, 30 + day, 24);
        }
        aggregator.accept(second);
        PointMoments points = aggregator.points().get(Results.CAPACITY);
        assertEquals(3, points.size());
        assertEquals(1, points.count(0));
        assertEquals(30.0, points.mean(0), 1e-12);
        assertEquals((10 + 31) / 2.0, points.mean(1), 1e-12);
        assertEquals((20 + 32) / 2.0, points.mean(2), 1e-12);
    }
}
