package org.gigasim.results;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrainingSpec;

/**
 * An M/M/c queue as a scenario: one cloud with {@code c} unit chips (1 kW at PUE 1 = 1 H100e),
 * one lab whose unit-size training jobs arrive at exponential gaps and run for exponential
 * durations, under one contract for all the chips. (The same builders as the model's queueing tests.)
 */
final class QueueSpecs {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private QueueSpecs() {
    }

    static ScenarioSpec mmc(int servers, double arrivalsPerDay, double servicesPerDay, LocalDate end, long seed,
            int replications) {
        AcceleratorSpec chip = new AcceleratorSpec("chip", "nvidia", null, 1.0, 1.0, null, null, List.of());
        SiteSpec site = new SiteSpec("only-site", "only-site", 1.0, Map.of("chip", (double) servers),
                List.of(new PowerMilestoneSpec(START, servers / 1000.0, null)), List.of(), null);
        CloudSpec cloud = new CloudSpec("only", null, null, Map.of("chip", new PriceSpec(1.0, 2.0)), null, null, null,
                List.of(site));
        TrainingSpec training = new TrainingSpec(new Distribution.Exponential(1 / arrivalsPerDay),
                new Distribution.Fixed(1), new Distribution.Exponential(1 / servicesPerDay), 0.0, null);
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, null, null, training), null, null, null);
        ContractSpec contract = new ContractSpec("c", "lab", "only", "chip", servers / 1000.0, START,
                START.plusYears(60), null, 1.0, null, List.of());
        return new ScenarioSpec("mmc", "", START, end, seed, replications, Duration.ofDays(1),
                List.of(chip), List.of(cloud), List.of(lab), List.of(contract), List.of());
    }

    /** Erlang C mean number waiting, Lq = λ Wq with Wq = P(wait) / (c μ − λ). */
    static double erlangCMeanQueue(int c, double lambda, double mu) {
        double a = lambda / mu;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return lambda * top / (sum + top) / (c * mu - lambda);
    }
}
