package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gigasim.experiments.Progress;
import org.junit.jupiter.api.Test;

class SimulatedTimeTest {

    @Test
    void reportsTheSlowestRunningReplicationsDateAndShareOfTheHorizon() throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void total(long total) {
            }

            @Override
            public void simulated(String where) {
                seen.add(where);
            }
        };
        // 2026 and 2027: 730 days; the slower clock is a quarter through, on day 182.5 → 2026-07-02 12:00.
        try (SimulatedTime time = new SimulatedTime(progress, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))) {
            SimulatedTime.Clock slow = time.start();
            SimulatedTime.Clock fast = time.start();
            slow.beforeEvent(182.5 * 24, null);
            fast.beforeEvent(600 * 24, null);
            for (int i = 0; i < 50 && seen.isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertEquals("simulated to 2026-07-02 (25%)", seen.get(0));
            time.finish(slow);
            time.finish(fast);
            int count = seen.size();
            Thread.sleep(1500);
            assertTrue(seen.size() <= count + 1, "nothing is reported once no replication runs: " + seen);
        }
    }
}
