package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** The command line without a cluster: what must be answered before Spark starts. */
class SparkMainTest {

    /** Contexts that fail the test if a command asks for Spark. */
    private static final SparkContexts NO_SPARK = new SparkContexts() {
        @Override
        public JavaSparkContext context() {
            throw new AssertionError("Spark was started");
        }

        @Override
        public void close() {
        }
    };

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome execute(SparkContexts contexts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SparkMain.execute(args, contexts, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void helpAnswersWithoutStartingSpark() {
        Outcome outcome = execute(NO_SPARK, "run", "--help");
        assertEquals(0, outcome.status());
        assertTrue(outcome.out().contains("--replications"), outcome.out());
        assertTrue(outcome.out().contains("--set"), outcome.out());
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        Outcome outcome = execute(NO_SPARK, "run", "baseline-2026", "--replicatons", "5");
        assertEquals(SparkMain.EXIT_INVALID_INPUT, outcome.status());
        assertTrue(outcome.err().startsWith("gigasim-spark: "), outcome.err());
        assertTrue(outcome.err().contains("--replicatons"), outcome.err());
        assertFalse(outcome.err().contains("at org."), outcome.err());
    }

    @Test
    void tooFewReplicationsAreRefusedBeforeSparkStarts() {
        Outcome outcome = execute(NO_SPARK, "run", "baseline-2026", "--replications", "0");
        assertEquals(SparkMain.EXIT_INVALID_INPUT, outcome.status());
        assertTrue(outcome.err().startsWith("gigasim-spark: --replications must be from 1 to"), outcome.err());
    }

    @Test
    void aScenarioProblemNamesItsPlaceBeforeSparkStarts() {
        Outcome outcome = execute(NO_SPARK, "run", "baseline-2026", "--set", "horizon_typo=3");
        assertEquals(SparkMain.EXIT_INVALID_INPUT, outcome.status());
        assertTrue(outcome.err().contains("horizon_typo"), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
    }

    @Test
    void withoutAMasterItSaysHowToRun() {
        try (SparkContexts contexts = SparkContexts.fromSubmit("test")) {
            Outcome outcome = execute(contexts, "run", "tutorial/one-cloud-one-lab", "--replications", "1");
            assertEquals(SparkMain.EXIT_INVALID_INPUT, outcome.status());
            assertEquals("gigasim-spark: no Spark master is set: run through spark-submit (which sets it), or try it"
                    + " on this machine with spark/run-local", outcome.err().strip());
        }
    }
}
