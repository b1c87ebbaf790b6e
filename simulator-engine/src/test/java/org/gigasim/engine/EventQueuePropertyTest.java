package org.gigasim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The event queue against a plain sorted-set model, on random schedule/cancel/pop runs. */
class EventQueuePropertyTest {

    /** One step: 0 = schedule at time {@code arg}, 1 = cancel the {@code arg}-th handle, 2 = pop. */
    record Op(int kind, int arg) {
    }

    @Provide
    Arbitrary<Op> ops() {
        return Arbitraries.integers().between(0, 2).flatMap(kind ->
                Arbitraries.integers().between(0, kind == 0 ? 20 : 500).map(arg -> new Op(kind, arg)));
    }

    /** Mostly schedules, over a wide time range, so the queue grows into several rungs. */
    @Provide
    Arbitrary<Op> growingOps() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 100_000).map(t -> new Op(0, t))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 5000).map(i -> new Op(1, i))),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new Op(2, 0))));
    }

    @Property(tries = 300)
    void matchesASortedSetModel(@ForAll @Size(max = 400) List<@net.jqwik.api.From("ops") Op> ops) {
        check(new EventQueue(4), ops, 1.0);
    }

    @Property(tries = 100)
    void matchesTheModelWhileRenumberingSequences(
            @ForAll @Size(max = 400) List<@net.jqwik.api.From("ops") Op> ops) {
        check(new EventQueue(4, 40), ops, 1.0);
    }

    @Property(tries = 40)
    void matchesTheModelAcrossRungsAndSplits(
            @ForAll @Size(min = 500, max = 4000) List<@net.jqwik.api.From("growingOps") Op> ops) {
        // Quarter-hour steps keep ties common while spreading times over thousands of hours.
        check(new EventQueue(4), ops, 0.25);
    }

    private void check(EventQueue queue, List<Op> ops, double hoursPerUnit) {
        record Entry(double time, long seq, int id) {
        }
        TreeSet<Entry> model = new TreeSet<>(
                Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::seq));
        List<Long> handles = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        long seq = 0;
        for (Op op : ops) {
            switch (op.kind()) {
                case 0 -> {
                    int id = handles.size();
                    // Small integer times make ties common, so FIFO order is exercised.
                    Entry entry = new Entry(op.arg() * hoursPerUnit, seq++, id);
                    handles.add(queue.add(entry.time(), new Tagged(id)));
                    entries.add(entry);
                    model.add(entry);
                }
                case 1 -> {
                    if (!handles.isEmpty()) {
                        int index = op.arg() % handles.size();
                        boolean expected = model.remove(entries.get(index));
                        assertEquals(expected, queue.cancel(handles.get(index)));
                    }
                }
                default -> {
                    Entry expected = model.pollFirst();
                    Action polled = queue.poll();
                    if (expected == null) {
                        assertEquals(null, polled);
                    } else {
                        assertEquals(expected.id(), ((Tagged) polled).id());
                        assertEquals(expected.time(), queue.polledTime());
                    }
                }
            }
            assertEquals(model.size(), queue.size());
            assertEquals(model.isEmpty() ? Double.POSITIVE_INFINITY : model.first().time(),
                    queue.peekTime());
        }
        while (!model.isEmpty()) {
            assertEquals(model.pollFirst().id(), ((Tagged) queue.poll()).id());
        }
        assertEquals(null, queue.poll());
    }

    private record Tagged(int id) implements Action {
        @Override
        public void run(Simulation sim) {
        }
    }
}
