package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment commands end to end: every output file (charts included) independent of the
 * thread count, sweep order, precision.
 */
class ExperimentCommandsTest {

    private static final String TUTORIAL = "tutorial/one-cloud-one-lab";
    private static final String DEMAND = "labs.small-lab.demand.stateless_api.h100e";

    @TempDir
    Path dir;

    @Test
    void runOutputsAreTheSameWithOneOrThreeThreads() throws IOException {
        for (String threads : List.of("1", "3")) {
            gigasim("run", TUTORIAL, "--replications", "6", "--trace", "--threads", threads, "--out", out("run" + threads));
        }
        assertSameFiles(dir.resolve("run1"), dir.resolve("run3"));
    }

    @Test
    void compareOutputsAreTheSameWithOneOrThreeThreads() throws IOException {
        for (String threads : List.of("1", "3")) {
            gigasim("compare", TUTORIAL, TUTORIAL, "--replications", "4", "--threads", threads, "--out",
                    out("compare" + threads));
        }
        assertSameFiles(dir.resolve("compare1"), dir.resolve("compare3"));
        List<String> csv = Files.readAllLines(dir.resolve("compare1/compare.csv"));
        assertEquals("metric,unit,lab,cloud,region,site,accelerator,vendor,traffic_class,clause,year,mean_a,mean_b,"
                + "diff_mean,diff_ci95_low,"
                + "diff_ci95_high,significant,p_value,significant_bh", csv.get(0));
        // A scenario against itself with common random numbers: every difference is exactly zero (p-value 1).
        assertTrue(csv.stream().skip(1).allMatch(line -> line.endsWith(",0,0,0,false,1,false")), csv.get(1));
        assertTrue(Files.isRegularFile(dir.resolve("compare1/report.html")), "compare writes a report like run");
    }

    @Test
    void compareAppliesSetToBothScenarios() throws IOException {
        String said = gigasim("compare", TUTORIAL, TUTORIAL, "--replications", "3", "--set", "seed=11", "--set",
                DEMAND + "=36000", "--out", out("compare-set"));
        assertTrue(said.contains("seed 11"), said);
        // Were the demand set in A alone, served and unserved demand would differ; set in both, nothing does.
        List<String> csv = Files.readAllLines(dir.resolve("compare-set/compare.csv"));
        assertTrue(csv.stream().skip(1).allMatch(line -> line.endsWith(",0,0,0,false,1,false")), csv.get(1));
        String a = new ObjectMapper().readTree(dir.resolve("compare-set/compare.json").toFile())
                .get("content_sha256_a").asText();
        assertTrue(!a.equals(ScenarioLoader.read(TUTORIAL).sha256()), "the hash covers the overrides");
    }

    @Test
    void aSetThatFitsOnlyOneScenarioSaysWhichItDoesNotFit() {
        // small-lab is the first tutorial's lab; the failover tutorial has only api-lab, so B is the one refused.
        Cli.Result r = Cli.gigasim("compare", TUTORIAL, "tutorial/two-clouds-failover", "--set", DEMAND + "=36000",
                "--out", out("compare-one"));
        assertEquals(2, r.status(), r.err());
        assertEquals("gigasim: --set " + DEMAND + "=36000: 'labs' has no entry 'small-lab'; entries: api-lab (in"
                + " scenario B, tutorial/two-clouds-failover; --set applies to both)", r.err().strip());
    }

    @Test
    void sweepWritesEveryPointInOrderWhateverTheThreads() throws IOException {
        for (String threads : List.of("1", "3")) {
            gigasim("sweep", TUTORIAL, "--vary", DEMAND + "=30000,36000", "--vary", "seed=7,8,9", "--replications", "2",
                    "--threads", threads, "--out", out("sweep" + threads));
        }
        assertSameFiles(dir.resolve("sweep1"), dir.resolve("sweep3"));
        List<String> lines = Files.readAllLines(dir.resolve("sweep1/sweep.csv"));
        assertTrue(lines.get(0).startsWith(DEMAND + ",seed,metric,unit,lab,"), lines.get(0));
        LinkedHashSet<String> points = new LinkedHashSet<>();
        List<String> runs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String point = cells[0] + "," + cells[1];
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(point)) {
                runs.add(point);
            }
            points.add(point);
        }
        List<String> expected = List.of("30000,7", "30000,8", "30000,9", "36000,7", "36000,8", "36000,9");
        assertEquals(expected, new ArrayList<>(points));
        assertEquals(expected, runs, "each point's rows are contiguous");
    }

    @Test
    void aMaximumWithoutAPrecisionIsRefusedNotIgnored() {
        Cli.Result r = Cli.gigasim("run", TUTORIAL, "--replications", "3", "--max-replications", "5", "--out",
                out("bounded"));
        assertEquals(2, r.status(), r.err());
        assertEquals("gigasim: --max-replications bounds a run with --precision; give --precision METRIC=REL too, or"
                + " leave --max-replications out", r.err().strip());
        assertTrue(!Files.exists(dir.resolve("bounded")));
    }

    @Test
    void precisionAddsReplicationsUntilTheIntervalIsNarrowEnough() throws IOException {
        List<String> said = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            said.add(gigasim("run", TUTORIAL, "--replications", "2", "--precision", "served_h100e=0.05",
                    "--max-replications", "60", "--threads", threads, "--out", out("precise" + threads)));
        }
        assertSameFiles(dir.resolve("precise1"), dir.resolve("precise3"));
        int replications = new ObjectMapper().readTree(dir.resolve("precise1/summary.json").toFile())
                .get("replications").asInt();
        assertTrue(said.get(0).contains("served_h100e in 2027") && !said.get(0).contains("not reached"), said.get(0));
        // The band, from the tracked figure's own variance: the 2027 served H100e of each
        // replication, recomputed here from fresh replications with the same seed.
        double[] figure = servedIn2027(replications);
        // Reached at the count it stopped at: t(0.975, n − 1) × s / √n ≤ 5% of the mean.
        assertTrue(halfWidth(figure, replications) <= 0.05 * Math.abs(mean(figure, replications)),
                "the precision is reached with " + replications + " replications");
        // Not needlessly many: each batch at most doubles the count and the run stops at the
        // first batch that reaches the precision, so the batch before it, somewhere in
        // [n / 2, n), had not reached it — some count in that range falls short.
        boolean shortBefore = false;
        for (int k = Math.max(2, (replications + 1) / 2); k < replications; k++) {
            shortBefore |= halfWidth(figure, k) > 0.05 * Math.abs(mean(figure, k));
        }
        assertTrue(replications == 2 || shortBefore, "stopped at " + replications + " though fewer sufficed");
    }

    /** The 2027 served_h100e figure (all series summed) of replications 0 … n − 1 of the tutorial. */
    private static double[] servedIn2027(int n) {
        org.gigasim.model.spec.ScenarioSpec spec = ScenarioLoader.loadCatalog(TUTORIAL);
        org.gigasim.results.HeadlineFigures figures = new org.gigasim.results.HeadlineFigures(
                new org.gigasim.engine.time.SimCalendar(spec.start()));
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            out[r] = figures.total(new org.gigasim.model.world.World(spec, r,
                    org.gigasim.model.clause.ClauseRegistry.standard()).run().recorder(),
                    org.gigasim.model.metrics.Metric.SERVED_H100E, 2027);
        }
        return out;
    }

    private static double mean(double[] x, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / n;
    }

    /** Half-width of the t-based 95% interval of the mean of the first {@code n} values. */
    private static double halfWidth(double[] x, int n) {
        double m = mean(x, n);
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (x[i] - m) * (x[i] - m);
        }
        double t = org.apache.commons.statistics.distribution.TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
        return t * Math.sqrt(squares / (n - 1) / n);
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    /** Runs gigasim quietly, asserts success, and returns what it printed. */
    private static String gigasim(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--quiet");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, status, err.toString());
        return out.toString();
    }

    /** Every file is byte-identical, but the manifest, whose recorded command line differs in its options. */
    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = names(expected);
        assertEquals(names, names(actual));
        assertTrue(names.contains("manifest.json"), names.toString());
        for (String name : names) {
            if (name.equals("manifest.json")) {
                continue;
            }
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs");
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()).sorted().toList();
        }
    }
}
