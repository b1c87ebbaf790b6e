package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Re-rendering never writes outside the folder, and a damaged folder is refused naming the file and the fault. */
class DamagedFolderTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path run;

    @BeforeAll
    static void runOnce() throws IOException {
        run = FixtureRun.tutorial(shared.resolve("run"), 2);
        Charts.render(run);
    }

    private Path copyOfRun() throws IOException {
        Path copy = dir.resolve("copy");
        try (Stream<Path> files = Files.walk(run)) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(run.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    @Test
    void aLinkedChartFolderIsReplacedNotEmptied() throws IOException {
        Path out = copyOfRun();
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        Files.writeString(pictures.resolve("holiday.png"), "not a chart");
        deleteTree(out.resolve(Charts.CHART_DIR));
        Files.createSymbolicLink(out.resolve(Charts.CHART_DIR), pictures);
        Charts.Rendered rendered = Charts.render(out);
        assertEquals("not a chart", Files.readString(pictures.resolve("holiday.png")));
        assertEquals(List.of("holiday.png"), names(pictures));
        assertFalse(Files.isSymbolicLink(out.resolve(Charts.CHART_DIR)));
        assertTrue(Files.isRegularFile(out.resolve(Charts.CHART_DIR).resolve(rendered.charts().get(0) + ".png")));
        assertEquals(List.of("charts", "contracts.csv", "jobs.csv", "manifest.json", "report.html", "summary.json",
                "timeseries.csv", "trace.jsonl"), names(out), "no staging folder is left");
    }

    @Test
    void aLinkedReportIsReplacedNotOverwritten() throws IOException {
        Path out = copyOfRun();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "precious");
        Files.delete(out.resolve(Charts.REPORT));
        Files.createSymbolicLink(out.resolve(Charts.REPORT), notes);
        Charts.render(out);
        assertEquals("precious", Files.readString(notes));
        assertFalse(Files.isSymbolicLink(out.resolve(Charts.REPORT)));
        assertTrue(Files.readString(out.resolve(Charts.REPORT)).contains("<html"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "summary.json  | {\"scenario\": \"x\", \"metrics\": [{\"metric\": \"a\", \"ye | is not valid JSON at line 1",
        "summary.json  | {\"seed\": \"seven\", \"metrics\": []}                      | seed should be a whole number",
        "summary.json  | {\"metrics\": [{\"metric\": \"a\", \"year\": \"x\"}]}        | metrics[0].year should be a whole number",
        "summary.json  | {\"start_date\": \"soon\", \"metrics\": []}                 | start_date 'soon' is not a date",
        "summary.json  | [1, 2, 3]                                                   | is not a JSON object",
        "summary.json  | ''                                                          | is empty",
        "timeseries.csv| a,b,c                                                       | has no column time_h, metric, unit, mean, ci95_low, ci95_high",
        "jobs.csv      | ''                                                          | is empty",
        "trace.jsonl   | this is not json                                            | line 1 is not a JSON object",
    })
    void aDamagedRunFileIsNamedWithWhatIsWrong(String file, String content, String expected) throws IOException {
        Path out = copyOfRun();
        List<String> chartsBefore = names(out.resolve(Charts.CHART_DIR));
        Files.writeString(out.resolve(file), content, StandardCharsets.UTF_8);
        DamagedOutputException e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertTrue(e.getMessage().startsWith(out.resolve(file) + " "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(chartsBefore, names(out.resolve(Charts.CHART_DIR)), "the earlier charts are untouched");
    }

    /** Damage past the header: a row cut short, a cell that is not a number, the time series gone. */
    @Test
    void aDamagedRowOrAMissingTimeSeriesIsRefusedAndTheEarlierChartsStay() throws IOException {
        Path out = copyOfRun();
        List<String> chartsBefore = names(out.resolve(Charts.CHART_DIR));
        Path series = out.resolve("timeseries.csv");
        String[] lines = Files.readString(series).split("\n");
        int columns = lines[0].split(",", -1).length;
        // Cut in the middle of its third row: that row has fewer cells than the header.
        Files.writeString(series, lines[0] + "\n" + lines[1] + "\n" + lines[2].substring(0, lines[2].indexOf(',') + 1));
        DamagedOutputException e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertEquals(series + " line 3 has 2 cells where its header has " + columns + " (the file may be cut short);"
                + " run the command that wrote it again", e.getMessage());
        // A mean that is not a number, in an otherwise whole file.
        String[] cells = lines[1].split(",", -1);
        int mean = List.of(lines[0].split(",", -1)).indexOf("mean");
        cells[mean] = "abc";
        Files.writeString(series, lines[0] + "\n" + String.join(",", cells) + "\n");
        e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertEquals(series + " line 2: the mean cell 'abc' is not a number; run the command that wrote it again",
                e.getMessage());
        // A stray quote, which the CSV reader meets while iterating and once reported as an internal error.
        cells[mean] = "\"1";
        Files.writeString(series, lines[0] + "\n" + String.join(",", cells) + "\n" + lines[2] + "\n");
        e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertTrue(e.getMessage().startsWith(series + " is not a CSV file gigasim can read ("), e.getMessage());
        // No time series beside the summary.
        Files.delete(series);
        e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertTrue(e.getMessage().startsWith(series + " is missing"), e.getMessage());
        assertEquals(chartsBefore, names(out.resolve(Charts.CHART_DIR)), "the earlier charts are untouched");
    }

    @Test
    void garbageComparisonFilesAreRefused() throws IOException {
        Path out = Files.createDirectories(dir.resolve("compare"));
        Files.write(out.resolve("compare.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, '\n', 3});
        DamagedOutputException e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertTrue(e.getMessage().contains("compare.csv"), e.getMessage());
        Files.writeString(out.resolve("compare.csv"), "x,y\n\"unterminated,1\n");
        e = assertThrows(DamagedOutputException.class, () -> Charts.render(out));
        assertTrue(e.getMessage().contains("has no column metric, unit"), e.getMessage());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
