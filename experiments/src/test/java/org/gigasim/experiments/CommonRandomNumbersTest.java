package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.gigasim.results.CompareInfo;
import org.gigasim.results.CompareWriter;
import org.gigasim.results.Difference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Common random numbers narrow a comparison's interval: the tutorial against a variant with
 * 10% more stateless API demand, paired replication by replication (same seed and indices)
 * versus paired with independent replications of the variant (indices shifted past A's).
 */
class CommonRandomNumbersTest {

    private static final int PAIRS = 20;

    @TempDir
    Path dir;

    @Test
    void commonRandomNumbersGiveANarrowerIntervalThanIndependentRuns() throws IOException {
        RunPlan a = RunPlan.load(Outputs.TUTORIAL, List.of(), null, PAIRS, false, false, "test");
        Path variant = dir.resolve("more-demand.yaml");
        String tutorial = Files.readString(Path.of("..", "scenarios", "catalog", Outputs.TUTORIAL + ".yaml"));
        assertTrue(tutorial.contains("h100e: 30000"), "the tutorial's stateless API demand changed; update this variant");
        Files.writeString(variant, tutorial.replace("h100e: 30000", "h100e: 33000")
                .replace("name: one-cloud-one-lab", "name: more-demand"));
        RunPlan b = RunPlan.load(variant.toString(), List.of(), a.header().seed(), PAIRS, false, false, "test");

        List<Difference> common = compare(a, b, 0, dir.resolve("common"));
        List<Difference> independent = compare(a, b, PAIRS, dir.resolve("independent"));

        for (Metric metric : List.of(Metric.SERVED_H100E, Metric.UTILIZATION)) {
            String trafficClass = metric == Metric.SERVED_H100E ? "stateless_api" : "";
            double commonWidth = width(common, metric, trafficClass);
            double independentWidth = width(independent, metric, trafficClass);
            assertTrue(commonWidth > 0 && commonWidth < independentWidth, metric.id() + " in 2027: CRN interval width " + commonWidth
                    + " is not below the independent one, " + independentWidth);
        }
    }

    private static List<Difference> compare(RunPlan a, RunPlan b, int offsetB, Path out) throws IOException {
        CompareInfo info = new CompareInfo(a.scenario().name(), "a", b.scenario().name(), "b", a.header().seed(), PAIRS,
                "test");
        try (CompareWriter writer = new CompareWriter(out, info); ReplicationExecutor runner = new ThreadPoolReplicationExecutor(2)) {
            new PairedRun(a, b, offsetB).run(runner, PAIRS, writer, Progress.NONE);
            return writer.finish();
        }
    }

    /** Width of the 2027 interval of the metric's series on the tutorial's cloud, for one traffic class. */
    private static double width(List<Difference> differences, Metric metric, String trafficClass) {
        Difference d = differences.stream()
                .filter(x -> x.key().metric() == metric && x.year() == 2027 && x.key().cloud().equals("acme-cloud")
                        && x.key().trafficClass().equals(trafficClass))
                .findFirst().orElseThrow();
        return d.ci95High() - d.ci95Low();
    }
}
