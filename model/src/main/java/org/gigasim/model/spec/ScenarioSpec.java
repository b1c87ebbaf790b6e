package org.gigasim.model.spec;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole scenario: the question it answers and the figures that answer it, its horizon
 * ({@code start} to {@code end} inclusive), seed and replications, how often metrics are
 * sampled, and the world it starts from with the events that change it.
 */
public record ScenarioSpec(String name, String question, LocalDate start, LocalDate end, Long seed,
        Integer replications, Duration sample, List<AcceleratorSpec> accelerators,
        List<CloudSpec> clouds, List<LabSpec> labs, List<ContractSpec> contracts, List<EventSpec> events,
        List<AnswerSpec> answer, MarketSpec market) {

    public ScenarioSpec {
        Checks.requireId("scenario name", name);
        question = question == null ? "" : Checks.text("question", question, Limits.MAX_QUESTION_LENGTH);
        Checks.require("start", start);
        Checks.require("end", end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        seed = seed == null ? 1L : seed;
        replications = replications == null ? 1 : replications;
        if (replications < 1 || replications > Limits.MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be from 1 to " + Limits.MAX_REPLICATIONS + ", but was "
                    + replications);
        }
        sample = sample == null ? Duration.ofDays(1) : sample;
        if (sample.isNegative() || sample.isZero()) {
            throw new IllegalArgumentException("sample must be a positive duration, but was " + sample);
        }
        accelerators = Checks.list(accelerators);
        clouds = Checks.list(clouds);
        labs = Checks.list(labs);
        contracts = Checks.list(contracts);
        events = Checks.list(events);
        answer = Checks.list(answer);
    }

    /** A scenario without a {@code market} block: each lab's demand is as its file states. */
    public ScenarioSpec(String name, String question, LocalDate start, LocalDate end, Long seed, Integer replications,
            Duration sample, List<AcceleratorSpec> accelerators, List<CloudSpec> clouds, List<LabSpec> labs,
            List<ContractSpec> contracts, List<EventSpec> events, List<AnswerSpec> answer) {
        this(name, question, start, end, seed, replications, sample, accelerators, clouds, labs, contracts, events,
                answer, null);
    }

    /** A scenario that names no answer figures. */
    public ScenarioSpec(String name, String question, LocalDate start, LocalDate end, Long seed, Integer replications,
            Duration sample, List<AcceleratorSpec> accelerators, List<CloudSpec> clouds, List<LabSpec> labs,
            List<ContractSpec> contracts, List<EventSpec> events) {
        this(name, question, start, end, seed, replications, sample, accelerators, clouds, labs, contracts, events,
                List.of());
    }

    /** The same scenario with another seed and number of replications. */
    public ScenarioSpec withRun(long newSeed, int newReplications) {
        return new ScenarioSpec(name, question, start, end, newSeed, newReplications, sample,
                accelerators, clouds, labs, contracts, events, answer, market);
    }
}
