package org.gigasim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.engine.random.RandomStreams;

/**
 * Runs a sensitivity analysis on any model: a {@link Design} says which points to run, the
 * caller (or {@link #evaluate}) runs them in design order, and {@link #analyze} turns the
 * outputs into the design's indices with bootstrap intervals. Everything is deterministic: the
 * bootstrap of each response draws from the stream {@code sensitivity/bootstrap/<response>}
 * of the seed, so the same seed gives the same figures bit for bit.
 *
 * <pre>{@code
 * List<Factor> factors = List.of(Factor.range("x1", -Math.PI, Math.PI), Factor.range("x2", -Math.PI, Math.PI));
 * Design design = SaltelliDesign.create(factors, 1024);
 * List<Response> responses = List.of(Response.of("y"));
 * SensitivityResult result = SensitivityAnalysis.analyze(design, responses,
 *         x -> new double[] {Math.sin(x[0]) + 7 * Math.sin(x[1]) * Math.sin(x[1])}, 42L);
 * double s1 = result.get("x1", responses.get(0), Index.S1).value();
 * }</pre>
 */
public final class SensitivityAnalysis {

    /** Bootstrap resamples behind every interval: enough for stable 2.5th and 97.5th percentiles. */
    public static final int DEFAULT_RESAMPLES = 1000;

    private SensitivityAnalysis() {
    }

    /** Evaluates {@code model} at every point of {@code design}: outputs[run][response]. */
    public static double[][] evaluate(Design design, Evaluator model) {
        double[][] outputs = new double[design.size()][];
        for (int run = 0; run < outputs.length; run++) {
            outputs[run] = model.evaluate(design.point(run)).clone();
        }
        return outputs;
    }

    /** Evaluates {@code model} on {@code design} and analyses it with the default resamples. */
    public static SensitivityResult analyze(Design design, List<Response> responses, Evaluator model, long seed) {
        return analyze(design, responses, evaluate(design, model), seed, DEFAULT_RESAMPLES);
    }

    /**
     * The indices of {@code design}'s method from {@code outputs[run][response]}, given in design
     * order, one column per response.
     */
    public static SensitivityResult analyze(Design design, List<Response> responses, double[][] outputs, long seed,
            int resamples) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("the design has " + design.size() + " runs but " + outputs.length
                    + " outputs were given");
        }
        if (resamples < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 resamples, not " + resamples);
        }
        List<SensitivityIndex> indices = new ArrayList<>();
        for (int m = 0; m < responses.size(); m++) {
            Response response = responses.get(m);
            double[] column = column(outputs, m, responses.size());
            Bootstrap bootstrap = new Bootstrap(new RandomStreams(seed, 0).stream("sensitivity/bootstrap/" + response.label()));
            if (design instanceof SaltelliDesign s) {
                indices.addAll(SobolEstimator.estimate(s, response, column, bootstrap, resamples));
            } else if (design instanceof MorrisDesign d) {
                indices.addAll(MorrisEstimator.estimate(d, response, column, bootstrap, resamples));
            } else {
                indices.addAll(OutputDistribution.estimate(response, column, bootstrap, resamples));
            }
        }
        return new SensitivityResult(design.method(), design.factors(), responses, design.size(), seed, resamples,
                indices);
    }

    private static double[] column(double[][] outputs, int m, int responses) {
        double[] column = new double[outputs.length];
        for (int run = 0; run < outputs.length; run++) {
            if (outputs[run].length != responses) {
                throw new IllegalArgumentException("run " + run + " gave " + outputs[run].length + " outputs for "
                        + responses + " responses");
            }
            column[run] = outputs[run][m];
        }
        return column;
    }
}
