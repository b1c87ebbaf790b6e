package org.gigasim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private record Tagged(int id) implements Action {
        @Override
        public void run(Simulation sim) {
        }
    }

    private static int pollId(EventQueue queue) {
        return ((Tagged) queue.poll()).id();
    }

    @Test
    void eventsInsertedBeforeTheCurrentBucketOverflowTheBottomAndStayOrdered() {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < 500; i++) {
            queue.add(1000 + i, new Tagged(i));
        }
        assertEquals(0, pollId(queue));
        // All of these land before every bucket, so the bottom overflows into a new rung.
        Random random = new Random(7);
        List<double[]> early = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double time = random.nextInt(200) / 4.0;
            early.add(new double[] {time, 500 + i});
            queue.add(time, new Tagged(500 + i));
        }
        early.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (double[] expected : early) {
            assertEquals((int) expected[1], pollId(queue));
            assertEquals(expected[0], queue.polledTime());
        }
        for (int i = 1; i < 500; i++) {
            assertEquals(i, pollId(queue));
        }
        assertTrue(queue.isEmpty());
    }

    @Test
    void manyEqualTimesLeaveFirstInFirstOutThroughEveryLevel() {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < 3000; i++) {
            queue.add(5.0, new Tagged(i));
            queue.add(6.0 + i, new Tagged(100_000 + i));
        }
        for (int i = 0; i < 3000; i++) {
            assertEquals(i, pollId(queue));
        }
        assertEquals(100_000, pollId(queue));
    }

    @Test
    void cancellingMostEventsCompactsAndKeepsTheRestInOrder() {
        EventQueue queue = new EventQueue();
        long[] handles = new long[20_000];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = queue.add((i * 7919) % 20_000 / 8.0, new Tagged(i));
        }
        pollId(queue);
        int kept = 0;
        for (int i = 0; i < handles.length; i++) {
            if (i % 13 != 0) {
                queue.cancel(handles[i]);
            } else if (i != 0) {
                kept++;
            }
        }
        assertEquals(kept, queue.size());
        double last = -1;
        for (int i = 0; i < kept; i++) {
            assertEquals(0, pollId(queue) % 13);
            assertTrue(queue.polledTime() >= last);
            last = queue.polledTime();
        }
        assertTrue(queue.isEmpty());
        assertFalse(queue.cancel(handles[13]));
    }
}
