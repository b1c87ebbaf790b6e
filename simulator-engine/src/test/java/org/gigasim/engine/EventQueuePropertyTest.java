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

    @Property(tries = 300)
    void matchesASortedSetModel(@ForAll @Size(max = 400) List<@net.jqwik.api.From("ops") Op> ops) {
        EventQueue queue = new EventQueue(4);
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
                    Entry entry = new Entry(op.arg(), seq++, id);
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
