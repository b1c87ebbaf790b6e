package org.gigasim.scenarios.output;

import java.util.Objects;

/**
 * What identifies a comparison in {@code compare.json}: both scenarios and the hashes of
 * their content, the seed both ran with, the replications, and the gigasim version.
 */
public record CompareInfo(String scenarioA, String contentSha256A, String scenarioB, String contentSha256B, long seed,
        int replications, String gigasimVersion) {

    /** Rejects missing names and fewer than one replication. */
    public CompareInfo {
        Objects.requireNonNull(scenarioA, "scenarioA");
        Objects.requireNonNull(scenarioB, "scenarioB");
        Objects.requireNonNull(contentSha256A, "contentSha256A");
        Objects.requireNonNull(contentSha256B, "contentSha256B");
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, but was " + replications);
        }
    }
}
