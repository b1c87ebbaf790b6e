package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.results.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What run, compare and sweep promise about their output folders. */
class OutputFolderTest {

    private static final String TUTORIAL = "tutorial/one-cloud-one-lab";

    @TempDir
    Path dir;

    @Test
    void aRunRecordsItsCommandAndTheScenarioAsRun() throws IOException {
        Path out = dir.resolve("run");
        Result r = gigasim("run", TUTORIAL, "--replications", "2", "--set", "seed=11", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("gigasim-output", manifest.get("format").asText());
        assertEquals(2, manifest.get("format_version").asInt());
        assertEquals(List.of("gigasim", "run", TUTORIAL, "--replications", "2", "--set", "seed=11", "--out",
                out.toString(), "--quiet"), strings(manifest.get("command")));
        assertEquals(List.of("seed=11"), strings(manifest.get("overrides")));
        assertEquals(System.getProperty("java.version"), manifest.get("java_version").asText());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(summary.get("content_sha256").asText(), manifest.get("scenarios").get(0).get("content_sha256").asText());
        assertFalse(manifest.get("build_commit").asText().isEmpty());
        LoadedScenario original = ScenarioLoader.read(TUTORIAL, List.of("seed=11"));
        LoadedScenario resolved = ScenarioLoader.read(out.resolve("scenario.resolved.yaml").toString());
        assertEquals(original.spec(), resolved.spec());
        assertTrue(Files.isRegularFile(out.resolve("report.html")), "charts are rendered before the move");
        assertEquals(List.of("run"), names(dir), "no temporary folder or lock is left");
        Result again = gigasim("run", TUTORIAL, "--replications", "2", "--out", out.toString(), "--no-charts");
        assertEquals(0, again.status(), "an earlier output is replaced: " + again.err());
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aFolderGigasimDidNotWriteIsNeverReplaced() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("summary.json"), "{}");
        Files.writeString(project.resolve("src").resolve("notes.txt"), "mine");
        Result r = gigasim("run", TUTORIAL, "--replications", "1", "--out", project.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("holds files gigasim did not write") && r.err().contains("--out"), r.err());
        assertEquals("mine", Files.readString(project.resolve("src").resolve("notes.txt")));
        Result here = gigasim("compare", TUTORIAL, TUTORIAL, "--replications", "2", "--out", ".");
        assertEquals(2, here.status());
        assertTrue(here.err().contains("is the current folder"), here.err());
        assertEquals(List.of("project"), names(dir));
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedAtOnce() throws IOException {
        Path out = dir.resolve("busy");
        OutputDirectory first = OutputDirectory.create(out);
        try {
            Result r = gigasim("sweep", TUTORIAL, "--vary", "replications=1,2", "--out", out.toString());
            assertEquals(2, r.status());
            assertTrue(r.err().startsWith("gigasim: another gigasim run is writing " + out.toAbsolutePath()), r.err());
        } finally {
            first.discard();
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aChildMayReplaceADistributionWithOneOfAnotherKind() throws IOException {
        Path child = Files.writeString(dir.resolve("child.yaml"), "extends: " + TUTORIAL + "\nlabs:\n"
                + "  - {id: small-lab, demand: {training: {size_h100e: {fixed: 3}}}}\n");
        Result r = gigasim("validate", child.toString());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void scenariosWithNothingInCommonAreNotCompared() throws IOException {
        Path later = Files.writeString(dir.resolve("later.yaml"), "extends: " + TUTORIAL
                + "\nstart: 2040-01-01\nend: 2040-12-31\ncontracts: []\nevents: []\n");
        Result r = gigasim("compare", TUTORIAL, later.toString(), "--replications", "2", "--out",
                dir.resolve("c").toString());
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().contains("share no year"), r.err());
        assertFalse(Files.exists(dir.resolve("c")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new java.util.ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    record Result(int status, String out, String err) {
    }

    private static Result gigasim(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--quiet");
        if (args[0].equals("validate")) {
            all.remove("--quiet");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }
}
