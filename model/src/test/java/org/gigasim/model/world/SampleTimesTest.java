package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * When samples are taken: every {@code sample} from the start, at every calendar quarter end,
 * at every fiscal quarter end of every cloud, and at the end; and a sample sees the state that
 * held up to its time, before an event at the same time changes it.
 */
class SampleTimesTest {

    /** One cloud whose fiscal year starts in June (as Oracle's), 2026 sampled every 30 days. */
    private static Series powerOnline(LocalDate milestone) {
        SiteSpec site = new SiteSpec("s", "s", 1.0, Map.of("chip", 100.0),
                List.of(Specs.power(Specs.START, 40), Specs.power(milestone, 25)), List.of(), null);
        CloudSpec oracleLike = new CloudSpec("o", null, 6, Map.of("chip", new PriceSpec(1.5, 3.0)), null, null, null,
                List.of(site));
        ScenarioSpec spec = Specs.scenario(LocalDate.of(2026, 12, 31), Duration.ofDays(30), List.of(oracleLike),
                List.of(), List.of(), List.of());
        ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).run();
        return result.recorder().series().get(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("o"));
    }

    @Test
    void samplesFallOnTheIntervalTheQuarterEndsTheFiscalQuarterEndsAndTheEnd() {
        Series series = powerOnline(LocalDate.of(2026, 1, 31));
        double[] times = new double[series.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = series.time(i);
        }
        // Every 720 h from 0 to 8,640; calendar quarter ends Apr 1 (2,160 h, also a 720-h multiple), Jul 1 (4,344 h), Oct 1
        // (6,552 h); the June fiscal year's quarter ends (the midnight after Feb 28, May 31, Aug 31,
        // Nov 30): 1,416, 3,624, 5,832 and 8,016 h; and the end, Jan 1 2027 (8,760 h).
        double[] expected = DoubleStream.concat(DoubleStream.iterate(0, t -> t <= 8_640, t -> t + 720),
                DoubleStream.of(2_160, 4_344, 6_552, 1_416, 3_624, 5_832, 8_016, 8_760)).sorted().distinct().toArray();
        assertArrayEquals(expected, times, java.util.Arrays.toString(times));
    }

    @Test
    void aSampleAtTheTimeOfAnEventSeesTheStateBeforeIt() {
        // The second milestone arrives on Jan 31, at 720 h, the time of the second sample.
        Series series = powerOnline(LocalDate.of(2026, 1, 31));
        assertEquals(720, series.time(1), 0);
        assertEquals(40, series.value(1), 0, "the sample at 720 h precedes the milestone at 720 h");
        assertEquals(65, series.value(2), 0, "the next sample sees it");
    }
}
