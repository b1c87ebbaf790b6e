package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandsTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result gigasim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void validatePrintsOkWithWhatTheScenarioHolds() {
        Result r = gigasim("validate", "tutorial/one-cloud-one-lab");
        assertEquals(0, r.status(), r.err());
        assertEquals("OK: one-cloud-one-lab (1 accelerator, 1 cloud, 1 site, 1 lab, 1 contract, 1 event;"
                + " 2026-01-01 to 2027-12-31)\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void validatePrintsEveryProblemWithItsPositionAndExitsTwo() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                extends: tutorial/one-cloud-one-lab
                name: bad
                labs:
                  - {id: small-lab, finence: 1}
                contracts:
                  - {id: acme-small-2026, mw: -5}
                """);
        Result r = gigasim("validate", file.toString());
        assertEquals(2, r.status());
        String[] lines = r.err().split("\\R");
        assertEquals(file + ":4:21: unknown field 'finence'; did you mean 'finance'?", lines[0]);
        assertEquals(file + ":6:27: contract acme-small-2026 mw must be a finite number above zero, but was -5.0",
                lines[1]);
        assertEquals("2 problems", lines[2]);
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void validateTakesOverrides() {
        Result r = gigasim("validate", "tutorial/one-cloud-one-lab", "--set", "end=2027-06-30");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2026-01-01 to 2027-06-30"), r.out());
        Result bad = gigasim("validate", "tutorial/one-cloud-one-lab", "--set", "lab.small-lab.funding_usd=1");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("--set lab.small-lab.funding_usd=1: unknown field 'lab'; did you mean 'labs'?"),
                bad.err());
    }

    @Test
    void runRefusesABadOverrideWithOneMessage() {
        Result r = gigasim("run", "tutorial/one-cloud-one-lab", "--set", "replications=0", "--out",
                dir.resolve("out").toString());
        assertEquals(2, r.status());
        assertEquals("gigasim: --set replications=0: replications must be from 1 to 100000, but was 0\n",
                r.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(dir.resolve("out")), "a refused run leaves no folder behind");
    }

    @Test
    void listShowsEveryCatalogScenarioWithItsQuestion() {
        Result r = gigasim("list");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("baseline-2026 ") && l.contains("where does each lab")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("tutorial/one-cloud-one-lab ")), r.out());
    }
}
