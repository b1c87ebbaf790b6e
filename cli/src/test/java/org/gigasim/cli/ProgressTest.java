package org.gigasim.cli;

import static org.gigasim.cli.Cli.gigasim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress output: rates with a leading digit and sensible digits, times left in words, bench's own progress. */
class ProgressTest {

    @Test
    void ratesKeepTheirLeadingZeroAndTwoSignificantDigitsBelowTen() {
        assertEquals("0.50", Rates.perSecond(0.5));
        assertEquals("0.0040", Rates.perSecond(0.004));
        assertEquals("3.5", Rates.perSecond(3.456));
        assertEquals("12.3", Rates.perSecond(12.34));
        assertEquals("1235", Rates.perSecond(1234.5));
        assertEquals("0", Rates.perSecond(0));
        assertEquals("-", Rates.perSecond(Double.NaN));
        assertEquals("0.50", Rates.format().format(0.5), "the progress bar's speed");
    }

    @Test
    void timesLeftReadInSecondsMinutesOrHours() {
        assertEquals("45 s", Rates.duration(44.6));
        assertEquals("3 min 05 s", Rates.duration(185));
        assertEquals("2 h 07 min", Rates.duration(2 * 3600 + 7 * 60 + 20));
        assertEquals("unknown time", Rates.duration(Double.POSITIVE_INFINITY));
    }

    @Test
    void lineProgressPrintsDoneOfTotalTheRateAndTheTimeLeft() {
        StringWriter text = new StringWriter();
        LineProgress progress = new LineProgress(new PrintWriter(text, true), "baseline-2026", 4, "replications", 0);
        progress.step();
        progress.step();
        progress.step();
        progress.step();   // the last step prints nothing: the command's own summary follows
        String[] lines = text.toString().split("\\R");
        assertEquals(3, lines.length, text.toString());
        assertTrue(lines[1].matches("gigasim: baseline-2026: 2 of 4 replications, [0-9][0-9.]* replications/s, about "
                + "[0-9]+ (s|min [0-9]{2} s|h [0-9]{2} min) left"), lines[1]);
    }

    @Test
    void benchScenarioTimesReplicationsAndEndsWithItsResultLine() {
        Cli.Result r = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--replications", "2");
        assertEquals(0, r.status(), r.err());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("scenario name=one-cloud-one-lab threads=1 replications=2 ms_per_replication=[0-9.]+ "
                + "replications_per_second=[0-9.]+ events_per_second=[0-9]+ warm_up=[0-9]+"), last);
        // At least the 40 warm-up replications asked for by default, at most ten times as many.
        long warmUp = Long.parseLong(last.replaceAll(".* warm_up=", ""));
        assertTrue(warmUp >= 40 && warmUp <= 400, last);
        Cli.Result quiet = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--replications", "1", "--quiet");
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("", quiet.err());
    }

    @Test
    void benchScalingTimesOneThreadAgainstSeveralAndRefusesOneThread() {
        Cli.Result r = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--replications", "3",
                "--threads", "2", "--scaling", "2", "--warm-up", "0", "--quiet");
        assertEquals(0, r.status(), r.err());
        String line = r.out().strip();
        assertTrue(line.matches("scaling name=one-cloud-one-lab threads=2 replications=3 rounds=2 "
                + "ms_per_replication_1=[0-9.]+ ms_per_replication_2=[0-9.]+ speedup=[0-9.]+ warm_up=0"), line);
        double one = Double.parseDouble(line.replaceAll(".* ms_per_replication_1=([0-9.]+) .*", "$1"));
        double two = Double.parseDouble(line.replaceAll(".* ms_per_replication_2=([0-9.]+) .*", "$1"));
        double speedup = Double.parseDouble(line.replaceAll(".* speedup=([0-9.]+) .*", "$1"));
        // The speedup is the ratio of the two times, up to their printing to 0.01 ms and its own to 0.001.
        double rounding = speedup * (0.005 / one + 0.005 / two) + 0.0005;
        assertEquals(one / two, speedup, rounding, line);

        Cli.Result oneThread = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--scaling", "2");
        assertEquals(2, oneThread.status());
        assertTrue(oneThread.err().contains("--scaling compares one thread with more: give --threads 2 or more"),
                oneThread.err());
        Cli.Result negative = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--threads", "2",
                "--scaling", "-1");
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--scaling must be from 0 to 1000, was -1"), negative.err());
    }

    @Test
    void benchScenarioWarmsUpAsToldAndRefusesANegativeWarmUp() {
        Cli.Result none = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--replications", "1",
                "--warm-up", "0", "--threads", "2", "--quiet");
        assertEquals(0, none.status(), none.err());
        assertTrue(none.out().strip().matches("scenario name=one-cloud-one-lab threads=2 replications=1 .* warm_up=0"),
                none.out());
        Cli.Result negative = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--warm-up", "-1");
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--warm-up must be from 0 to 100000, was -1"), negative.err());
        // Counts past what a run may have are refused at once, not run for days.
        Cli.Result huge = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--warm-up", "2000000000");
        assertEquals(2, huge.status());
        assertTrue(huge.err().contains("--warm-up must be from 0 to 100000, was 2000000000"), huge.err());
        Cli.Result many = gigasim("bench", "--scenario", "tutorial/one-cloud-one-lab", "--replications", "100001");
        assertEquals(2, many.status());
        assertTrue(many.err().contains("--replications must be from 1 to 100000, was 100001"), many.err());
        Cli.Result holds = gigasim("bench", "--holds", "10000000001");
        assertEquals(2, holds.status());
        assertTrue(holds.err().contains("--holds must be between 1 and 10000000000, was 10000000001"), holds.err());
    }

    @Test
    void runSaysWhatItDoesAfterTheReplicationsUnlessQuiet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Cli.Result r = gigasim("run", "tutorial/one-cloud-one-lab", "--replications", "1", "--out",
                dir.resolve("loud").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("one-cloud-one-lab: aggregating 1 replications and writing the outputs..."), r.err());
        assertTrue(r.err().contains("one-cloud-one-lab: drawing the charts and the report..."), r.err());
        assertTrue(r.err().indexOf("aggregating") < r.err().indexOf("drawing"), r.err());
        Cli.Result quiet = gigasim("run", "tutorial/one-cloud-one-lab", "--replications", "1", "--quiet", "--out",
                dir.resolve("quiet").toString());
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("", quiet.err());
    }
}
