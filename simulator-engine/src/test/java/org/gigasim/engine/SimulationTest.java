package org.gigasim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    private Action record(String name) {
        return s -> log.add(name + "@" + s.now());
    }

    @Test
    void actionsRunInTimeOrderAndAdvanceTheClock() {
        sim.scheduleAt(3.0, record("c"));
        sim.scheduleAt(1.0, record("a"));
        sim.scheduleAt(2.0, record("b"));
        sim.run();
        assertEquals(List.of("a@1.0", "b@2.0", "c@3.0"), log);
        assertEquals(3.0, sim.now());
        assertEquals(3, sim.eventsRun());
    }

    @Test
    void equalTimesRunFirstInFirstOut() {
        for (int i = 0; i < 50; i++) {
            sim.scheduleAt(7.0, record("e" + i));
        }
        sim.run();
        for (int i = 0; i < 50; i++) {
            assertEquals("e" + i + "@7.0", log.get(i));
        }
    }

    @Test
    void actionScheduledAtNowRunsAfterThoseAlreadyDueNow() {
        sim.scheduleAt(1.0, s -> {
            log.add("first");
            s.schedule(0.0, record("spawned"));
        });
        sim.scheduleAt(1.0, record("second"));
        sim.run();
        assertEquals(List.of("first", "second@1.0", "spawned@1.0"), log);
    }

    @Test
    void cancelledEventNeverFires() {
        long handle = sim.scheduleAt(2.0, record("cancelled"));
        sim.scheduleAt(1.0, record("kept"));
        assertTrue(sim.cancel(handle));
        assertEquals(1, sim.pending());
        sim.run();
        assertEquals(List.of("kept@1.0"), log);
    }

    @Test
    void cancellingTheHeadLetsTheNextRun() {
        long head = sim.scheduleAt(1.0, record("head"));
        sim.scheduleAt(2.0, record("next"));
        assertTrue(sim.cancel(head));
        assertTrue(sim.step());
        assertEquals(List.of("next@2.0"), log);
    }

    @Test
    void cancellingAFiredOrCancelledEventReturnsFalse() {
        long fired = sim.scheduleAt(1.0, record("fired"));
        sim.run();
        assertFalse(sim.cancel(fired));
        long twice = sim.scheduleAt(2.0, record("twice"));
        assertTrue(sim.cancel(twice));
        assertFalse(sim.cancel(twice));
        assertFalse(sim.cancel(0L));
        assertFalse(sim.cancel(-1L));
    }

    @Test
    void staleHandleDoesNotCancelTheEventReusingItsSlot() {
        long old = sim.scheduleAt(1.0, record("old"));
        sim.run();
        sim.scheduleAt(2.0, record("new"));
        assertFalse(sim.cancel(old));
        sim.run();
        assertEquals(List.of("old@1.0", "new@2.0"), log);
    }

    @Test
    void manyCancellationsCompactWithoutLosingLiveEvents() {
        List<Long> handles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            handles.add(sim.scheduleAt(i, record("e" + i)));
        }
        for (int i = 0; i < 1000; i++) {
            if (i % 10 != 0) {
                assertTrue(sim.cancel(handles.get(i)));
            }
        }
        assertEquals(100, sim.pending());
        sim.run();
        assertEquals(100, log.size());
        assertEquals("e990@990.0", log.get(99));
    }

    @Test
    void runUntilStopsAtTheGivenTimeAndMovesTheClockThere() {
        sim.scheduleAt(1.0, record("a"));
        sim.scheduleAt(5.0, record("b"));
        sim.scheduleAt(5.0000001, record("c"));
        sim.runUntil(5.0);
        assertEquals(List.of("a@1.0", "b@5.0"), log);
        assertEquals(5.0, sim.now());
        sim.runUntil(10.0);
        assertEquals(10.0, sim.now());
        assertEquals(3, log.size());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentAction() {
        sim.scheduleAt(1.0, s -> {
            log.add("stopper");
            s.stop();
        });
        sim.scheduleAt(2.0, record("later"));
        sim.run();
        assertEquals(List.of("stopper"), log);
        assertEquals(1.0, sim.now());
        assertEquals(1, sim.pending());
        sim.run();
        assertEquals(List.of("stopper", "later@2.0"), log);
    }

    @Test
    void listenersAreCalledAroundEachActionInTheOrderAdded() {
        sim.addListener(new EventListener() {
            @Override
            public void beforeEvent(double time, Action action) {
                log.add("before1@" + time);
            }

            @Override
            public void afterEvent(double time, Action action) {
                log.add("after1@" + time);
            }
        });
        sim.addListener(new EventListener() {
            @Override
            public void beforeEvent(double time, Action action) {
                log.add("before2@" + time);
            }
        });
        sim.scheduleAt(4.0, record("action"));
        sim.run();
        assertEquals(List.of("before1@4.0", "before2@4.0", "action@4.0", "after1@4.0"), log);
    }

    @Test
    void badTimesAreRejectedWithAClearMessage() {
        sim.scheduleAt(5.0, record("x"));
        sim.run();
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleAt(4.0, record("past")));
        assertTrue(past.getMessage().contains("before now"), past.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(Double.NaN, record("nan")));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1.0, record("neg")));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NaN, record("nan")));
        assertThrows(IllegalArgumentException.class,
                () -> sim.schedule(Double.POSITIVE_INFINITY, record("inf")));
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(1.0));
        assertEquals(0, sim.pending());
    }

    @Test
    void eachBadTimeIsNamedInItsMessage() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleAt(Double.NaN, record("nan")));
        assertEquals("cannot use time NaN: a time must be a number of hours", nan.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> sim.scheduleAt(Double.POSITIVE_INFINITY, record("inf")));
        assertEquals("cannot schedule at an infinite time", infinite.getMessage());
        sim.runUntil(3.0);
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> sim.runUntil(2.5));
        assertEquals("cannot use time 2.5 h: it is before now (3.0 h)", past.getMessage());
        IllegalArgumentException delay = assertThrows(IllegalArgumentException.class,
                () -> sim.schedule(-1.0, record("neg")));
        assertTrue(delay.getMessage().startsWith("cannot schedule after a delay of -1.0 h"), delay.getMessage());
    }

    @Test
    void runningUntilNowIsAllowedAndRunsWhatIsDueNow() {
        sim.runUntil(0.0);
        sim.scheduleAt(2.0, record("a"));
        sim.runUntil(2.0);
        assertEquals(List.of("a@2.0"), log);
        sim.scheduleAt(2.0, record("b"));
        sim.runUntil(2.0);
        assertEquals(List.of("a@2.0", "b@2.0"), log);
        assertEquals(2.0, sim.now());
    }

    @Test
    void runningTheLoopFromInsideAnActionIsRefused() {
        sim.scheduleAt(1.0, Simulation::run);
        assertThrows(IllegalStateException.class, sim::run);
    }

    @Test
    void negativeZeroSortsWithZero() {
        sim.scheduleAt(0.0, record("a"));
        sim.scheduleAt(-0.0, record("b"));
        sim.run();
        assertEquals(List.of("a@0.0", "b@0.0"), log);
    }
}
