package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on Spark writes the bytes {@code gigasim compare} writes with the same options. */
@ExtendWith(LocalSpark.class)
class SparkCompareIT {

    @Test
    void pairedDifferencesAreByteIdenticalToGigasimCompare(JavaSparkContext spark, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("compare");
        String[] args = {"compare", "tutorial/two-clouds-failover", "tutorial/two-clouds-one-clause",
            "--replications", "12", "--seed", "5", "--quiet", "--out", out.toString()};

        Map<String, String> local = OutputHashes.ofGigasim(out, args);
        spark.setLocalProperty(TaskPlan.REPLICATIONS_PER_TASK, "5");   // tasks of 5, 5 and 2 pairs
        Map<String, String> onSpark;
        try {
            onSpark = OutputHashes.ofSpark(spark, out, args);
        } finally {
            spark.setLocalProperty(TaskPlan.REPLICATIONS_PER_TASK, null);
        }

        assertTrue(local.keySet().containsAll(List.of("manifest.json", "compare.json", "compare.csv", "report.html")),
                local.keySet().toString());
        assertEquals(local, onSpark);
    }
}
