package org.gigasim.experiments;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gigasim.experiments.sensitivity.Design;
import org.gigasim.experiments.sensitivity.Response;
import org.gigasim.experiments.sensitivity.SensitivityAnalysis;
import org.gigasim.experiments.sensitivity.SensitivityResult;
import org.gigasim.experiments.sensitivity.SensitivityWriter;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;

/**
 * {@code gigasim sensitivity} without the command line: every point of a sensitivity design
 * run as one task on an executor, the responses read from each replication's headline figures
 * and averaged over the point's replications, then the design's indices written to
 * {@code sensitivity.csv} and {@code sensitivity.json}.
 *
 * <p>Why every point runs replications 0 to R − 1 of the same seed: with common random numbers
 * a response is a fixed function of the factors, so the indices measure what the factors do,
 * not the difference between two draws of the demand noise.
 */
public final class SensitivityExperiment {

    /**
     * The scenario of one design point: the base scenario with the factor values (in factor
     * order) set. Serializable, as the points' task that holds it may run on another machine;
     * {@link FactorScenarios} is the one the commands use.
     */
    @FunctionalInterface
    public interface PointScenario extends java.io.Serializable {
        ScenarioSpec at(double[] factorValues);
    }

    private final Design design;
    private final List<SensitivityResponse> responses;
    private final PointScenario scenarios;
    private final long seed;
    private final int replications;
    private final Map<String, String> about;

    /**
     * @param seed         the seed of every point, and of the design's and bootstrap's own streams
     * @param replications replications per point, each point's response being their mean
     * @param about        the fields that open {@code sensitivity.json} (scenario, question, version)
     */
    public SensitivityExperiment(Design design, List<SensitivityResponse> responses, PointScenario scenarios,
            long seed, int replications, Map<String, String> about) {
        this.design = design;
        this.responses = List.copyOf(responses);
        this.scenarios = scenarios;
        this.seed = seed;
        this.replications = replications;
        this.about = about;
    }

    /** Design points, one task each. */
    public long tasks() {
        return design.size();
    }

    /** Runs every point, analyses and writes the outputs, then {@code last} (charts), and moves the folder into place. */
    public SensitivityResult run(OutputDirectory directory, ReplicationExecutor executor, Progress progress,
            Consumer<String> phase, OutputStep last) throws IOException {
        try {
            double[][] outputs = new double[design.size()][];
            double[][] points = new double[design.size()][];
            for (int p = 0; p < points.length; p++) {
                points[p] = design.point(p);
            }
            executor.run(0, design.size(), new SensitivityPoints(points, responses, scenarios, seed, replications),
                    (p, values) -> {
                        if (p == 0) {
                            requireValues(values);   // a selection that matches nothing stops at the first point
                        }
                        outputs[(int) p] = values;
                    }, progress);
            progress.close();
            phase.accept("computing the indices and writing the outputs...");
            List<Response> labels = responses.stream().map(SensitivityResponse::response).toList();
            SensitivityResult result = SensitivityAnalysis.analyze(design, labels, outputs, seed,
                    SensitivityAnalysis.DEFAULT_RESAMPLES);
            SensitivityWriter.write(directory.path(), result, about);
            last.writeInto(directory.path());
            directory.commit();
            return result;
        } catch (IOException | RuntimeException e) {
            directory.discard();
            throw e;
        }
    }

    private void requireValues(double[] first) {
        for (int m = 0; m < responses.size(); m++) {
            if (Double.isNaN(first[m])) {
                throw new ExperimentInputException("--metric " + responses.get(m).response().label()
                        + " matched no series of the run: check the year and the dimension values (summary.json of a run"
                        + " lists them)");
            }
        }
    }
}
