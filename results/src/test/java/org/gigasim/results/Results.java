package org.gigasim.results;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.world.ReplicationResult;

/** Small hand-built replication results for the output tests. */
final class Results {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final SimCalendar CALENDAR = new SimCalendar(START);
    static final SeriesKey SERVED = SeriesKey.of(Metric.SERVED_H100E).lab("anthropic").cloud("aws")
            .trafficClass("api");
    static final SeriesKey CAPACITY = SeriesKey.of(Metric.CAPACITY_H100E).cloud("aws");

    private Results() {
    }

    static RunInfo info(int replications, boolean keep) {
        return new RunInfo("base", "What if?", "ab12", 42L, replications, "0.1.0-test", START, keep);
    }

    /** Both series sampled daily for three days, at {@code level + day}. */
    static ReplicationResult daily(int replication, double level) {
        Recorder recorder = new Recorder();
        for (int day = 0; day < 3; day++) {
            recorder.record(SERVED, day * 24.0, level + day, 24);
            recorder.record(CAPACITY, day * 24.0, 100 * level, 24);
        }
        return of(replication, recorder);
    }

    static ReplicationResult of(int replication, Recorder recorder) {
        return new ReplicationResult(replication, recorder, List.of(), List.of(), List.of(), 0);
    }
}
