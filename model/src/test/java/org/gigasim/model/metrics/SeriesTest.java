package org.gigasim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Series rows, levels and counters: what each row holds and weighs. */
class SeriesTest {

    @Test
    void aSeriesOfItsOwnGrowsAndKeepsTimesValuesAndWeights() {
        Series series = new Series();
        for (int i = 0; i < 100; i++) {
            series.add(i * 1.5, i * 2.0, i + 0.25);
        }
        assertEquals(100, series.size());
        assertEquals(99 * 1.5, series.time(99));
        assertEquals(64 * 2.0, series.value(64));
        assertEquals(70.25, series.weight(70));
        assertEquals(0.25, series.weight(0));
    }

    @Test
    void aGridSeriesWeighsRowsByTheGridIntervalUnlessItHasWeightsOfItsOwn() {
        double[] grid = {0, 24, 72, 96};
        Series fromStart = new Series(grid, 0, false);
        fromStart.add(0, 5, 99);
        fromStart.add(24, 6, 99);
        fromStart.add(72, 7, 99);
        assertEquals(0, fromStart.weight(0), "the first grid time closes no interval");
        assertEquals(24, fromStart.weight(1));
        assertEquals(48, fromStart.weight(2));
        assertEquals(72, fromStart.time(2));
        assertEquals(7, fromStart.value(2));

        Series later = new Series(grid, 2, false);
        later.add(72, 1, 0);
        later.add(96, 2, 0);
        assertEquals(48, later.weight(0));
        assertEquals(24, later.weight(1));
        assertEquals(96, later.time(1));
        assertThrows(IllegalStateException.class, () -> later.add(120, 3, 0), "past the grid's end");

        Series events = new Series(grid, 1, true);
        events.add(24, 10.5, 3);
        events.add(72, 12.0, 0);
        assertEquals(3, events.weight(0));
        assertEquals(0, events.weight(1));
        IllegalStateException off = assertThrows(IllegalStateException.class, () -> events.add(90, 1, 1));
        assertEquals("a row at 90.0 h is off the series' sample times", off.getMessage());
        assertEquals(2, events.size());
        assertEquals(0, new Series(grid, 4, false).size());
    }

    @Test
    void gridSeriesShareTimesOnlyFromTheSamePositionWithAsManyRows() {
        double[] grid = {0, 24, 72, 96};
        Series a = new Series(grid, 1, false);
        Series b = new Series(grid, 1, false);
        Series events = new Series(grid, 1, true);
        Series later = new Series(grid, 2, false);
        Series otherGrid = new Series(grid.clone(), 1, false);
        for (Series s : new Series[] {a, b, events, otherGrid}) {
            s.add(24, 1, 1);
        }
        later.add(72, 1, 1);
        assertTrue(a.sharesTimesWith(b));
        assertTrue(a.sharesWeightsWith(b));
        assertTrue(a.sharesTimesWith(events), "same rows, but");
        assertFalse(a.sharesWeightsWith(events), "an event mean weighs its rows by its own counts");
        assertFalse(a.sharesTimesWith(later), "another grid position");
        assertFalse(a.sharesTimesWith(otherGrid), "an equal grid is not known equal without reading it");
        b.add(72, 2, 0);
        assertFalse(a.sharesTimesWith(b), "b has a row more");
        assertFalse(new Series().sharesTimesWith(new Series()), "series of their own times");
    }

    @Test
    void aLevelRowsItsTimeWeightedMeanAndItsIntegral() {
        Series mean = new Series();
        Series integral = new Series();
        Level level = new Level(mean, integral, 10);
        level.set(10, 4);
        level.set(16, 4);   // unchanged: no new segment
        level.set(22, 10);
        assertEquals(10, level.value());
        // 4 × 12 h + 10 × 8 h = 128 by 30 h.
        assertEquals(128, level.integralTo(30), 1e-12);
        level.row(10, 34);
        assertEquals(4 * 12 + 10 * 12, integral.value(0), 1e-12);
        assertEquals(168.0 / 24, mean.value(0), 1e-12);
        assertEquals(24, mean.weight(0));
        assertEquals(34, integral.time(0));
        level.set(40, 0);
        level.row(34, 46);
        assertEquals(60, integral.value(1), 1e-12, "only the new interval's integral");
        assertEquals(5, mean.value(1), 1e-12);
        assertEquals(12, integral.weight(1));

        Level meanOnly = new Level(mean, null, 0);
        meanOnly.set(0, 2.5);
        meanOnly.row(0, 4);
        assertEquals(3, mean.size());
        assertEquals(2.5, mean.value(2), 1e-12);
        assertEquals(2, integral.size());
    }

    @Test
    void aCounterRowsWhatAccumulatedSinceItsLastRow() {
        double[] total = {1_000};
        Series series = new Series();
        Counter counter = new Counter(series, () -> total[0]);
        total[0] = 1_250;
        counter.row(0, 24);
        total[0] = 1_600;
        counter.row(24, 72);
        counter.row(72, 96);
        assertEquals(3, series.size());
        assertEquals(250, series.value(0));
        assertEquals(350, series.value(1));
        assertEquals(48, series.weight(1));
        assertEquals(0, series.value(2));
        assertEquals(96, series.time(2));
    }

    @Test
    void aRecorderKeepsOneSeriesPerKeyInKeyOrder() {
        Recorder recorder = new Recorder();
        SeriesKey b = SeriesKey.of(Metric.REVENUE_USD).cloud("b");
        SeriesKey a = SeriesKey.of(Metric.REVENUE_USD).cloud("a");
        recorder.record(b, 24, 7, 24);
        recorder.record(a, 24, 5, 24);
        recorder.record(a, 48, 6, 24);
        assertEquals(java.util.List.of(a, b), java.util.List.copyOf(recorder.series().keySet()));
        assertEquals(2, recorder.series().get(a).size());
        assertEquals(true, recorder.has(b));
        SeriesKey c = SeriesKey.of(Metric.REVENUE_USD).cloud("c");
        assertEquals(false, recorder.has(c));
        Series made = recorder.series(c, () -> new Series(new double[] {0, 24}, 0, false));
        assertEquals(made, recorder.series(c));
        assertEquals(made, recorder.series(c, Series::new));
        recorder.series(c).add(0, 1, 0);
        SeriesKey d = SeriesKey.of(Metric.REVENUE_USD).cloud("d");
        recorder.series(d).add(24, 2, 24);
        assertEquals(24, recorder.series().get(d).time(0), "a series made on first use keeps its rows");
        assertEquals(1, recorder.series().get(c).size());
    }
}
