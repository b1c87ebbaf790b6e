package org.gigasim.scenarios.output;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies a run in its outputs: the scenario, the hash of its content, the seed,
 * how many replications ran, the gigasim version, and the scenario's start date.
 *
 * @param keepReplications whether {@code timeseries.csv} keeps every replication's rows
 *     instead of the mean and its 95% confidence interval
 */
public record RunInfo(String scenario, String question, String contentSha256, long seed, int replications,
        String gigasimVersion, LocalDate startDate, boolean keepReplications) {

    /** Rejects missing names and a replication count below one; a missing question becomes empty. */
    public RunInfo {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        Objects.requireNonNull(startDate, "startDate");
        question = question == null ? "" : question;
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, but was " + replications);
        }
    }

    /** The same run with another number of replications. */
    public RunInfo withReplications(int newReplications) {
        return new RunInfo(scenario, question, contentSha256, seed, newReplications, gigasimVersion, startDate,
                keepReplications);
    }

    /** Whether the time series are written per replication (one replication, or asked to keep them). */
    boolean timeseriesPerReplication() {
        return replications == 1 || keepReplications;
    }
}
