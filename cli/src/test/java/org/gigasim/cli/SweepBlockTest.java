package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario file's {@code sweep:} block: {@code gigasim sweep FILE} without {@code --vary}
 * runs it exactly as the equivalent {@code --vary} options would, its mistakes name their
 * line and column, and {@code run}/{@code validate} of the file are unaffected by it.
 */
class SweepBlockTest {

    private static final String GROWTH = "labs.small-lab.demand.stateless_api.growth_per_year";

    @TempDir
    Path dir;

    private Path file;
    private String text;

    private record Result(int status, String out, String err) {
    }

    @BeforeEach
    void copyTheScenario() throws IOException {
        try (InputStream in = SweepBlockTest.class.getResourceAsStream("/scenarios/sweep-block.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        file = dir.resolve("sweep-block.yaml");
        Files.writeString(file, text);
    }

    @Test
    void theBlockGivesTheSameSweepCsvAsTheEquivalentVaryOptions() throws IOException {
        Result fromBlock = gigasim("sweep", file.toString(), "--replications", "2", "--out", out("block"));
        assertEquals(0, fromBlock.status(), fromBlock.err());
        Result fromOptions = gigasim("sweep", file.toString(), "--vary", GROWTH + "=0.3,0.6,0.9", "--vary", "seed=7,8",
                "--replications", "2", "--no-charts", "--out", out("options"));
        assertEquals(0, fromOptions.status(), fromOptions.err());
        assertTrue(fromOptions.out().contains("; sweep.csv in ") && !Files.exists(dir.resolve("options/report.html")),
                fromOptions.out());
        assertTrue(fromBlock.out().contains("; sweep.csv and report.html in "), fromBlock.out());
        byte[] csv = Files.readAllBytes(dir.resolve("block/sweep.csv"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("options/sweep.csv")), csv, "sweep.csv differs");
        List<String> lines = Files.readAllLines(dir.resolve("block/sweep.csv"));
        assertTrue(lines.get(0).startsWith(GROWTH + ",seed,metric,"), lines.get(0));
        List<String> points = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String point = cells[0] + "," + cells[1];
            if (!points.contains(point)) {
                points.add(point);
            }
        }
        assertEquals(List.of("0.3,7", "0.3,8", "0.6,7", "0.6,8", "0.9,7", "0.9,8"), points, "file order, first slowest");
    }

    @Test
    void varyOptionsReplaceTheBlock() throws IOException {
        Result r = gigasim("sweep", file.toString(), "--vary", "seed=3", "--replications", "1", "--out", out("replaced"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("replaced/sweep.csv"));
        assertTrue(lines.get(0).startsWith("seed,metric,"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("3,")), lines.get(1));
    }

    @Test
    void aBadPathInTheBlockIsReportedAtItsLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad-path.yaml");
        Files.writeString(bad, text.replace(GROWTH + ":", "labs.small-lab.demand.stateless_api.growth_per_yr:"));
        int line = lineOf(text, GROWTH + ":");
        String expected = bad + ":" + line + ":5: unknown field 'growth_per_yr'; did you mean 'growth_per_year'?";
        List<Result> results = List.of(gigasim("sweep", bad.toString(), "--out", out("bad")),
                gigasim("validate", bad.toString()));
        for (Result r : results) {
            assertEquals(2, r.status(), r.out());
            assertEquals(expected, r.err().split("\\R")[0]);
        }
        Path noLab = dir.resolve("no-lab.yaml");
        Files.writeString(noLab, text.replace(GROWTH + ":", "labs.smal-lab.demand.stateless_api.growth_per_year:"));
        Result r = gigasim("sweep", noLab.toString(), "--out", out("no-lab"));
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().startsWith(noLab + ":" + line + ":5: sweep.vary labs.smal-lab.demand.stateless_api"
                + ".growth_per_year: 'labs' has no entry 'smal-lab'; did you mean 'small-lab'?"), r.err());
    }

    @Test
    void aBadValueInTheBlockIsReportedAtTheValue() throws IOException {
        Path bad = dir.resolve("bad-value.yaml");
        Files.writeString(bad, text.replace("[0.3, 0.6, 0.9]", "[0.3, many, 0.9]"));
        Result r = gigasim("sweep", bad.toString(), "--out", out("bad-value"));
        assertEquals(2, r.status(), r.out());
        int line = lineOf(text, GROWTH + ":");
        int column = text.split("\\R")[line - 1].indexOf("0.6") + 1;
        assertTrue(r.err().startsWith(bad + ":" + line + ":" + column + ": "), r.err());
    }

    @Test
    void runAndValidateOfAFileWithABlockStillWork() {
        Result validate = gigasim("validate", file.toString());
        assertEquals(0, validate.status(), validate.err());
        assertTrue(validate.out().startsWith("OK: sweep-block ("), validate.out());
        Result run = gigasim("run", file.toString(), "--replications", "1", "--no-charts", "--out", out("run"));
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("run/summary.json")));
    }

    @Test
    void sweepWithoutVaryNeedsABlock() throws IOException {
        Path plain = dir.resolve("plain.yaml");
        Files.writeString(plain, text.substring(0, text.lastIndexOf("\nsweep:") + 1));
        Result r = gigasim("sweep", plain.toString(), "--out", out("plain"));
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().contains("has no sweep: block; give the values to vary with --vary"), r.err());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static Result gigasim(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("validate")) {
            all.add("--quiet");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        // A command that fails prefixes its message with "gigasim: "; validate lists problems bare.
        return new Result(status, out.toString(), err.toString().replaceFirst("^gigasim: ", ""));
    }
}
