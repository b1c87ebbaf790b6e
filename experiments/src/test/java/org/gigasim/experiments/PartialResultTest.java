package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.world.World;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.PartialResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API a driver uses: ranges run anywhere, merged in order, written once. Whatever the
 * chunking, and after a trip through Java serialization, the outputs are the same bytes as
 * the replications run one after the other on one thread.
 */
class PartialResultTest {

    private static final int REPLICATIONS = 5;

    @TempDir
    Path dir;

    @Test
    void anyChunkingWritesTheSameBytesAsOneThread() throws IOException, ClassNotFoundException {
        RunPlan plan = RunPlan.load(Outputs.TUTORIAL, List.of(), null, REPLICATIONS, true, true, "test");
        try (ReplicationExecutor executor = new SameThreadReplicationExecutor()) {
            new RunExperiment(plan).run(folder("reference"), executor, Progress.NONE, null, 0, World::run, w -> { },
                    d -> { });
        }
        RunPlan shipped = roundTrip(plan);   // as a driver sends it to its workers
        PartialResult all = roundTrip(shipped.runRange(0, 2)).merge(roundTrip(shipped.runRange(2, 3)))
                .merge(roundTrip(shipped.runRange(3, 5)));
        assertTrue(all.complete());
        plan.write(all, folder("chunked"), d -> { });
        Outputs.assertSameFiles(dir.resolve("reference"), dir.resolve("chunked"));
    }

    @Test
    void onlyConsecutiveRangesOfOneRunMerge() {
        RunPlan plan = RunPlan.load(Outputs.TUTORIAL, List.of(), null, 4, false, false, "test");
        PartialResult first = plan.runRange(0, 1);
        PartialResult third = plan.runRange(2, 3);
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> first.merge(third));
        assertTrue(gap.getMessage().contains("no gap or overlap"), gap.getMessage());
        RunPlan otherSeed = RunPlan.load(Outputs.TUTORIAL, List.of(), 8L, 4, false, false, "test");
        IllegalArgumentException seed = assertThrows(IllegalArgumentException.class,
                () -> first.merge(otherSeed.runRange(1, 2)));
        assertTrue(seed.getMessage().contains("seed 7 vs 8"), seed.getMessage());
        assertEquals(2, first.merge(plan.runRange(1, 2)).to());
    }

    private OutputDirectory folder(String name) throws IOException {
        return OutputDirectory.create(dir.resolve(name), Manifest.library(List.of()));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
