package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises that only separate processes can test, through the built jar: the same bytes
 * from every JVM launch, a second run refused while a first holds the folder, and no temporary
 * folder left behind by a run that was terminated or killed.
 */
class SeparateJvmIT {

    private static final Path JAR = Path.of("target", "gigasim.jar").toAbsolutePath();
    private static final int LAUNCHES = 3;
    private static final Map<Process, Path> LOGS = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @Test
    void everyCatalogScenarioGivesTheSameBytesInEveryLaunch() throws Exception {
        List<String> names = ScenarioLoader.catalogNames();
        List<Map<String, String>> launches = new ArrayList<>();
        for (int launch = 0; launch < LAUNCHES; launch++) {
            Path work = Files.createDirectories(dir.resolve("launch-" + launch));
            for (String name : names) {
                // Same arguments each launch (the manifest records them); another processor count each time.
                Process p = gigasim(work, List.of("-XX:ActiveProcessorCount=" + (launch + 1)), "run", name,
                        "--replications", "2", "--no-charts", "--quiet", "--out", "out/" + name.replace('/', '-'));
                assertEquals(0, p.waitFor(), output(p));
            }
            launches.add(hashes(work.resolve("out")));
        }
        // summary.json, timeseries.csv, jobs.csv, contracts.csv, manifest.json, scenario.resolved.yaml, partial-result.bin
        assertEquals(names.size() * 7, launches.get(0).size(), launches.get(0).keySet().toString());
        for (int launch = 1; launch < LAUNCHES; launch++) {
            assertEquals(launches.get(0), launches.get(launch), "launch " + launch + " differs from launch 0");
        }
    }

    @Test
    void chartsAndTheReportAreTheSameBytesInEveryLaunch() throws Exception {
        List<Map<String, String>> launches = new ArrayList<>();
        for (int launch = 0; launch < LAUNCHES; launch++) {
            Path work = Files.createDirectories(dir.resolve("charts-" + launch));
            Process p = gigasim(work, List.of(), "run", "tutorial/two-clouds-one-clause", "--replications", "2",
                    "--quiet", "--out", "out");
            assertEquals(0, p.waitFor(), output(p));
            launches.add(hashes(work.resolve("out")));
        }
        assertTrue(launches.get(0).keySet().stream().anyMatch(f -> f.endsWith(".png")), launches.get(0).toString());
        assertTrue(launches.get(0).keySet().stream().anyMatch(f -> f.endsWith(".svg")));
        assertTrue(launches.get(0).containsKey("report.html"));
        assertEquals(launches.get(0), launches.get(1));
        assertEquals(launches.get(0), launches.get(2));
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstWrites() throws Exception {
        Process first = longRun(dir, "out");
        try {
            waitForTemporaryFolder(dir);
            Process second = gigasim(dir, List.of(), "run", "tutorial/one-cloud-one-lab", "--quiet", "--out", "out");
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second run is refused at once");
            String err = output(second);
            assertEquals(2, second.exitValue(), err);
            assertTrue(err.contains("another gigasim run is writing"), err);
            assertFalse(err.contains("Exception"), err);
        } finally {
            first.destroyForcibly().waitFor();
        }
    }

    @Test
    void aTerminatedRunRemovesItsTemporaryFolderAndAKilledRunsIsRemovedLater() throws Exception {
        Process terminated = longRun(dir, "out");
        waitForTemporaryFolder(dir);
        terminated.destroy();   // SIGTERM, as Ctrl-C's SIGINT: shutdown hooks run
        terminated.waitFor();
        assertEquals(List.of(), names(dir), "nothing is left: no temporary folder, no lock, no output");

        Process killed = longRun(dir, "out");
        waitForTemporaryFolder(dir);
        killed.destroyForcibly().waitFor();   // SIGKILL: no hook runs
        assertTrue(names(dir).stream().anyMatch(n -> n.startsWith("out.tmp-")), names(dir).toString());
        Process next = gigasim(dir, List.of(), "run", "tutorial/one-cloud-one-lab", "--replications", "1",
                "--no-charts", "--quiet", "--out", "other");
        assertEquals(0, next.waitFor(), output(next));
        assertEquals(List.of("other"), names(dir), "the killed run's temporary folder and lock are gone");
    }

    /**
     * A run that outgrows a 40 MiB heap (its aggregates alone need more) stops with exit
     * status 3 and one message saying what to do, no stack trace, and leaves an earlier output
     * in its folder as it was, with no temporary folder or lock beside it.
     */
    @Test
    void aRunOutOfMemoryTellsWhatToDoAndKeepsTheEarlierOutput() throws Exception {
        Path work = Files.createDirectories(dir.resolve("oom"));
        Process first = gigasim(work, List.of(), "run", "baseline-2026", "--replications", "1", "--no-charts",
                "--quiet", "--out", "out");
        assertEquals(0, first.waitFor(), output(first));
        String summary = Files.readString(work.resolve("out/summary.json"));
        Process p = gigasim(work, List.of("-Xmx40m"), "run", "baseline-2026", "--replications", "100", "--no-charts",
                "--quiet", "--out", "out");
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run never ended");
        String printed = output(p);
        assertEquals(Main.EXIT_OUT_OF_MEMORY, p.exitValue(), printed);
        assertTrue(printed.startsWith("gigasim: out of memory: the command needed more than the "), printed);
        assertTrue(printed.contains("-Xmx1g"), printed);   // 40 MiB: four times as much, at least 1 GiB
        assertFalse(printed.contains("Exception") || printed.contains("\tat "), printed);
        assertEquals(1, printed.strip().lines().count(), printed);
        assertEquals(summary, Files.readString(work.resolve("out/summary.json")));
        assertEquals(List.of("out"), names(work));
    }

    private static Process longRun(Path work, String out) throws IOException {
        return gigasim(work, List.of(), "run", "baseline-2026", "--replications", "2000", "--threads", "1",
                "--no-charts", "--quiet", "--out", out);
    }

    private static void waitForTemporaryFolder(Path parent) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (names(parent).stream().anyMatch(n -> n.contains(".tmp-"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run never started writing: " + names(parent));
    }

    private static Process gigasim(Path work, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path log = work.resolve("console-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        LOGS.put(process, log);
        return process;
    }

    /** What the process printed. */
    private static String output(Process p) throws IOException {
        return Files.readString(LOGS.get(p), StandardCharsets.UTF_8);
    }

    /** The SHA-256 of every file under {@code root}, by its path relative to it. */
    private static Map<String, String> hashes(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(root.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("console-")).sorted()
                    .toList();
        }
    }
}
