package org.gigasim.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gigasim.engine.Simulation;
import org.junit.jupiter.api.Test;

class HoldModelTest {

    @Test
    void theQueueStaysAtItsSizeAndEachHoldRunsOneAction() {
        HoldModel model = new HoldModel(50, 1L);
        Simulation sim = model.simulation();
        assertEquals(50, sim.pending());
        assertEquals(0, sim.eventsRun());
        model.hold(1000);
        assertEquals(1000, sim.eventsRun());
        assertEquals(50, sim.pending(), "every action reschedules itself");
        // 1 000 holds over 50 pending Exp(1) delays advance the clock by about 1000 / 50 = 20 h.
        assertTrue(sim.now() > 10 && sim.now() < 40, "clock at " + sim.now());
    }

    @Test
    void oneActionIsEnoughAndNoneIsRejected() {
        HoldModel one = new HoldModel(1, 2L);
        one.hold(3);
        assertEquals(1, one.simulation().pending());
        assertEquals(3, one.simulation().eventsRun());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HoldModel(0, 1L));
        assertEquals("pending must be at least 1, was 0", e.getMessage());
    }

    @Test
    void theSameSeedGivesTheSameClock() {
        HoldModel a = new HoldModel(20, 9L);
        HoldModel b = new HoldModel(20, 9L);
        a.hold(500);
        b.hold(500);
        assertEquals(a.simulation().now(), b.simulation().now());
    }
}
