package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep}, {@code sensitivity} and {@code run --precision} on Spark {@code local[2]} write the
 * bytes their {@code gigasim} commands write, with tasks of a few replications each so that
 * every job holds several tasks.
 */
@ExtendWith(LocalSpark.class)
class SparkExperimentsIT {

    private static final String TUTORIAL = "tutorial/one-cloud-one-lab";

    @Test
    void aSweepIsByteIdenticalToGigasimSweep(JavaSparkContext spark, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep");
        String[] args = {"sweep", TUTORIAL, "--vary", "labs.small-lab.demand.stateless_api.growth_per_year=0.3,0.9",
            "--vary", "clouds.acme-cloud.sites.acme-east.pue=1.1,1.3", "--replications", "3", "--no-charts", "--quiet",
            "--out", out.toString()};

        Map<String, String> local = OutputHashes.ofGigasim(out, args);
        Map<String, String> onSpark = inTasksOf(spark, "2", () -> OutputHashes.ofSpark(spark, out, args));

        assertTrue(local.keySet().containsAll(List.of("sweep.csv", "sweep.json")), local.keySet().toString());
        assertEquals(local, onSpark);
    }

    @Test
    void aSensitivityAnalysisIsByteIdenticalToGigasimSensitivity(JavaSparkContext spark, @TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("sensitivity");
        // Morris, 4 trajectories of 2 factors: 12 points, each of 2 replications.
        String[] args = {"sensitivity", TUTORIAL, "--factor", "labs.small-lab.demand.stateless_api.growth_per_year=0.3..0.9",
            "--factor", "clouds.acme-cloud.sites.acme-east.pue=1.1..1.4", "--metric", "unserved_h100e_hours",
            "--method", "morris", "--samples", "4", "--replications", "2", "--no-charts", "--quiet",
            "--out", out.toString()};

        Map<String, String> local = OutputHashes.ofGigasim(out, args);
        Map<String, String> onSpark = inTasksOf(spark, "3", () -> OutputHashes.ofSpark(spark, out, args));

        assertTrue(local.keySet().containsAll(List.of("sensitivity.csv", "sensitivity.json")), local.keySet().toString());
        assertEquals(local, onSpark);
    }

    @Test
    void thePrecisionLoopRunsItsBatchesOnSparkAndWritesGigasimsBytes(JavaSparkContext spark, @TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("precise");
        // A precision no 12 replications reach: batches of 2, then 4, 8 and 12 in all.
        String[] args = {"run", TUTORIAL, "--precision", "revenue_usd=0.000001", "--replications", "2",
            "--max-replications", "12", "--no-charts", "--quiet", "--out", out.toString()};

        Map<String, String> local = OutputHashes.ofGigasim(out, args);
        StringWriter console = new StringWriter();
        Map<String, String> onSpark = inTasksOf(spark, "3", () -> OutputHashes.ofSpark(spark, out, console, args));

        assertTrue(console.toString().contains(": 12 replication(s)"), console.toString());
        assertEquals(local, onSpark);
    }

    /** What {@code body} returns with tasks of {@code replicationsPerTask} replications (or points). */
    private static Map<String, String> inTasksOf(JavaSparkContext spark, String replicationsPerTask,
            HashesOf body) throws Exception {
        spark.setLocalProperty(TaskPlan.REPLICATIONS_PER_TASK, replicationsPerTask);
        try {
            return body.get();
        } finally {
            spark.setLocalProperty(TaskPlan.REPLICATIONS_PER_TASK, null);
        }
    }

    @FunctionalInterface
    private interface HashesOf {
        Map<String, String> get() throws Exception;
    }
}
