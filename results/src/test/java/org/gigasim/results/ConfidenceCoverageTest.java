package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The summary's 95% intervals cover the truth about 95% of the time. The model is an M/M/4
 * training queue at utilisation 0.5 whose stationary mean number of waiting jobs is known (Erlang C); the
 * headline figure is the mean of the daily queue samples in 2027, a year after an empty
 * start, by when the queue (relaxation time of days) is stationary. Each experiment runs
 * its replications with its own seed; the coverage over all experiments must lie within
 * three binomial standard errors of 95%. (With these seeds 188 of 200 intervals cover it.)
 */
class ConfidenceCoverageTest {

    private static final int EXPERIMENTS = 200;
    private static final int REPLICATIONS = 10;
    private static final int SERVERS = 4;
    private static final double LAMBDA = 2.0;
    private static final double MU = 1.0;

    @Test
    void intervalsCoverTheErlangCMeanQueueAtTheirNominalRate(TestReporter reporter) throws IOException {
        double truth = QueueSpecs.erlangCMeanQueue(SERVERS, LAMBDA, MU);
        int covered = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            Figure figure = experiment(1_000 + e);
            if (figure.ci95Low() <= truth && truth <= figure.ci95High()) {
                covered++;
            }
        }
        double coverage = covered / (double) EXPERIMENTS;
        double tolerance = 3 * Math.sqrt(0.95 * 0.05 / EXPERIMENTS);
        reporter.publishEntry("coverage", covered + " of " + EXPERIMENTS + " intervals contain " + truth);
        assertTrue(Math.abs(coverage - 0.95) <= tolerance,
                "coverage " + coverage + " of the true mean queue " + truth + " is not 95% ± " + tolerance);
    }

    /** One experiment: the 2027 figure of training_queue_h100e over its replications. */
    private static Figure experiment(long seed) {
        ScenarioSpec spec = QueueSpecs.mmc(SERVERS, LAMBDA, MU, LocalDate.of(2028, 1, 1), seed, REPLICATIONS);
        Aggregator aggregator = new Aggregator(new SimCalendar(spec.start()), false);
        ClauseRegistry registry = ClauseRegistry.standard();
        // Replications in parallel, aggregated in replication order.
        IntStream.range(0, REPLICATIONS).parallel().mapToObj(r -> new World(spec, r, registry).run()).toList()
                .forEach(result -> aggregator.accept(result.recorder()));
        List<Figure> figures = aggregator.figures().stream()
                .filter(f -> f.key().metric() == Metric.TRAINING_QUEUE_H100E && f.year() == 2027).toList();
        assertEquals(1, figures.size());
        assertEquals(REPLICATIONS, figures.get(0).n());
        return figures.get(0);
    }
}
