package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executors: same outputs from every one, results in index order, failures reported. */
class ExecutorTest {

    @TempDir
    Path dir;

    @Test
    void everyOutputFileIsTheSameOnTheCallingThreadAndOnOneOrThreeThreads() throws IOException {
        ScenarioSpec spec = Outputs.tutorial(7);
        run(spec, new SameThreadReplicationExecutor(), dir.resolve("same"));
        run(spec, new ThreadPoolReplicationExecutor(1), dir.resolve("one"));
        run(spec, new ThreadPoolReplicationExecutor(3), dir.resolve("three"));
        Outputs.assertSameFiles(dir.resolve("same"), dir.resolve("one"));
        Outputs.assertSameFiles(dir.resolve("same"), dir.resolve("three"));
    }

    @Test
    void theSameThreadExecutorRunsInOrderOnTheCaller() throws IOException {
        List<Long> delivered = new ArrayList<>();
        Thread caller = Thread.currentThread();
        try (ReplicationExecutor executor = new SameThreadReplicationExecutor()) {
            executor.run(3, 8, i -> {
                assertEquals(caller, Thread.currentThread());
                return i * 10;
            }, (i, value) -> {
                assertEquals(i * 10, (long) value);
                delivered.add(i);
            }, Progress.NONE);
        }
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L), delivered);
    }

    @Test
    void deliversInOrderWithBoundedResultsInFlight() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        List<Long> delivered = new ArrayList<>();
        try (ThreadPoolReplicationExecutor runner = new ThreadPoolReplicationExecutor(3)) {
            runner.run(5, 60, i -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                // Early tasks are the slowest, so later ones finish first and must wait.
                sleep((60 - i) % 7);
                return i;
            }, (i, value) -> {
                assertEquals(i, (long) value);
                delivered.add(i);
                inFlight.decrementAndGet();
            }, Progress.NONE);
            assertTrue(mostInFlight.get() <= runner.window(), "in flight: " + mostInFlight.get());
        }
        List<Long> expected = new ArrayList<>();
        for (long i = 5; i < 60; i++) {
            expected.add(i);
        }
        assertEquals(expected, delivered);
    }

    @Test
    void aTaskFailureReachesTheCaller() {
        try (ReplicationExecutor runner = new ThreadPoolReplicationExecutor(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner.run(0, 20, i -> {
                if (i == 7) {
                    throw new IllegalStateException("replication 7 failed");
                }
                return i;
            }, (i, v) -> { }, Progress.NONE));
            assertEquals("replication 7 failed", e.getMessage());
        }
    }

    private static void run(ScenarioSpec spec, ReplicationExecutor executor, Path out) throws IOException {
        try (RunWriter writer = new RunWriter(out, Outputs.info(spec), new SimCalendar(spec.start()), true);
                ReplicationExecutor runner = executor) {
            runner.run(0, spec.replications(), r -> Outputs.WORLD.run(spec, (int) r), (r, result) -> writer.accept(result),
                    Progress.NONE);
            writer.finish();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
