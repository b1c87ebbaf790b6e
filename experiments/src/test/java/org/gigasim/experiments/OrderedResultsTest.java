package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.results.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderedResultsTest {

    @TempDir
    Path dir;

    @Test
    void passesResultsOnInIndexOrderWhateverOrderTheyArrive() throws IOException {
        List<Long> seen = new ArrayList<>();
        OrderedResults<String> ordered = new OrderedResults<>(10, (i, s) -> seen.add(i));
        ordered.offer(12, "c");
        ordered.offer(11, "b");
        assertEquals(List.of(), seen);
        assertEquals(2, ordered.held());
        ordered.offer(10, "a");
        assertEquals(List.of(10L, 11L, 12L), seen);
        assertEquals(0, ordered.held());
        assertThrows(IllegalArgumentException.class, () -> ordered.offer(11, "again"));
    }

    @Test
    void resultsOfferedOutOfOrderWriteTheSameBytes() throws IOException {
        ScenarioSpec spec = Outputs.tutorial(6);
        List<ReplicationResult> results = new ArrayList<>();
        for (int r = 0; r < spec.replications(); r++) {
            results.add(Outputs.WORLD.run(spec, r));
        }
        write(spec, results, dir.resolve("in-order"));
        for (long shuffleSeed = 1; shuffleSeed <= 3; shuffleSeed++) {
            List<ReplicationResult> shuffled = new ArrayList<>(results);
            Collections.shuffle(shuffled, new Random(shuffleSeed));
            Path out = dir.resolve("shuffled-" + shuffleSeed);
            write(spec, shuffled, out);
            Outputs.assertSameFiles(dir.resolve("in-order"), out);
        }
    }

    private static void write(ScenarioSpec spec, List<ReplicationResult> arrivals, Path out) throws IOException {
        try (RunWriter writer = new RunWriter(out, Outputs.info(spec), new SimCalendar(spec.start()), true)) {
            OrderedResults<ReplicationResult> ordered = new OrderedResults<>(0, (i, r) -> writer.accept(r));
            for (ReplicationResult result : arrivals) {
                ordered.offer(result.replication(), result);
            }
            writer.finish();
        }
    }
}
