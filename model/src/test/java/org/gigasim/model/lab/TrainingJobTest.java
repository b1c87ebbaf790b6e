package org.gigasim.model.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A training job's work, waits and restarts through an interruption. */
class TrainingJobTest {

    @Test
    void anInterruptionLosesTheWorkSinceTheLastCheckpoint() {
        TrainingJob job = new TrainingJob(4, "lab", 1_500, 100, 10);
        assertEquals(4, job.id());
        assertEquals("lab", job.lab());
        assertEquals(1_500, job.sizeH100e());
        assertEquals(10, job.submittedHours());
        assertTrue(Double.isNaN(job.firstStartHours()));
        assertTrue(Double.isNaN(job.finishedHours()));

        assertEquals(25 + 100, job.start("a", 25));
        assertEquals("a", job.cloud());
        assertEquals(15, job.waitHours());
        // 47 h worked, checkpoints every 6 h: 42 h kept, 58 h left.
        job.interrupt(72, 6);
        assertNull(job.cloud());
        assertEquals(1, job.restarts());
        assertEquals(80 + 58, job.start("b", 80));
        assertEquals(25, job.firstStartHours(), "the first start is kept");
        assertEquals(15 + 8, job.waitHours());
        // No checkpointing: everything worked is kept. 20 h worked, 38 h left.
        job.interrupt(100, 0);
        assertEquals(2, job.restarts());
        assertEquals(100 + 38, job.start("a", 100));
        job.finish(138);
        assertEquals(138, job.finishedHours());
        job.setFinishHandle(99L);
        assertEquals(99L, job.finishHandle());
    }
}
