package org.gigasim.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gigasim.engine.Action;
import org.gigasim.engine.EventListener;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.experiments.Progress;

/**
 * Reports how far the replications still running have got in simulated time, once a second,
 * so that a long replication shows progress before it completes. Each replication carries a
 * {@link Clock} (an engine listener that publishes the time at most once a simulated day).
 */
final class SimulatedTime implements AutoCloseable {

    private final Set<Clock> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gigasim-simulated-time");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedTime(Progress progress, LocalDate start, LocalDate end) {
        SimCalendar calendar = new SimCalendar(start);
        double endHours = calendar.hoursAt(end.plusDays(1));
        poller.scheduleAtFixedRate(() -> {
            OptionalDouble slowest = running.stream().mapToDouble(c -> c.hours).min();
            if (slowest.isPresent()) {
                progress.simulated(String.format(Locale.ROOT, "simulated to %s (%.0f%%)",
                        calendar.dateTimeAt(slowest.getAsDouble()).toLocalDate(), 100 * slowest.getAsDouble() / endHours));
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** A clock for a replication about to run; {@link #finish} it when the replication ends. */
    Clock start() {
        Clock clock = new Clock();
        running.add(clock);
        return clock;
    }

    void finish(Clock clock) {
        running.remove(clock);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** The simulated time of one replication, published for the poller. */
    static final class Clock implements EventListener {
        private volatile double hours;
        private double next;

        @Override
        public void beforeEvent(double timeHours, Action action) {
            if (timeHours >= next) {   // a volatile write a simulated day, not one an event
                hours = timeHours;
                next = timeHours + 24;
            }
        }
    }
}
