package org.gigasim.experiments;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.HeadlineFigures;

/**
 * The task of a sensitivity analysis: design point p's responses, each the mean over
 * replications 0 to R − 1 of the point's scenario. It holds plain data only (the points'
 * factor values, the responses, how to build a point's scenario), so it runs on any executor,
 * Spark's included, and returns a small array.
 */
final class SensitivityPoints implements ReplicationExecutor.IndexedTask<double[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final double[][] points;
    private final ArrayList<SensitivityResponse> responses;
    private final SensitivityExperiment.PointScenario scenarios;
    private final long seed;
    private final int replications;
    private transient ClauseRegistry registry;

    /** @param points each design point's factor values, in design order */
    SensitivityPoints(double[][] points, List<SensitivityResponse> responses,
            SensitivityExperiment.PointScenario scenarios, long seed, int replications) {
        this.points = points;
        this.responses = new ArrayList<>(responses);
        this.scenarios = scenarios;
        this.seed = seed;
        this.replications = replications;
    }

    /** Point {@code p}'s responses, each the mean over replications 0 to R − 1. */
    @Override
    public double[] apply(long p) {
        ScenarioSpec scenario = scenarios.at(points[(int) p]).withRun(seed, replications);
        HeadlineFigures figures = new HeadlineFigures(new SimCalendar(scenario.start()));
        double[] sums = new double[responses.size()];
        for (int r = 0; r < replications; r++) {
            SortedMap<HeadlineFigures.Cell, Double> cells = figures.of(Worlds.replication(scenario, r, registry())
                    .run().recorder());
            for (int m = 0; m < sums.length; m++) {
                sums[m] += responses.get(m).valueIn(cells);
            }
        }
        for (int m = 0; m < sums.length; m++) {
            sums[m] /= replications;
        }
        return sums;
    }

    private synchronized ClauseRegistry registry() {
        if (registry == null) {
            registry = ClauseRegistry.standard();
        }
        return registry;
    }
}
