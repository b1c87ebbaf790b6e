package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Training jobs on one cloud of fixed capacity c, unit-size jobs, FCFS, are a c-server
 * queue: the mean wait must match queueing theory within the run's 95% confidence
 * interval (batch means over the jobs after a warm-up). The seed is fixed, so the test is
 * repeatable; with another seed the theory would fall outside the interval about 5% of the time.
 */
class QueueingTheoryTest {

    private static final int BATCHES = 20;

    @Test
    void mmcMeanWaitMatchesErlangC() {
        int servers = 4;
        double lambdaPerDay = 3.0;
        double muPerDay = 1.0;
        double[] ci = meanWaitCiDays(servers, new Distribution.Exponential(1 / lambdaPerDay),
                new Distribution.Exponential(1 / muPerDay));
        double theory = erlangCWaitDays(servers, lambdaPerDay, muPerDay);
        assertTrue(ci[1] - ci[0] < 0.5 * theory, "the run is too short to test anything: CI " + ci[0] + ".." + ci[1]);
        assertTrue(ci[0] <= theory && theory <= ci[1],
                "Erlang C mean wait " + theory + " days outside the run's 95% CI [" + ci[0] + ", " + ci[1] + "]");
    }

    @Test
    void md1MeanWaitMatchesPollaczekKhinchine() {
        double lambdaPerDay = 0.6;
        double serviceDays = 1.0;
        double[] ci = meanWaitCiDays(1, new Distribution.Exponential(1 / lambdaPerDay), new Distribution.Fixed(serviceDays));
        double rho = lambdaPerDay * serviceDays;
        // Pollaczek–Khinchine with zero service variance: Wq = rho * D / (2 (1 - rho)).
        double theory = rho * serviceDays / (2 * (1 - rho));
        assertTrue(ci[1] - ci[0] < 0.5 * theory, "the run is too short to test anything: CI " + ci[0] + ".." + ci[1]);
        assertTrue(ci[0] <= theory && theory <= ci[1],
                "P-K mean wait " + theory + " days outside the run's 95% CI [" + ci[0] + ", " + ci[1] + "]");
    }

    /** Erlang C: P(wait) = (a^c / c!) (c / (c - a)) / (sum_{k<c} a^k / k! + that), Wq = P(wait) / (c mu - lambda). */
    static double erlangCWaitDays(int c, double lambda, double mu) {
        double a = lambda / mu;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (sum + top) / (c * mu - lambda);
    }

    private static double[] meanWaitCiDays(int servers, Distribution gap, Distribution duration) {
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(20_000), Duration.ofDays(30),
                List.of(Specs.cloud("only", Specs.site("only-site", servers / 1000.0, servers))),
                List.of(Specs.trainingLab("lab", gap, new Distribution.Fixed(1), duration)),
                List.of(Specs.contract("c", "lab", "only", servers, List.of())), List.of());
        List<TrainingJob> jobs = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run().jobs();
        List<TrainingJob> started = jobs.stream().filter(j -> !Double.isNaN(j.firstStartHours())).toList();
        int warmUp = started.size() / 10;
        int perBatch = (started.size() - warmUp) / BATCHES;
        double[] means = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            double sum = 0;
            for (int i = 0; i < perBatch; i++) {
                sum += started.get(warmUp + b * perBatch + i).waitHours() / 24;
            }
            means[b] = sum / perBatch;
        }
        double mean = java.util.Arrays.stream(means).average().orElseThrow();
        double var = java.util.Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum() / (BATCHES - 1);
        double half = TDistribution.of(BATCHES - 1).inverseCumulativeProbability(0.975) * Math.sqrt(var / BATCHES);
        return new double[] {mean - half, mean + half};
    }
}
