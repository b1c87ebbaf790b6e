package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Spark on {@code local[2]} writes the bytes {@code gigasim} writes with the same options. */
@ExtendWith(LocalSpark.class)
class SparkRunIT {

    @Test
    void twoHundredBaselineReplicationsAreByteIdenticalToGigasimRun(JavaSparkContext spark, @TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("baseline");
        String[] args = {"run", "baseline-2026", "--replications", "200", "--seed", "20260101", "--quiet",
            "--out", out.toString()};

        Map<String, String> local = OutputHashes.ofGigasim(out, args);
        Map<String, String> onSpark = OutputHashes.ofSpark(spark, out, args);

        // Every file gigasim writes, the report and charts included, and nothing else.
        assertTrue(local.keySet().containsAll(java.util.List.of("manifest.json", "summary.json", "timeseries.csv",
                "jobs.csv", "contracts.csv", "scenario.resolved.yaml", "report.html")), local.keySet().toString());
        assertEquals(local, onSpark);
    }

    @Test
    void theNumberOfTasksChangesNoByte(JavaSparkContext spark, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("failover");
        String[] args = {"run", "tutorial/two-clouds-failover", "--replications", "13", "--trace", "--keep-replications",
            "--no-charts", "--quiet", "--out", out.toString()};
        Map<String, String> local = OutputHashes.ofGigasim(out, args);
        // {replications per task, tasks per job}: one per task in jobs of three, four per task one at a time, all in one.
        for (String[] plan : new String[][] {{"1", "3"}, {"4", "1"}, {"13", "2"}}) {
            spark.setLocalProperty(TaskPlan.REPLICATIONS_PER_TASK, plan[0]);
            spark.setLocalProperty(TaskPlan.TASKS_PER_JOB, plan[1]);
            try {
                assertEquals(local, OutputHashes.ofSpark(spark, out, args), String.join("/", plan));
            } finally {
                spark.setLocalProperty(TaskPlan.REPLICATIONS_PER_TASK, null);
                spark.setLocalProperty(TaskPlan.TASKS_PER_JOB, null);
            }
        }
    }
}
