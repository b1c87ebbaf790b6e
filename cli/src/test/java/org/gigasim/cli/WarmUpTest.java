package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bench's warm-up on a scripted clock: each stretch of replications takes one second of wall
 * time and as many milliseconds of compiler time as the script says.
 */
class WarmUpTest {

    /** A fake JVM: the compiler's milliseconds for each stretch in turn (the last repeats), one second each. */
    private static final class Script {
        final long[] compilerMillisPerStretch;
        final List<String> stretches = new ArrayList<>();
        final List<Long> planned = new ArrayList<>();
        long nanos;
        long compilerMillis;

        Script(long... compilerMillisPerStretch) {
            this.compilerMillisPerStretch = compilerMillisPerStretch;
        }

        long warmUp(long asked, int threads, boolean compilerTimed) throws Exception {
            WarmUp warmUp = new WarmUp(asked, threads, compilerTimed ? () -> compilerMillis : null, () -> nanos);
            return warmUp.run((from, to) -> {
                int i = Math.min(stretches.size(), compilerMillisPerStretch.length - 1);
                stretches.add(from + ".." + to);
                nanos += 1_000_000_000L;
                compilerMillis += compilerMillisPerStretch[i];
            }, planned::add);
        }
    }

    @Test
    void roundsOfTenPerThreadFollowUntilTheCompilerWorkedUnderFivePercentOfARound() throws Exception {
        // 1000 ms of compiler time per second: busy; 120 ms: 12%, still busy; 49 ms: 4.9%, quiet.
        Script script = new Script(1000, 1000, 120, 49, 0);
        assertEquals(100, script.warmUp(40, 2, true));
        assertEquals(List.of("0..40", "40..60", "60..80", "80..100"), script.stretches);
        assertEquals(List.of(60L, 80L, 100L), script.planned);
    }

    @Test
    void exactlyFivePercentIsStillBusy() throws Exception {
        Script script = new Script(50, 49);
        assertEquals(50, script.warmUp(40, 1, true));
        assertEquals(List.of("0..40", "40..50"), script.stretches);
    }

    @Test
    void aQuietFirstStretchIsTheWholeWarmUp() throws Exception {
        Script script = new Script(10);
        assertEquals(40, script.warmUp(40, 2, true));
        assertEquals(List.of("0..40"), script.stretches);
        assertEquals(List.of(), script.planned);
    }

    @Test
    void aCompilerThatNeverQuietensStopsTheWarmUpAtTenTimesWhatWasAsked() throws Exception {
        Script script = new Script(1000);
        // 25 asked, rounds of 30 on three threads: 25, 55, ... 235, then the last round is cut to 250.
        assertEquals(250, script.warmUp(25, 3, true));
        assertEquals("235..250", script.stretches.get(script.stretches.size() - 1));
        assertEquals(9, script.stretches.size());
    }

    @Test
    void noWarmUpAskedRunsNothingAndAnUntimedCompilerGetsWhatWasAsked() throws Exception {
        Script none = new Script(1000);
        assertEquals(0, none.warmUp(0, 2, true));
        assertEquals(List.of(), none.stretches);
        Script untimed = new Script(1000);
        assertEquals(40, untimed.warmUp(40, 2, false));
        assertEquals(List.of("0..40"), untimed.stretches);
    }
}
