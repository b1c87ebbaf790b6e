package org.gigasim.results;

import java.util.List;
import java.util.Objects;
import org.gigasim.model.spec.AnswerSpec;

/**
 * What identifies a sweep in {@code sweep.json}: the scenario swept, its question and the
 * figures that answer it, the seed and replications per point, and the gigasim version.
 */
public record SweepInfo(String scenario, String question, List<AnswerSpec> answer, long seed, int replications,
        String gigasimVersion) {

    /** Copies the answer entries; a missing question becomes empty. */
    public SweepInfo {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        question = question == null ? "" : question;
        answer = answer == null ? List.of() : List.copyOf(answer);
    }
}
