package org.gigasim.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gigasim.model.spec.AnswerSpec;

/**
 * What identifies a run in its outputs: the scenario, its question and the figures that
 * answer it, the hash of its content, the seed, how many replications ran, the gigasim
 * version, and the scenario's start date.
 *
 * @param keepReplications whether every replication's time-series rows are also written, to
 *     {@code timeseries_replications.csv}
 */
public record RunInfo(String scenario, String question, String contentSha256, long seed, int replications,
        String gigasimVersion, LocalDate startDate, boolean keepReplications, List<AnswerSpec> answer) {

    /** Rejects missing names and a replication count below one; a missing question becomes empty. */
    public RunInfo {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        Objects.requireNonNull(startDate, "startDate");
        question = question == null ? "" : question;
        answer = answer == null ? List.of() : List.copyOf(answer);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, but was " + replications);
        }
    }

    /** A run whose scenario names no answer figures. */
    public RunInfo(String scenario, String question, String contentSha256, long seed, int replications,
            String gigasimVersion, LocalDate startDate, boolean keepReplications) {
        this(scenario, question, contentSha256, seed, replications, gigasimVersion, startDate, keepReplications,
                List.of());
    }

    /** The same run with another number of replications. */
    public RunInfo withReplications(int newReplications) {
        return new RunInfo(scenario, question, contentSha256, seed, newReplications, gigasimVersion, startDate,
                keepReplications, answer);
    }
}
