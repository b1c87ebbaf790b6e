package org.gigasim.experiments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.CompareInfo;
import org.gigasim.results.CompareWriter;
import org.gigasim.results.Difference;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;
import org.gigasim.scenarios.LoadedScenario;

/**
 * {@code gigasim compare} without the command line: two scenarios run pair by pair with a
 * common seed (common random numbers), and their paired differences written.
 */
public final class CompareExperiment {

    private final LoadedScenario loadedA;
    private final LoadedScenario loadedB;
    private final RunPlan planA;
    private final RunPlan planB;
    private final ScenarioSpec a;
    private final ScenarioSpec b;
    private final long seed;
    private final int pairs;
    private final String gigasimVersion;

    /**
     * Pairs {@code pairs} replications of A and B, both with {@code seed}.
     *
     * @throws ExperimentInputException if the two share no year, or no lab and no cloud
     */
    public CompareExperiment(LoadedScenario loadedA, LoadedScenario loadedB, long seed, int pairs,
            String gigasimVersion) {
        this.loadedA = loadedA;
        this.loadedB = loadedB;
        // Plans, so the pairs can travel to any executor; each binds the loaded spec with the seed and pairs.
        this.planA = RunPlan.of(loadedA, List.of(), seed, pairs, false, false, gigasimVersion);
        this.planB = RunPlan.of(loadedB, List.of(), seed, pairs, false, false, gigasimVersion);
        this.a = planA.scenario();
        this.b = planB.scenario();
        this.seed = seed;
        this.pairs = pairs;
        this.gigasimVersion = gigasimVersion;
        requireOverlap(a, b);
    }

    public ScenarioSpec a() {
        return a;
    }

    public ScenarioSpec b() {
        return b;
    }

    /**
     * Runs the pairs and writes {@code compare.csv} and {@code compare.json} into {@code directory},
     * then {@code last} (charts), and moves it into place; returns every figure's difference.
     */
    public List<Difference> run(OutputDirectory directory, ReplicationExecutor executor, Progress progress,
            Consumer<String> phase, OutputStep last) throws IOException {
        List<AnswerSpec> answer = new ArrayList<>(b.answer());
        a.answer().stream().filter(x -> !answer.contains(x)).forEach(answer::add);
        CompareInfo info = new CompareInfo(a.name(), loadedA.sha256(), b.name(), loadedB.sha256(), seed, pairs,
                gigasimVersion, a.question(), b.question(), answer);
        PairedRun paired = new PairedRun(planA, planB, 0);
        try (CompareWriter writer = new CompareWriter(directory, info)) {
            paired.run(executor, pairs, writer, progress);
            progress.close();
            phase.accept("writing the outputs...");
            return writer.finish(last);
        }
    }

    /** Refuses two scenarios with no year, or no lab and no cloud, in common: none of their figures could pair up. */
    static void requireOverlap(ScenarioSpec a, ScenarioSpec b) {
        if (a.end().isBefore(b.start()) || b.end().isBefore(a.start())) {
            throw new ExperimentInputException(a.name() + " runs " + a.start() + " to " + a.end() + " and " + b.name()
                    + " " + b.start() + " to " + b.end() + ": they share no year, so no figure can be compared");
        }
        Set<String> labs = a.labs().stream().map(LabSpec::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> clouds = a.clouds().stream().map(CloudSpec::id).collect(Collectors.toCollection(TreeSet::new));
        boolean sharesLab = b.labs().stream().anyMatch(l -> labs.contains(l.id()));
        boolean sharesCloud = b.clouds().stream().anyMatch(c -> clouds.contains(c.id()));
        if (!sharesLab && !sharesCloud) {
            throw new ExperimentInputException(a.name() + " and " + b.name() + " share no lab and no cloud (by id), so"
                    + " no figure can be compared; compare variants of one scenario, such as a file that extends the"
                    + " other");
        }
    }
}
