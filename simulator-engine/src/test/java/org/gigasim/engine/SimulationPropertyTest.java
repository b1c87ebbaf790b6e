package org.gigasim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A {@link Simulation} whose actions schedule and cancel others while they run, against a
 * plain sorted-set reference run of the same script.
 */
class SimulationPropertyTest {

    private static final int MAX_EVENTS = 3000;

    /** What the n-th action to run does: schedule after these quarter hours, cancel these. */
    record Behaviour(List<Integer> delayQuarters, List<Integer> cancels) {
    }

    /** The engine seen by the script: the simulation under test or the reference. */
    interface Kernel {
        void attach(Driver driver);

        double now();

        long schedule(double delayHours, int id);

        boolean cancel(long handle);

        boolean step();

        int pending();
    }

    @Provide
    Arbitrary<Behaviour> behaviours() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 12).list().ofMaxSize(3),
                Arbitraries.integers().between(0, 10_000).list().ofMaxSize(2)).as(Behaviour::new);
    }

    @Property(tries = 200)
    void matchesAReferenceWhenActionsScheduleAndCancelDuringTheirRun(
            @ForAll @Size(min = 1, max = 40) List<@From("behaviours") Behaviour> script,
            @ForAll @IntRange(min = 1, max = 400) int initial) {
        assertEquals(run(new Reference(), script, initial), run(new Real(), script, initial));
    }

    private static List<String> run(Kernel kernel, List<Behaviour> script, int initial) {
        Driver driver = new Driver(kernel, script);
        kernel.attach(driver);
        for (int i = 0; i < initial; i++) {
            driver.handles.add(kernel.schedule((i % 9) * 0.5, i));
        }
        while (driver.log.size() < MAX_EVENTS && kernel.step()) {
            // each step logs through the driver
        }
        driver.log.add("pending " + kernel.pending() + " at " + kernel.now());
        return driver.log;
    }

    /** Runs the script's behaviour for each action as it fires, logging what happens. */
    static final class Driver {
        final Kernel kernel;
        final List<Behaviour> script;
        final List<Long> handles = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        int fired;

        Driver(Kernel kernel, List<Behaviour> script) {
            this.kernel = kernel;
            this.script = script;
        }

        void fire(int id) {
            log.add(id + "@" + kernel.now());
            Behaviour behaviour = script.get(fired++ % script.size());
            for (int quarters : behaviour.delayQuarters()) {
                if (handles.size() < 2 * MAX_EVENTS) {
                    handles.add(kernel.schedule(quarters * 0.25, handles.size()));
                }
            }
            for (int pick : behaviour.cancels()) {
                int target = pick % handles.size();
                log.add("cancel " + target + " " + kernel.cancel(handles.get(target)));
            }
        }
    }

    private static final class Real implements Kernel {
        final Simulation sim = new Simulation(4);
        Driver driver;

        @Override
        public void attach(Driver driver) {
            this.driver = driver;
        }

        @Override
        public double now() {
            return sim.now();
        }

        @Override
        public long schedule(double delayHours, int id) {
            return sim.schedule(delayHours, s -> driver.fire(id));
        }

        @Override
        public boolean cancel(long handle) {
            return sim.cancel(handle);
        }

        @Override
        public boolean step() {
            return sim.step();
        }

        @Override
        public int pending() {
            return sim.pending();
        }
    }

    /** The obvious implementation: a sorted set of (time, sequence, id). */
    private static final class Reference implements Kernel {
        record Entry(double time, long seq, int id) {
        }

        final TreeSet<Entry> pending = new TreeSet<>(
                Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::seq));
        final List<Entry> byHandle = new ArrayList<>();
        Driver driver;
        double now;

        @Override
        public void attach(Driver driver) {
            this.driver = driver;
        }

        @Override
        public double now() {
            return now;
        }

        @Override
        public long schedule(double delayHours, int id) {
            Entry entry = new Entry(now + delayHours, byHandle.size(), id);
            byHandle.add(entry);
            pending.add(entry);
            return entry.seq();
        }

        @Override
        public boolean cancel(long handle) {
            return pending.remove(byHandle.get((int) handle));
        }

        @Override
        public boolean step() {
            Entry next = pending.pollFirst();
            if (next == null) {
                return false;
            }
            now = next.time();
            driver.fire(next.id());
            return true;
        }

        @Override
        public int pending() {
            return pending.size();
        }
    }
}
