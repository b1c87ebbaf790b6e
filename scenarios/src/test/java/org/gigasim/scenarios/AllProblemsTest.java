package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllProblemsTest {

    @TempDir
    Path dir;

    private List<String> problems(String text) throws IOException {
        return new ScenarioFiles(dir).problems(text);
    }

    @Test
    void bindingProblemsInSeveralEntriesAreAllReported() throws IOException {
        String text = ScenarioErrorsTest.VALID
                .replace("kw_it_per_chip: 1.0", "kw_it_per_chip: -1.0")
                .replace("mw: 100", "mw: 100\n    ramp_months: -3")
                .replace("  - id: lab", "  - id: lab\n  - {id: lab2, finence: 5}");
        assertEquals(List.of(
                "F:6:29: accelerator trn2 kw_it_per_chip must be a finite number above zero, but was -1.0",
                "F:14:16: unknown field 'finence'; did you mean 'finance'?",
                "F:21:5: contract c1 ramp_months must be a finite number, zero or more, but was -3.0"),
                problems(text));
    }

    @Test
    void referencesToASetAsideEntryAreNotReportedAgain() throws IOException {
        String text = ScenarioErrorsTest.VALID.replace("h100e: 2.5}", "h100e: 0}")
                + "  - {id: c2, lab: nobody, cloud: azure, accelerator: trn2, mw: 1, start: 2026-01-01,"
                + " end: 2027-01-01, price_usd_per_chip_hour: 1}\n";
        assertEquals(List.of(
                "F:5:55: accelerator gb200 h100e must be a finite number above zero, but was 0.0",
                "F:25:19: unknown lab 'nobody'; known: lab",
                "F:25:54: contract c2: cloud azure may not host trn2 (hostable_by [aws])"),
                problems(text));
    }
}
